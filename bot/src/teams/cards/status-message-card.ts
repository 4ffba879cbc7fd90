import type { Translate } from '../../i18n';
import { buildMessageCard } from './message-card';
import type { AdaptiveCardJson } from './render';

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
  const back = { title: input.t('status.backToList'), verb: 'status.list' };
  return buildMessageCard(
    input.title,
    input.text,
    input.roundId === null || input.roundId === ''
      ? []
      : [{ ...back, data: { roundId: input.roundId, page: 0 } }],
  );
}
