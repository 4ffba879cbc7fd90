import { MessageFactory, type TurnContext } from 'botbuilder';
import { isRefusal, loadStatusList } from '../../domain/services/status-service';
import type { StatusDeps } from '../actions/action-context';
import { onAllUnchangedAsk, refusalCard } from '../actions/status-actions';
import { buildLeftCard } from '../cards/left-card';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { turnInfo, type TurnInfo } from '../turn';
import { handleStatus } from './status';

async function send(context: TurnContext, turn: TurnInfo, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity(
    MessageFactory.attachment(cardAttachment(stampLanguage(card, turn.language))),
  );
}

/**
 * "Vad ska jag göra?": the sender's activities without a report in the open round, with a
 * Rapportera button. A group chat gets the neutral status card (nobody's list in the group).
 */
export async function handleLeft(context: TurnContext, deps: StatusDeps): Promise<void> {
  const turn = turnInfo(context);
  if (turn.conversationType !== 'personal') return handleStatus(context, deps);
  const view = await loadStatusList(deps.store, deps.clock, turn.userId);
  const result = isRefusal(view)
    ? refusalCard(turn, view, null)
    : ({ kind: 'card', card: buildLeftCard(turn.t, view) } as const);
  if (result.kind === 'card') await send(context, turn, result.card);
}

/**
 * "Allt är oförändrat": the "all unchanged" confirmation for the open round (nothing is saved
 * before the sender confirms). A group chat gets the neutral status card.
 */
export async function handleAllUnchanged(context: TurnContext, deps: StatusDeps): Promise<void> {
  const turn = turnInfo(context);
  if (turn.conversationType !== 'personal') return handleStatus(context, deps);
  const view = await loadStatusList(deps.store, deps.clock, turn.userId);
  const result = isRefusal(view)
    ? refusalCard(turn, view, null)
    : await onAllUnchangedAsk(deps, {
        turn,
        senderId: context.activity.from?.id ?? null,
        data: { roundId: view.round.id },
      });
  if (result.kind === 'card') await send(context, turn, result.card);
}
