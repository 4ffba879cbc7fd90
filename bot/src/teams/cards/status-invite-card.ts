import type { Translate } from '../../i18n';
import type { ReportingRound } from '../../domain/types';
import { buildMessageCard } from './message-card';
import type { AdaptiveCardJson } from './render';
import { withStatusRefresh } from './status-refresh';

export interface StatusInviteCardInput {
  readonly t: Translate;
  readonly round: ReportingRound;
  /** The sender (channel user id, 29:…): Teams refreshes the card to their own list at once. */
  readonly requesterId: string | null;
}

/**
 * "status" in a group chat or channel: a neutral card that shows nobody's list to the
 * whole conversation. Whoever presses "Visa min status" gets their own organisation's
 * list (Universal Actions answer only the person who acted); the sender's view refreshes
 * automatically. Pure.
 */
export function buildStatusInviteCard(input: StatusInviteCardInput): AdaptiveCardJson {
  const { t, round } = input;
  const page = { roundId: round.id, page: 0 };
  const card = buildMessageCard(
    t('status.invite.title'),
    t('status.invite.text', { round: round.title }),
    [{ title: t('status.invite.action'), verb: 'status.list', data: page }],
  );
  return withStatusRefresh(card, input.requesterId, page);
}
