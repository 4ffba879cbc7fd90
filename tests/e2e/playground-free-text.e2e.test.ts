import { t } from '../../bot/src/i18n';
import { describeBrowser } from '../helpers/browser';
import { usePlaygroundSession } from '../helpers/playground';

jest.setTimeout(180_000);

/**
 * Issue #17 in the real M365 Agents Playground: Sara types as she would to a colleague, and
 * the bot understands; a disclosure gets support at once. Nothing posts to /api/messages directly.
 */
describeBrowser('free text in the M365 Agents Playground', () => {
  const session = usePlaygroundSession();

  async function send(text: string): Promise<void> {
    const box = session.page.getByRole('textbox');
    await box.fill(text);
    await box.press('Enter');
  }

  const shown = (text: string) => session.page.getByText(text).first().waitFor({ timeout: 30_000 });

  it('greets Sara by name and offers her three buttons', async () => {
    await send('hej');
    await shown(t('sv', 'chat.greeting.named', { name: 'Sara' }));
    await shown(t('sv', 'chat.intent.my-activities'));
  });

  it('understands "vad ska jag göra?", a typo and a question about the deadline', async () => {
    await send('vad ska jag göra?');
    await shown('Rapportera nu');
    await send('rapporera');
    await shown('Grundskoleförvaltningen');
    await send('när ska jag rapportera senast?');
    await shown(t('sv', 'chat.next.deadline'));
    await session.page.screenshot({
      path: 'tests/artifacts/playground-free-text.png',
      fullPage: true,
    });
  });

  it('answers a disclosure with support at once', async () => {
    await send('jag är utsatt för våld hemma');
    await shown(t('sv', 'chat.disclosure.self'));
    await shown(t('sv', 'support.show.title.medarbetare'));
    await session.page.screenshot({
      path: 'tests/artifacts/playground-disclosure.png',
      fullPage: true,
    });
  });
});
