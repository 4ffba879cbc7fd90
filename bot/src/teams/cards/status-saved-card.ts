import type { Activity, ReportingRound, StatusReport } from '../../domain/types';
import { formatDate, type Language, type Translate } from '../../i18n';
import { outcomeSummary } from '../../domain/outcomes/outcome';
import template from './status-saved-card.json';
import { withoutEmptyOrganisation } from './organisation-data';
import { renderCard, type AdaptiveCardJson } from './render';

export interface StatusSavedCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly activity: Activity;
  readonly round: ReportingRound;
  readonly report: StatusReport;
  /**
   * Offer "Nästa aktivitet" (the server finds the next unreported one when it is pressed, so a
   * submit does no extra reads); false when the user already knows there is none.
   */
  readonly offerNext: boolean;
  /** True when the report was copied from the previous one ("Oförändrat"). */
  readonly unchanged: boolean;
  /** Saved, but SharePoint has not confirmed it yet: the heading says it will sync. */
  readonly syncPending?: boolean;
  /** The report replaced an earlier one in the same round ("Rapporten är ändrad"). */
  readonly edited?: boolean;
  /** Indicator values saved with the report (decision 0032): name, value as typed, unit. */
  readonly indicatorValues?: readonly {
    readonly name: string;
    readonly value: string;
    readonly unit: string;
  }[];
}

/**
 * What was saved: replaces the form (or the list) in place, with who reported ("Rapporterat av
 * X för Y" for a stand-in). Report texts and the reporter's name only in TextRuns. Pure.
 */
export function buildStatusSavedCard(input: StatusSavedCardInput): AdaptiveCardJson {
  const { t, language, report } = input;
  const orEmpty = (value: string): string =>
    value.trim() === '' ? t('status.saved.empty') : value;
  const fields = [
    { label: t('status.form.status'), value: t(`status.${report.status}`) },
    { label: t('status.form.done'), value: orEmpty(report.done) },
    { label: t('status.form.next'), value: orEmpty(report.next) },
  ];
  if (report.reason.trim() !== '') {
    fields.push({ label: t('status.saved.reason'), value: report.reason });
  }
  if (report.outcome !== undefined) {
    const summary = outcomeSummary(report.outcome, language);
    if (summary !== '') fields.push({ label: t('status.saved.outcome'), value: summary });
    if (report.outcome.links.length > 0)
      fields.push({ label: t('status.saved.links'), value: report.outcome.links.join('\n') });
  }
  for (const saved of input.indicatorValues ?? []) {
    fields.push({
      label: t('status.saved.indicator', { name: saved.name }),
      value: `${saved.value} ${saved.unit}`,
    });
  }
  return withoutEmptyOrganisation(
    renderCard(template, {
      heading: t(
        input.syncPending === true
          ? 'status.saved.syncing'
          : input.unchanged
            ? 'status.saved.unchangedTitle'
            : input.edited === true
              ? 'status.saved.editedTitle'
              : 'status.saved.title',
      ),
      activityTitle: input.activity.title,
      round: t('status.form.round', { round: input.round.title }),
      fields,
      reportedBy:
        report.onBehalfOf === undefined
          ? t('status.saved.reportedBy', {
              name: report.reportedByName,
              date: formatDate(language, report.reportedAt),
            })
          : t('people.reportedByFor', {
              name: report.reportedByName,
              absent: report.onBehalfOf.name,
              date: formatDate(language, report.reportedAt),
            }),
      nextAfter: input.offerNext ? input.activity.id : '',
      roundId: input.round.id,
      // A stand-in goes back to the list of the organisation she reported for.
      organisationId: report.onBehalfOf === undefined ? '' : input.activity.organisationId,
      labels: {
        nextActivity: t('status.saved.nextActivity'),
        done: t('status.saved.done'),
        backToList: t('status.backToList'),
      },
    }),
  );
}
