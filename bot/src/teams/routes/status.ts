import { MessageFactory, type TurnContext } from 'botbuilder';
import { statusList, type StatusDeps } from '../actions/status-actions';
import { cardAttachment } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { turnInfo } from '../turn';

/** "status" / "rapportera": the reporting card for the open round. */
export async function handleStatus(context: TurnContext, deps: StatusDeps): Promise<void> {
  const turn = turnInfo(context);
  const result = await statusList(deps, {
    turn,
    senderId: context.activity.from?.id ?? null,
    data: {},
  });
  if (result.kind === 'card') {
    const card = stampLanguage(result.card, turn.language);
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  } else if (result.kind === 'message') {
    await context.sendActivity(result.text);
  }
}
