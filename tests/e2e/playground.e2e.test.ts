import { describeBrowser } from '../helpers/browser';
import { usePlaygroundSession } from '../helpers/playground';

jest.setTimeout(120_000);

/**
 * The real M365 Agents Playground (a local Teams client) driven in Debian Chromium,
 * talking to the real server over HTTP. Nothing posts to /api/messages directly.
 */
describeBrowser('bot in the M365 Agents Playground', () => {
  const session = usePlaygroundSession();

  async function send(text: string): Promise<void> {
    const box = session.page.getByRole('textbox');
    await box.fill(text);
    await box.press('Enter');
  }

  it('greets in Swedish on install and remembers the conversation', async () => {
    await session.page.getByText('Hej! Jag är Samordna').first().waitFor({ timeout: 30_000 });
    const conversations = await session.server.runtime.conversations.list();
    expect(conversations.length).toBeGreaterThan(0);
    const personal = conversations.find((c) => c.conversationType === 'personal');
    expect(personal?.userId).toBe('00000000-0000-0000-0000-0000000000a1');
  });

  it('answers "hjälp" with the Swedish help card', async () => {
    await send('hjälp');
    await session.page
      .getByText('Så här använder du Samordna')
      .first()
      .waitFor({ timeout: 30_000 });
    await session.page
      .getByText('Visa din förvaltnings aktiviteter och deras senaste status')
      .first()
      .waitFor();
    await session.page.screenshot({ path: 'tests/artifacts/playground-help.png', fullPage: true });
  });

  it('lists "mina aktiviteter" for the mocked samordnare from the store', async () => {
    await send('mina aktiviteter');
    await session.page
      .getByText('Mina aktiviteter – Grundskoleförvaltningen')
      .first()
      .waitFor({ timeout: 30_000 });
    const activities = await session.server.store.activities.list({
      organisationId: 'grundskoleforvaltningen',
    });
    expect(activities.length).toBeGreaterThanOrEqual(3);
    for (const activity of activities) {
      await session.page.getByText(activity.title, { exact: true }).first().waitFor();
    }
    await session.page.getByText('Ej rapporterad').first().waitFor();
    await session.page.screenshot({
      path: 'tests/artifacts/playground-my-activities.png',
      fullPage: true,
    });
  });

  it('answers unknown text with a friendly Swedish hint', async () => {
    await send('vad är klockan');
    await session.page
      .getByText('Det där förstod jag inte riktigt.')
      .first()
      .waitFor({ timeout: 30_000 });
  });
});
