import type { Translate } from '../../i18n';
import template from './status-message-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

export interface StatusMessageCardInput {
  readonly t: Translate;
  /** Heading, from i18n. */
  readonly title: string;
  /** Message, from i18n (it may contain a round title, so it goes into a TextRun). */
  readonly text: string;
  /** When set, the card offers "Tillbaka till listan" for this round. */
  readonly roundId: string | null;
}

/** A short message in the status flow: done, no open round, refused, not found … Pure. */
export function buildStatusMessageCard(input: StatusMessageCardInput): AdaptiveCardJson {
  return renderCard(template, {
    title: input.title,
    text: input.text,
    roundId: input.roundId ?? '',
    backToList: input.t('status.backToList'),
  });
}
