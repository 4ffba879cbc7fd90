import { MessageFactory, type TurnContext } from 'botbuilder';
import { buildHelpCard } from '../cards/help-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { turnInfo } from '../turn';
import { senderMember } from './chat';
import { isSamordning } from '../../domain/roles';

/** "hjälp" / "help": the help card, with the planning commands for Samordning only. */
export async function handleHelp(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'tabUrl' | 'store'>,
): Promise<void> {
  const { t, language, userId } = turnInfo(context);
  const member = await senderMember(deps, userId);
  const card = buildHelpCard({
    t,
    language,
    tabUrl: deps.tabUrl,
    samordning: isSamordning(member),
  });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
