import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import {
  expectAccessible,
  horizontalOverflow,
  inEveryLook,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * The tab's "Dagordning" (issue 18 items 4 and 5, decision 0025) in headless Chromium against
 * the real server, as the demo member of Samordning: the next meeting's agenda built from the
 * deviations on the meeting stage and in the 320 px side panel, in the default, dark and
 * contrast themes (axe: no WCAG 2.1 AA violations; screenshots in tests/artifacts), and a
 * decision recorded for an item (bad input shows the server's Swedish reason and stores nothing).
 */

const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';

describeBrowser('tab (Dagordning) in Chromium', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING });

  const openAgenda = (query: string, width: number, height: number): Promise<Page> =>
    tab.open(`/tab/?view=dagordning${query}`, (page) => page.locator('ol li h2').first(), {
      width,
      height,
    });

  it('shows the next meeting’s agenda on the stage and in the side panel, in three themes', async () => {
    await inEveryLook(openAgenda, async (page, look) => {
      expect(await page.title()).toBe('Dagordning – Samordna');
      expect(await page.locator('h1').textContent()).toMatch(/^Dagordning – /);
      const first = await page.locator('ol li h2').first().textContent();
      expect(first).toMatch(/^Tema:/);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `tab-agenda-${look}`);
    });
  }, 120_000);

  it('records a decision for an item; bad input stores nothing', async () => {
    const page = await openAgenda('&layout=stage', 1280, 900);
    try {
      const item = page.locator('ol > li').first();
      await item.getByRole('button', { name: 'Anteckna beslut' }).click();
      const form = item.getByRole('form');
      await form.getByRole('button', { name: 'Spara beslut' }).click();
      await form.getByRole('alert').waitFor();
      expect(await form.getByRole('alert').textContent()).toContain(
        'Skriv vad som beslutades eller ska göras.',
      );
      expect(await tab.server.rhythm.minutes.listDecisions()).toEqual([]);

      await form.getByLabel('Vad').fill('Temat följs upp i maj');
      await form.getByRole('radio', { name: 'Beslut' }).check();
      await form.getByRole('button', { name: 'Spara beslut' }).click();
      await item.getByText('Temat följs upp i maj').waitFor();
      const stored = await tab.server.rhythm.minutes.listDecisions();
      expect(stored.map((d) => [d.kind, d.what, d.agendaItemId])).toEqual([
        ['decision', 'Temat följs upp i maj', 'tema'],
      ]);
      await expectAccessible(page, 'tab-agenda-decision');
    } finally {
      await page.close();
    }
  }, 60_000);
});
