import type { Page } from 'playwright-core';
import { describeBrowser, launchChromium } from '../helpers/browser';
import { startPlayground, type RunningPlayground } from '../helpers/playground';
import { startTestServer, type TestServer } from '../helpers/server';

jest.setTimeout(120_000);

/**
 * The real M365 Agents Playground (a local Teams client) driven in Debian Chromium,
 * talking to the real server over HTTP. Nothing posts to /api/messages directly.
 */
describeBrowser('bot in the M365 Agents Playground', () => {
  let server: TestServer;
  let playground: RunningPlayground;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    playground = await startPlayground(`${server.url}/api/messages`);
    chromium = await launchChromium();
    // A Swedish employee's Teams client: the Playground takes the message locale from the browser.
    page = await chromium.browser.newPage({ locale: 'sv-SE' });
    await page.goto(playground.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await playground?.stop();
    await server?.stop();
  });

  async function send(text: string): Promise<void> {
    const box = page.getByRole('textbox');
    await box.fill(text);
    await box.press('Enter');
  }

  it('greets in Swedish on install and remembers the conversation', async () => {
    await page.getByText('Hej! Jag är Samordna').first().waitFor({ timeout: 30_000 });
    const conversations = await server.runtime.conversations.list();
    expect(conversations.length).toBeGreaterThan(0);
    const personal = conversations.find((c) => c.conversationType === 'personal');
    expect(personal?.userId).toBe('00000000-0000-0000-0000-0000000000a1');
  });

  it('answers "hjälp" with the Swedish help card', async () => {
    await send('hjälp');
    await page.getByText('Så här använder du Samordna').first().waitFor({ timeout: 30_000 });
    await page
      .getByText('Visa din förvaltnings aktiviteter och deras senaste status')
      .first()
      .waitFor();
    await page.screenshot({ path: 'tests/artifacts/playground-help.png', fullPage: true });
  });

  it('lists "mina aktiviteter" for the mocked samordnare from the store', async () => {
    await send('mina aktiviteter');
    await page
      .getByText('Mina aktiviteter – Grundskoleförvaltningen')
      .first()
      .waitFor({ timeout: 30_000 });
    const activities = await server.store.activities.list({
      organisationId: 'grundskoleforvaltningen',
    });
    expect(activities.length).toBeGreaterThanOrEqual(3);
    for (const activity of activities) {
      await page.getByText(activity.title, { exact: true }).first().waitFor();
    }
    await page.getByText('Ej rapporterad').first().waitFor();
    await page.screenshot({ path: 'tests/artifacts/playground-my-activities.png', fullPage: true });
  });

  it('answers unknown text with a friendly Swedish hint', async () => {
    await send('vad är klockan');
    await page.getByText('Det där förstod jag inte.').first().waitFor({ timeout: 30_000 });
  });
});
