import type { Translate } from '../../i18n';
import type { ReportingRound } from '../../domain/types';
import template from './status-message-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

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
  const card = renderCard(template, {
    title: t('status.invite.title'),
    text: t('status.invite.text', { round: round.title }),
    roundId: round.id,
    backToList: t('status.invite.action'),
  });
  if (input.requesterId === null) return card;
  return {
    ...card,
    refresh: {
      action: {
        type: 'Action.Execute',
        verb: 'status.refresh',
        data: { roundId: round.id, page: 0 },
      },
      userIds: [input.requesterId],
    },
  };
}
