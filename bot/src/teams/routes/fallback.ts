import type { TurnContext } from 'botbuilder';
import { t as translate } from '../../i18n';
import { turnInfo } from '../turn';

/**
 * Anything the bot does not understand: a friendly hint, never an error. We cannot
 * tell which language free text is in, so the Swedish hint always comes first and an
 * English client also gets the English line.
 */
export async function handleUnknown(context: TurnContext): Promise<void> {
  const { language } = turnInfo(context);
  const swedish = translate('sv', 'unknown.text');
  await context.sendActivity(
    language === 'en' ? `${swedish}\n\n${translate('en', 'unknown.text')}` : swedish,
  );
}
