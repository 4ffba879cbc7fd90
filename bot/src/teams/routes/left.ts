import { MessageFactory, type TurnContext } from 'botbuilder';
import {
  isRefusal,
  loadStatusList,
  type StatusListView,
} from '../../domain/services/status-service';
import type { StatusDeps } from '../actions/action-context';
import { onAllUnchangedAsk, refusalCard } from '../actions/status-actions';
import { buildLeftCard } from '../cards/left-card';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { turnInfo, type TurnInfo } from '../turn';
import { handleStatus } from './status';
import type { ActionResult } from '../actions/invoke-response';

async function send(context: TurnContext, turn: TurnInfo, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity(
    MessageFactory.attachment(cardAttachment(stampLanguage(card, turn.language))),
  );
}

/**
 * A personal-chat command on the sender's open round: `answer` turns the sender's list (or the
 * refusal as a card) into what is sent. A group chat gets the neutral status card instead
 * (nobody's list in the group).
 */
function onOwnOpenRound(
  answer: (
    turn: TurnInfo,
    view: StatusListView,
    context: TurnContext,
    deps: StatusDeps,
  ) => Promise<ActionResult>,
) {
  return async (context: TurnContext, deps: StatusDeps): Promise<void> => {
    const turn = turnInfo(context);
    if (turn.conversationType !== 'personal') return handleStatus(context, deps);
    const view = await loadStatusList(deps.store, deps.clock, turn.userId);
    const result = isRefusal(view)
      ? refusalCard(turn, view, null)
      : await answer(turn, view, context, deps);
    if (result.kind === 'card') await send(context, turn, result.card);
  };
}

/** "Vad ska jag göra?": the sender's activities without a report in the open round, with a Rapportera button. */
export const handleLeft = onOwnOpenRound(async (turn, view) => ({
  kind: 'card',
  card: buildLeftCard(turn.t, view),
}));

/**
 * "Allt är oförändrat": the "all unchanged" confirmation for the open round (nothing is saved
 * before the sender confirms).
 */
export const handleAllUnchanged = onOwnOpenRound((turn, view, context, deps) =>
  onAllUnchangedAsk(deps, {
    turn,
    senderId: context.activity.from?.id ?? null,
    data: { roundId: view.round.id },
  }),
);
