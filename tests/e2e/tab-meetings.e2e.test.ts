import type { Page } from 'playwright-core';
import { addDays, localDateOf } from '../../bot/src/domain/meetings/local-time';
import { swedishWorkingDays } from '../../bot/src/domain/meetings/working-days';
import { describeBrowser } from '../helpers/browser';
import { expectAccessible, horizontalOverflow, useTabBrowser } from '../helpers/tab-page';

/*
 * The tab's "Möten" view end to end in headless Chromium against the real server, as the
 * demo member of Samordning: the year's demo meetings, the nudge list, planning a meeting
 * (bad input shows the server's Swedish reasons and stores nothing), WCAG 2.1 AA (axe).
 */

const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';

function openMeetings(tab: ReturnType<typeof useTabBrowser>, query = ''): Promise<Page> {
  return tab.open(`/tab/?view=moten${query}`, (page) => page.getByTestId('nudge-list'), {
    width: 1280,
    height: 900,
  });
}

/** A working day about five weeks ahead (no weekend, no Swedish holiday). */
function workingDayAhead(): string {
  const calendar = swedishWorkingDays();
  return calendar.onOrBefore(addDays(localDateOf(new Date(), 'Europe/Stockholm'), 35));
}

describeBrowser('tab (Möten) in Chromium', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING });

  it('shows the year, the nudge list and the demo meetings, accessibly', async () => {
    const page = await openMeetings(tab);
    try {
      expect(await page.title()).toBe('Möten – Samordna');
      const nav = page.getByRole('navigation', { name: 'Vyer' });
      expect(await nav.getByRole('link', { name: 'Möten' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(await page.locator('h1').textContent()).toMatch(/^Möten \d{4}$/);
      expect(await page.getByTestId('nudge-list').textContent()).toContain('Inte rapporterat än');
      expect(await page.getByTestId('meeting').count()).toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, 'tab-meetings');
      await expectAccessible(await openMeetings(tab, '&theme=dark&lang=en'));
    } finally {
      await page.close();
    }
  });

  it('plans a meeting: bad input gets Swedish reasons and stores nothing; good input is listed', async () => {
    const page = await openMeetings(tab);
    try {
      const before = (await tab.server.rhythm.meetings.listMeetings()).length;
      await page.getByRole('button', { name: 'Nytt möte' }).click();
      const form = page.getByTestId('meeting-form');
      await form.getByLabel('Tema').fill('Trygghet i stadsdelarna');
      await form.getByLabel('Datum').fill('2020-03-03');
      await form.getByRole('button', { name: 'Spara' }).click();
      const problems = page.getByTestId('meeting-form-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toContain(
        'Mötet ligger i det förflutna. Välj en tid framåt.',
      );
      expect(await tab.server.rhythm.meetings.listMeetings()).toHaveLength(before);
      await expectAccessible(page);

      const date = workingDayAhead();
      await form.getByLabel('Datum').fill(date);
      await form.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('status').filter({ hasText: 'Mötet är sparat.' }).waitFor();
      const stored = await tab.server.rhythm.meetings.listMeetings();
      expect(stored).toHaveLength(before + 1);
      expect(stored.some((m) => m.theme === 'Trygghet i stadsdelarna')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
