import { MessageFactory, type TurnContext } from 'botbuilder';
import { statusList, type StatusDeps } from '../actions/status-actions';
import { cardAttachment } from '../cards/render';
import { turnInfo } from '../turn';

/** "status" / "rapportera": the reporting card for the open round. */
export async function handleStatus(context: TurnContext, deps: StatusDeps): Promise<void> {
  const result = await statusList(deps, {
    turn: turnInfo(context),
    senderId: context.activity.from?.id ?? null,
    data: {},
  });
  if (result.kind === 'card')
    await context.sendActivity(MessageFactory.attachment(cardAttachment(result.card)));
  else if (result.kind === 'message') await context.sendActivity(result.text);
}
