import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { meetingSchedule } from '../../bot/src/domain/meetings/schedule';
import { tick } from '../../bot/src/rhythm/scheduler';
import { describeBrowser, launchChromium } from '../helpers/browser';
import { docxParagraphs } from '../helpers/docx-text';
import { startPlayground, type RunningPlayground } from '../helpers/playground';
import { TestClock } from '../helpers/rhythm-world';
import { serverScheduler } from '../helpers/server-scheduler';
import { callApi, startTestServer, type TestServer } from '../helpers/server';
import { ARTIFACTS } from '../helpers/tab-page';

jest.setTimeout(120_000);

const GREETING = 'Hej! Jag är Samordna';
const SARA = '00000000-0000-0000-0000-0000000000a1'; // the Playground's user, Grundskoleförvaltningen
const OMAR = '00000000-0000-0000-0000-0000000000a2'; // Samordning, the tab's dev user
const SKOLA = 'grundskoleforvaltningen';
const FRITID = 'fritidsforvaltningen';
const ACTION = 'Rapportera läget för skolprojekten';
const TODO = `Att göra till 31 mars 2027: ${ACTION}`;

/**
 * Issue 18's acceptance, a whole meeting as the people in it see it: Omar (Samordning) runs the
 * meeting from the tab's Dagordning on the meeting stage in Chromium (the agenda built from who
 * has not reported, two decisions recorded through the form, the minutes downloaded as DOCX and
 * read back, the decisions sent); Sara (samordnare, Grundskoleförvaltningen) receives hers in the
 * real M365 Agents Playground, and the next meeting's reminder there carries the action's due
 * date. The server runs on a test clock so the meeting can be before, during and after; the
 * dispatcher delivers proactively into Sara's Playground conversation. Screenshots in
 * tests/artifacts.
 */
describeBrowser('a whole meeting in the tab and the M365 Agents Playground', () => {
  const clock = new TestClock(new Date('2027-01-10T10:00:00.000Z'));
  let server: TestServer;
  let playground: RunningPlayground;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let sara: Page;
  let tab: Page;

  const plan = async (date: string, theme: string): Promise<string> => {
    const planned = await callApi(server, 'POST', '/api/v1/meetings', {
      date,
      startTime: '09:00',
      endTime: '10:30',
      theme,
      agenda: '',
      organisationIds: [SKOLA, FRITID],
      teamsLink: '',
    });
    expect(planned.body['problems'] ?? null).toBeNull();
    expect(planned.status).toBe(201);
    return String((planned.body['meeting'] as { id: string }).id);
  };

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: OMAR }, clock);
    [playground, chromium] = await Promise.all([
      startPlayground(`${server.url}/api/messages`),
      launchChromium(),
    ]);
    // Sara installs the app: the greeting proves her conversation is remembered.
    sara = await chromium.browser.newPage({ locale: 'sv-SE' });
    // The Playground page is heavy: give it time on a busy machine.
    await sara.goto(playground.url, { timeout: 60_000 });
    await sara.getByText(GREETING).first().waitFor({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await chromium?.close();
    await playground?.stop();
    await server?.stop();
  });

  it('agenda on the stage, two decisions, minutes, the decision and the due date in the bot', async () => {
    const meetingId = await plan('2027-01-20', 'Skolan och våldet');
    const nextId = await plan('2027-03-10', 'Uppföljning');

    // During the meeting: the Dagordning on the meeting stage.
    clock.set('2027-01-20T08:30:00.000Z');
    tab = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(
      `${server.url}/tab/?view=dagordning&layout=stage&meeting=${encodeURIComponent(meetingId)}`,
    );
    const items = tab.locator('ol > li');
    await items.first().locator('h2').waitFor();
    expect(await tab.locator('h1').textContent()).toBe('Dagordning – 20 januari 2027 kl. 09:00');
    expect(await items.first().locator('h2').textContent()).toBe('Tema: Skolan och våldet');
    const skola = items
      .filter({ hasText: 'Har inte rapporterat' })
      .filter({ hasText: 'Grundskoleförvaltningen' });
    await skola.waitFor();
    await tab.screenshot({ path: join(ARTIFACTS, 'meeting-agenda-stage.png'), fullPage: true });

    // Decision one: an action for Grundskoleförvaltningen with a due date.
    await skola.getByRole('button', { name: 'Anteckna beslut' }).click();
    const actionForm = skola.getByRole('form');
    await actionForm.getByLabel('Anteckning').fill('Tre skolor har inte rapporterat.');
    await actionForm.getByLabel('Vad').fill(ACTION);
    await actionForm.getByLabel('Vem (ansvarig)').selectOption(SKOLA);
    await actionForm.getByLabel('Klart senast').fill('2027-03-31');
    await actionForm.getByRole('button', { name: 'Spara beslut' }).click();
    await skola
      .getByText(`${ACTION} – Grundskoleförvaltningen, senast 31 mars 2027`)
      .first()
      .waitFor();

    // Decision two: a decision of the whole group on the theme.
    const theme = items.first();
    await theme.getByRole('button', { name: 'Anteckna beslut' }).click();
    const decisionForm = theme.getByRole('form');
    await decisionForm.getByRole('radio', { name: 'Beslut' }).check();
    await decisionForm.getByLabel('Vad').fill('Temat följs upp i maj');
    await decisionForm.getByRole('button', { name: 'Spara beslut' }).click();
    await theme.getByText('Temat följs upp i maj – Hela gruppen').first().waitFor();
    const stored = await server.rhythm.minutes.listDecisions();
    const rows = stored.map((d) => [d.kind, d.what, d.organisationId, d.dueDate]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['action', ACTION, SKOLA, '2027-03-31'],
      ['decision', 'Temat följs upp i maj', null, null],
    ]);
    await tab.screenshot({ path: join(ARTIFACTS, 'meeting-decisions-stage.png'), fullPage: true });

    // The minutes, downloaded from the tab and read back.
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('link', { name: 'Ladda ner protokoll (Word)' }).click(),
    ]);
    const paragraphs = await docxParagraphs(readFileSync(await download.path()));
    expect(paragraphs[0]).toBe('Protokoll – samordningsgruppens möte 20 januari 2027 kl. 09:00');
    expect(paragraphs).toContain('Tre skolor har inte rapporterat.');
    expect(paragraphs).toContain(
      `Åtgärd: ${ACTION} – ansvarig: Grundskoleförvaltningen, senast 31 mars 2027.`,
    );
    expect(paragraphs).toContain('Beslut: Temat följs upp i maj – ansvarig: Hela gruppen.');

    // After the meeting Omar sends the decisions; Sara receives hers in the Playground.
    clock.set('2027-01-20T15:00:00.000Z');
    await tab.getByRole('button', { name: 'Skicka besluten till samordnarna' }).click();
    await tab
      .getByRole('status')
      .filter({ hasText: /^\d+ meddelanden? skickas\.$/ })
      .waitFor();
    const decisionsCard = sara.locator('.ac-adaptiveCard', {
      hasText: 'Beslut från mötet 20 januari 2027 kl. 09:00',
    });
    await decisionsCard.first().waitFor({ timeout: 30_000 });
    const decisionsText = (await decisionsCard.first().textContent()) ?? '';
    expect(decisionsText).toContain(TODO);
    // The whole group's decision is in the minutes, not in Sara's message.
    expect(decisionsText).not.toContain('Temat följs upp i maj');
    await sara.screenshot({
      path: join(ARTIFACTS, 'meeting-playground-decision.png'),
      fullPage: true,
    });

    // The next meeting's round opens: Sara's reminder carries the action's due date.
    const next = await server.rhythm.meetings.getMeeting(nextId);
    if (next === undefined || server.rhythm.delivery === null) throw new Error('no next meeting');
    const open = meetingSchedule(next, server.rhythm.settings, server.rhythm.calendar).find(
      (s) => s.step === 'open',
    );
    if (open === undefined) throw new Error('the next meeting has no open step');
    clock.set(open.at);
    await tick(
      { ...serverScheduler(server, server.rhythm.delivery), owner: 'playground-meeting' },
      clock.now(),
    );
    const reminder = sara.locator('.ac-adaptiveCard', {
      hasText: 'Dags att rapportera inför mötet 10 mars 2027',
    });
    await reminder.first().waitFor({ timeout: 30_000 });
    expect(await reminder.first().textContent()).toContain(TODO);
    await sara.screenshot({
      path: join(ARTIFACTS, 'meeting-playground-reminder.png'),
      fullPage: true,
    });
    expect(
      (await server.runtime.conversations.list()).some(
        (c) => c.conversationType === 'personal' && c.userId === SARA,
      ),
    ).toBe(true);
  });
});
