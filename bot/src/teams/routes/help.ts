import { MessageFactory, type TurnContext } from 'botbuilder';
import { buildHelpCard } from '../cards/help-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { turnInfo } from '../turn';

/** "hjälp" / "help": the help card. */
export async function handleHelp(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'tabUrl'>,
): Promise<void> {
  const { t, language } = turnInfo(context);
  const card = buildHelpCard({ t, language, tabUrl: deps.tabUrl });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
