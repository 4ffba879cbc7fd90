import type { Activity, ReportingRound } from '../../domain/types';
import type { Translate } from '../../i18n';
import template from './all-unchanged-card.json';
import { withoutEmptyOrganisation } from './organisation-data';
import { renderCard, type AdaptiveCardJson } from './render';

/** Titles listed in the card; the rest are counted ("…och 12 till"). */
export const MAX_TITLES_IN_CARD = 40;

export interface AllUnchangedConfirmCardInput {
  readonly t: Translate;
  readonly round: ReportingRound;
  /** The activities that would be marked: unreported in the round, with an earlier report. */
  readonly activities: readonly Activity[];
  /** One submission per card instance: a repeated click stores nothing twice. */
  readonly submissionId: string;
  /** A stand-in's organisation ('' or absent: the reader's own). */
  readonly organisationId?: string;
}

export interface AllUnchangedDoneCardInput {
  readonly t: Translate;
  readonly round: ReportingRound;
  readonly confirmed: readonly Activity[];
  /** A stand-in's organisation ('' or absent: the reader's own). */
  readonly organisationId?: string;
}

function render(
  t: Translate,
  round: ReportingRound,
  heading: string,
  activities: readonly Activity[],
  confirm: { submissionId: string } | null,
  organisationId = '',
): AdaptiveCardJson {
  const shown = activities.slice(0, MAX_TITLES_IN_CARD);
  return withoutEmptyOrganisation(
    renderCard(template, {
      heading,
      round: t('status.form.round', { round: round.title }),
      hasTitles: shown.length > 0,
      titles: shown.map((activity) => ({ title: activity.title })),
      more:
        activities.length > shown.length
          ? t('status.allUnchanged.more', { count: activities.length - shown.length })
          : '',
      confirm: confirm !== null,
      roundId: round.id,
      organisationId,
      submissionId: confirm?.submissionId ?? '',
      labels: {
        confirm: t('status.allUnchanged.confirm'),
        cancel: t('status.form.cancel'),
        backToList: t('status.backToList'),
      },
    }),
  );
}

/** "Markera n aktiviteter som oförändrade …?": asks before copying the latest reports. Pure. */
export function buildAllUnchangedConfirmCard(
  input: AllUnchangedConfirmCardInput,
): AdaptiveCardJson {
  const { t, activities } = input;
  const heading =
    activities.length === 1
      ? t('status.allUnchanged.askOne')
      : t('status.allUnchanged.ask', { count: activities.length });
  return render(
    t,
    input.round,
    heading,
    activities,
    { submissionId: input.submissionId },
    input.organisationId,
  );
}

/** "n aktiviteter markerade som oförändrade": what the confirmation stored. Pure. */
export function buildAllUnchangedDoneCard(input: AllUnchangedDoneCardInput): AdaptiveCardJson {
  const { t, confirmed } = input;
  const heading =
    confirmed.length === 1
      ? t('status.allUnchanged.doneOne')
      : t('status.allUnchanged.done', { count: confirmed.length });
  return render(t, input.round, heading, confirmed, null, input.organisationId);
}
