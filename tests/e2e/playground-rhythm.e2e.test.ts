import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeBrowser, launchChromium } from '../helpers/browser';
import { startPlayground, type RunningPlayground } from '../helpers/playground';
import { startTestServer, type TestServer } from '../helpers/server';
import { ARTIFACTS } from '../helpers/tab-page';

jest.setTimeout(120_000);

const GREETING = 'Hej! Jag är Samordna';
const SARA = '00000000-0000-0000-0000-0000000000a1';

/**
 * The README's rhythm scenario in two real M365 Agents Playgrounds against one server, as a
 * person follows it: Omar (Samordning, `.m365agentsplayground.samordning.yml`) looks at
 * "möten" and sends "påminn nu"; the dispatcher delivers the reminder card proactively into
 * Sara's Playground conversation (local mode, no bot credentials); Sara reports; Omar's
 * "möten" no longer lists her förvaltning.
 */
describeBrowser('the meeting rhythm in the M365 Agents Playground', () => {
  let server: TestServer;
  const playgrounds: RunningPlayground[] = [];
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let sara: Page;
  let omar: Page;

  async function open(playground: RunningPlayground): Promise<Page> {
    const page = await chromium.browser.newPage({ locale: 'sv-SE' });
    await page.goto(playground.url);
    await page.getByText(GREETING).first().waitFor({ timeout: 30_000 });
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer();
    const endpoint = `${server.url}/api/messages`;
    playgrounds.push(
      ...(await Promise.all([
        startPlayground(endpoint),
        startPlayground(endpoint, '.m365agentsplayground.samordning.yml'),
      ])),
    );
    chromium = await launchChromium();
    const [saraPlayground, omarPlayground] = playgrounds;
    if (saraPlayground === undefined || omarPlayground === undefined)
      throw new Error('no playground');
    sara = await open(saraPlayground);
    omar = await open(omarPlayground);
  });

  afterAll(async () => {
    await chromium?.close();
    await Promise.all(playgrounds.map((p) => p.stop()));
    await server?.stop();
  });

  async function send(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox');
    await box.fill(text);
    await box.press('Enter');
  }

  /** A Wednesday three to four weeks ahead that is no fixed-date holiday (YYYY-MM-DD). */
  function workingWednesdayAhead(): string {
    const day = new Date(Date.now() + 21 * 86_400_000);
    const fixedHolidays = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];
    while (day.getUTCDay() !== 3 || fixedHolidays.includes(day.toISOString().slice(5, 10))) {
      day.setUTCDate(day.getUTCDate() + 1);
    }
    return day.toISOString().slice(0, 10);
  }

  /** The text of the newest meetings list card in Omar's conversation. */
  async function latestMeetingsList(): Promise<string> {
    const lists = omar.locator('.ac-adaptiveCard', { hasText: 'Inte rapporterat än' });
    return (await lists.last().textContent()) ?? '';
  }

  it('plans, reminds, delivers the card to Sara, and the nudge list shrinks after her report', async () => {
    // Both conversations are remembered apart: the reminder must reach Sara's.
    const personal = (await server.runtime.conversations.list()).filter(
      (c) => c.conversationType === 'personal',
    );
    expect(personal.map((c) => c.userId).sort()).toEqual([
      SARA,
      '00000000-0000-0000-0000-0000000000a2',
    ]);

    await send(omar, 'möten');
    await omar.getByText('Inte rapporterat än').first().waitFor({ timeout: 30_000 });
    expect(await latestMeetingsList()).toContain('Grundskoleförvaltningen');

    // Plan a meeting (Easter-based holidays never fall on a Wednesday).
    await send(omar, 'nytt möte');
    const theme = omar.getByLabel('Tema');
    await theme.waitFor({ timeout: 30_000 });
    await theme.fill('Playground-mötet');
    await omar.getByLabel('Datum').fill(workingWednesdayAhead());
    await omar.getByLabel('Börjar').fill('10:00');
    await omar.getByLabel('Slutar').fill('12:00');
    await omar.getByRole('button', { name: 'Planera mötet' }).click();
    await omar.getByText('är planerat').first().waitFor({ timeout: 30_000 });
    expect(
      (await server.rhythm.meetings.listMeetings()).some((m) => m.theme === 'Playground-mötet'),
    ).toBe(true);

    await send(omar, 'påminn nu');
    // Only Sara has a personal chat with the bot here: the answer says whom it does not reach
    // (issue 18 item 3) instead of claiming every samordnare.
    const remind = omar.getByText(/Påminnelsen skickas till 1 av \d+ samordnare/).first();
    await remind.waitFor({ timeout: 30_000 });
    expect(await remind.textContent()).toContain('Nådde inte:');
    await omar.screenshot({
      path: join(ARTIFACTS, 'playground-rhythm-remind.png'),
      fullPage: true,
    });

    // Delivered by the dispatcher, proactively, into Sara's Playground conversation.
    await sara
      .getByText('Påminnelse från Samordning inför mötet')
      .first()
      .waitFor({ timeout: 30_000 });
    await sara.screenshot({ path: join(ARTIFACTS, 'playground-rhythm-card.png'), fullPage: true });

    await sara.getByRole('button', { name: 'Visa min status' }).last().click();
    await sara.getByRole('button', { name: 'Allt oförändrat' }).last().click();
    await sara.getByRole('button', { name: 'Ja, allt oförändrat' }).last().click();
    await sara.getByRole('button', { name: 'Tillbaka till listan' }).last().click();
    // The inventory has never been reported, so "Allt oförändrat" leaves it: report it.
    const fresh = sara
      .locator('.ac-container', { hasText: 'Ingen tidigare rapport' })
      .filter({ has: sara.getByRole('button', { name: 'Rapportera' }) })
      .last();
    await fresh.waitFor({ timeout: 30_000 });
    await sara.screenshot({ path: join(ARTIFACTS, 'playground-rhythm-list.png'), fullPage: true });
    await fresh.getByRole('button', { name: 'Rapportera' }).click();
    const done = sara.getByLabel('Vad har gjorts?');
    await done.waitFor({ timeout: 30_000 });
    await sara.getByLabel('Pågår', { exact: true }).check();
    await done.fill('Kartläggningen är påbörjad på tre skolor.');
    await sara.getByRole('button', { name: 'Spara' }).click();
    await sara
      .getByText('Kartläggningen är påbörjad på tre skolor.')
      .first()
      .waitFor({ timeout: 30_000 });
    await sara.screenshot({
      path: join(ARTIFACTS, 'playground-rhythm-report.png'),
      fullPage: true,
    });

    const before = await omar
      .locator('.ac-adaptiveCard', { hasText: 'Inte rapporterat än' })
      .count();
    await send(omar, 'möten');
    await omar
      .locator('.ac-adaptiveCard', { hasText: 'Inte rapporterat än' })
      .nth(before)
      .waitFor({ timeout: 30_000 });
    expect(await latestMeetingsList()).not.toContain('Grundskoleförvaltningen');
  });
});
