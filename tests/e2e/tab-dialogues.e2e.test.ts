import type { Page } from 'playwright-core';
import type { Organisation } from '../../bot/src/domain/types';
import { describeBrowser } from '../helpers/browser';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  inEveryLook,
  useTabBrowser,
  type TabBrowser,
} from '../helpers/tab-page';

/*
 * "Ny uppföljningsomgång" with a dialogue meeting per organisation (issue 15 item 7, decision
 * 0033) in headless Chromium against the real server, as the demo Samordning user: a weekend
 * date shows the Swedish problem at that organisation's row (summarised at the top, focused)
 * and stores nothing, not even the round; corrected, the round and both dialogues are stored
 * and listed; a third organisation's dialogue is added to the round; Möten labels a dialogue
 * "Dialogmöte – <organisation>" and its move form offers no constellation. Axe finds nothing
 * with the rows open in three themes and both meeting layouts, nothing is wider than 320 px.
 */

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const ROUND = { title: 'Uppföljning genom dialog 2027', from: '2027-03-01', to: '2027-04-30' };
// 2027-03-10 is a Wednesday, 2027-03-13 a Saturday.
const WEDNESDAY = '2027-03-10';
const SATURDAY = '2027-03-13';

/** Three organisations that exist throughout (no validity limits), in the store's order. */
async function steadyOrganisations(tab: TabBrowser): Promise<Organisation[]> {
  const all = (await tab.server.store.organisations.list()).filter(
    (o) => o.validFrom === undefined && o.validTo === undefined,
  );
  if (all.length < 3) throw new Error('demo changed');
  return all.slice(0, 3);
}

/** The round's name and period typed, "Boka ett dialogmöte per organisation" ticked. */
async function fillRound(page: Page, title = ROUND.title): Promise<void> {
  await page.getByLabel(/^Namn/).fill(title);
  await page.getByLabel('Från och med').fill(ROUND.from);
  await page.getByLabel('Till och med').fill(ROUND.to);
  // Keyboard only: the checkbox is reached and ticked with the space bar.
  await page.getByTestId('round-with-dialogues').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('round-dialogue-rows').waitFor();
}

/** One organisation's row filled in through its labels (each names the organisation). */
async function fillRow(page: Page, name: string, date: string, start = '09:00', end = '10:30') {
  await page.getByLabel(`Datum – ${name}`, { exact: true }).fill(date);
  await page.getByLabel(`Start – ${name}`, { exact: true }).fill(start);
  await page.getByLabel(`Slut – ${name}`, { exact: true }).fill(end);
}

/** Submits the round and waits for the server's answer (not a notice left from before). */
async function submitRound(page: Page): Promise<number> {
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/rounds') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  return (await answered).status();
}

describeBrowser('tab (dialogue meetings of a follow-up round) as Samordning in Chromium', () => {
  // Six layouts, each on a fresh page with a refused submit, by one user within a minute.
  const tab = useTabBrowser({
    SAMORDNA_DEV_USER_ID: SAMORDNING_USER,
    SAMORDNA_TAB_API_RATE_LIMIT: '1000',
  });
  const openData = (query = '', width = 1280, height = 900) =>
    tab.open(
      `/tab/?view=data${query}`,
      (p) => p.getByRole('heading', { name: 'Ny uppföljningsomgång' }),
      { width, height },
    );
  const dialogMeetings = async () =>
    (await tab.server.rhythm.meetings.listMeetings()).filter((m) => m.kind === 'dialog');
  const roundTitled = async (title: string) => {
    const plan = await tab.server.store.plans.current();
    return (await tab.server.store.rounds.list(plan?.id ?? '')).find((r) => r.title === title);
  };

  it('refuses a weekend dialogue at its row, then creates the round with two dialogues', async () => {
    const [a, b, c] = await steadyOrganisations(tab);
    if (a === undefined || b === undefined || c === undefined) throw new Error('demo changed');
    const page = await openData();
    try {
      await fillRound(page);
      // Every organisation that exists in the period has its row.
      for (const o of [a, b, c]) await page.getByTestId(`dialogue-row-${o.id}`).waitFor();
      await fillRow(page, a.name, WEDNESDAY);
      await fillRow(page, b.name, SATURDAY);
      expect(await submitRound(page)).toBe(400);

      const summary = page.getByTestId('round-problems');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(
        'Omgången skapades inte – inget har sparats. Se vad som behöver rättas.',
      );
      const rowError = page.getByTestId(`dialogue-row-${b.id}`).getByTestId('dialogue-row-error');
      expect(await rowError.textContent()).toBe(
        `${b.name}: Mötet ligger på en lördag eller söndag. Välj en vardag.`,
      );
      expect(
        await page.getByTestId(`dialogue-row-${a.id}`).getByTestId('dialogue-row-error').count(),
      ).toBe(0);
      // The row's fields point at its problem; focus is on the summary at the top.
      const bDate = page.getByLabel(`Datum – ${b.name}`, { exact: true });
      expect(await bDate.getAttribute('aria-invalid')).toBe('true');
      const described = await bDate.getAttribute('aria-describedby');
      expect(await rowError.getAttribute('id')).toBe(described);
      expect(await focusedElement(page)).toMatchObject({ tag: 'div' });
      expect((await focusedElement(page))?.text).toContain('lördag eller söndag');
      // Nothing stored: neither the round nor the good dialogue.
      expect(await roundTitled(ROUND.title)).toBeUndefined();
      expect(await dialogMeetings()).toEqual([]);
      await expectAccessible(page, 'tab-dialogues-problems');

      await page.getByLabel(`Datum – ${b.name}`, { exact: true }).fill('2027-03-11');
      expect(await submitRound(page)).toBe(201);
      await page.getByTestId('round-notice').waitFor();
      expect(await page.getByTestId('round-notice').textContent()).toMatch(
        /^Omgången Uppföljning genom dialog 2027 \(2027-03-01 – 2027-04-30\) är skapad i .+\. 2 dialogmöten är bokade\.$/,
      );
      expect(await page.getByTestId('round-problems').count()).toBe(0);
      const round = await roundTitled(ROUND.title);
      expect(round).toMatchObject({ kind: 'uppfoljning' });
      const listed = page.locator(`[data-round-id="${round?.id ?? ''}"]`);
      await listed.getByTestId('round-dialogues').waitFor();
      expect(await listed.getByTestId('round-dialogues').locator('li').allTextContents()).toEqual([
        `2027-03-10 kl. 09:00–10:30: ${a.name}`,
        `2027-03-11 kl. 09:00–10:30: ${b.name}`,
      ]);

      // A third organisation's dialogue added to the round; the booked ones are not offered.
      await page.getByTestId(`add-dialogues-${round?.id ?? ''}`).click();
      const rows = listed.getByTestId('add-dialogue-rows');
      await rows.waitFor();
      expect(await rows.getByTestId(`dialogue-row-${a.id}`).count()).toBe(0);
      await listed.getByLabel(`Datum – ${c.name}`, { exact: true }).fill('2027-04-06');
      await listed.getByLabel(`Start – ${c.name}`, { exact: true }).fill('13:00');
      await listed.getByLabel(`Slut – ${c.name}`, { exact: true }).fill('14:00');
      await expectAccessible(page, 'tab-dialogues-add');
      await listed.getByRole('button', { name: 'Spara dialogmötena' }).click();
      await listed.getByTestId('add-dialogues-notice').waitFor();
      expect(await listed.getByTestId('add-dialogues-notice').textContent()).toBe(
        '1 dialogmöte lades till.',
      );
      await listed.getByText(`2027-04-06 kl. 13:00–14:00: ${c.name}`).waitFor();
      expect(await dialogMeetings()).toHaveLength(3);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('labels a dialogue meeting in Möten and offers no constellation when it is moved', async () => {
    const [a, b] = await steadyOrganisations(tab);
    if (a === undefined || b === undefined) throw new Error('demo changed');
    const plan = await tab.server.store.plans.current();
    const activities = await tab.server.store.activities.list({ planId: plan?.id ?? '' });
    const hasActivities = (id: string) => activities.some((x) => x.organisationId === id);
    const page = await tab.open('/tab/?view=moten', (p) => p.getByTestId('nudge-list'), {
      width: 1280,
      height: 900,
    });
    try {
      await page.getByRole('button', { name: 'Nästa år' }).click();
      const label = page.getByTestId('meeting-label').getByText(`Dialogmöte – ${a.name}`, {
        exact: true,
      });
      await label.waitFor();
      const meeting = page.getByTestId('meeting').filter({ has: label });
      // Progress names what there is to report; an organisation without activities says so.
      for (const o of [a, b]) {
        const item = page.getByTestId('meeting').filter({
          has: page
            .getByTestId('meeting-label')
            .getByText(`Dialogmöte – ${o.name}`, { exact: true }),
        });
        const progress = await item.getByTestId('meeting-progress').textContent();
        if (hasActivities(o.id)) expect(progress).toMatch(/^\d+ av 1 klara med rapporteringen$/);
        else expect(progress).toBe('Inga aktiviteter att rapportera i planen för de inbjudna.');
      }
      expect(hasActivities(a.id) && hasActivities(b.id)).toBe(false);
      await meeting.getByRole('button', { name: 'Flytta' }).click();
      const form = meeting.getByTestId('meeting-move-form');
      await form.waitFor();
      expect(await form.getByRole('checkbox').count()).toBe(0);
      expect(await form.locator('fieldset').count()).toBe(0);
      await expectAccessible(page, 'tab-dialogues-meetings');
    } finally {
      await page.close();
    }
  });

  it('speaks English when the tab is English: labels, the summary and the row’s problem', async () => {
    const [a] = await steadyOrganisations(tab);
    if (a === undefined) throw new Error('demo changed');
    const page = await tab.open(
      '/tab/?view=data&lang=en',
      (p) => p.getByRole('heading', { name: 'New follow-up round' }),
      { width: 1280, height: 900 },
    );
    try {
      await page.getByLabel(/^Name/).fill('Dialogue in English');
      await page.getByTestId('round-from').fill(ROUND.from);
      await page.getByTestId('round-to').fill(ROUND.to);
      await page.getByLabel('Book a dialogue meeting per organisation').check();
      await page.getByLabel(`Date – ${a.name}`, { exact: true }).fill(SATURDAY);
      await page.getByLabel(`Start – ${a.name}`, { exact: true }).fill('09:00');
      await page.getByLabel(`End – ${a.name}`, { exact: true }).fill('10:30');
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/rounds'));
      await page.getByRole('button', { name: 'Create the round' }).click();
      expect((await answered).status()).toBe(400);
      await page.getByTestId('dialogue-row-error').waitFor();
      expect(await page.getByTestId('dialogue-row-error').textContent()).toBe(
        `${a.name}: The meeting is on a weekend. Choose a weekday.`,
      );
      expect(await page.getByTestId('round-problems').textContent()).toContain(
        'The round was not created; nothing was saved.',
      );
    } finally {
      await page.close();
    }
  });

  it('is accessible with the rows open in three themes and both layouts, without overflow', async () => {
    const [a] = await steadyOrganisations(tab);
    if (a === undefined) throw new Error('demo changed');
    const before = await dialogMeetings();
    await inEveryLook(openData, async (page, look) => {
      await fillRound(page, `Dialog ${look}`);
      await expectAccessible(page);
      expect(await horizontalOverflow(page)).toBe(0);
      await fillRow(page, a.name, SATURDAY);
      expect(await submitRound(page)).toBe(400);
      await page.getByTestId('dialogue-row-error').waitFor();
      await expectAccessible(page, look === 'side-panel-default' ? 'tab-dialogues-320' : undefined);
      expect(await horizontalOverflow(page)).toBe(0);
    });
    expect(await dialogMeetings()).toEqual(before);
  }, 240_000);
});
