import { MessageFactory, type TurnContext } from 'botbuilder';
import { isRefusal, loadStatusList } from '../../domain/services/status-service';
import type { StatusDeps } from '../actions/action-context';
import { refusalCard, statusList } from '../actions/status-actions';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { buildStatusInviteCard } from '../cards/status-invite-card';
import { turnInfo, type TurnInfo } from '../turn';

/**
 * "status" / "rapportera": the reporting card for the open round. In personal chat the
 * sender's list itself; in a group chat or channel a neutral card from which each person
 * opens their own view (Universal Actions), so nobody's list is posted to the group.
 */
export async function handleStatus(context: TurnContext, deps: StatusDeps): Promise<void> {
  const turn = turnInfo(context);
  const senderId = context.activity.from?.id ?? null;
  const card =
    turn.conversationType === 'personal'
      ? await personalCard(deps, turn, senderId)
      : await groupCard(deps, turn, senderId);
  if (card !== null) {
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(stampLanguage(card, turn.language))),
    );
  }
}

async function personalCard(
  deps: StatusDeps,
  turn: TurnInfo,
  senderId: string | null,
): Promise<AdaptiveCardJson | null> {
  const result = await statusList(deps, { turn, senderId, data: {} });
  return result.kind === 'card' ? result.card : null;
}

async function groupCard(
  deps: StatusDeps,
  turn: TurnInfo,
  senderId: string | null,
): Promise<AdaptiveCardJson | null> {
  const view = await loadStatusList(deps.store, deps.clock, turn.userId);
  if (isRefusal(view)) {
    const refusal = refusalCard(turn, view, null);
    return refusal.kind === 'card' ? refusal.card : null;
  }
  return buildStatusInviteCard({ t: turn.t, round: view.round, requesterId: senderId });
}
