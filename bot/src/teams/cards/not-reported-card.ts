import type { NotReported, RoundRef } from '../../domain/dashboard/types';
import type { Translate } from '../../i18n';
import { MEETING_VERBS } from '../actions/verbs';
import { buildAnswerCard } from './answer-card';
import type { AdaptiveCardJson } from './render';

export interface NotReportedCardInput {
  readonly t: Translate;
  readonly round: RoundRef;
  readonly rows: readonly NotReported[];
  /** Samordning gets "Påminn nu". */
  readonly canRemind: boolean;
}

/** "Vilka har inte rapporterat?": the organisations with activities left in the round. Pure. */
export function buildNotReportedCard(input: NotReportedCardInput): AdaptiveCardJson {
  const { t, rows } = input;
  const round = input.round.title;
  if (rows.length === 0) {
    return buildAnswerCard({
      title: t('chat.notReported.title', { round }),
      intro: t('chat.notReported.none', { round }),
    });
  }
  return buildAnswerCard({
    title: t('chat.notReported.title', { round }),
    intro: t('chat.notReported.intro'),
    items: rows.map((row) =>
      t(row.neverReported ? 'chat.notReported.never' : 'chat.notReported.item', {
        name: row.name,
        unreported: row.unreported,
        total: row.total,
      }),
    ),
    buttons: input.canRemind
      ? [
          {
            kind: 'execute',
            title: t('meetings.remindNow'),
            verb: MEETING_VERBS.remindNow,
            data: {},
          },
        ]
      : [],
  });
}
