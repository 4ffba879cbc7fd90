import type { NotReported, RoundRef } from '../../domain/dashboard/types';
import type { Translate } from '../../i18n';
import { MEETING_VERBS } from '../actions/verbs';
import { buildAnswerCard } from './answer-card';
import { unreportedFigures } from './figures-text';
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
      t(row.neverReported ? 'chat.notReported.figuresNever' : 'chat.notReported.figures', {
        name: row.name,
        figures: unreportedFigures(
          t,
          { unreported: row.unreported, total: row.total },
          row.cityWide,
        ),
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
