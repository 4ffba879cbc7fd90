import type { Activity, ReportingRound, ReportStatus, StatusReport } from '../../domain/types';
import { REPORT_STATUSES } from '../../domain/types';
import { formatDate, type Language, type Translate } from '../../i18n';
import { outcomeSummary, type OutcomeInput } from '../../domain/outcomes/outcome';
import { indicatorName } from '../../domain/services/report-indicators';
import template from './status-form-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

export interface StatusFormValues {
  readonly status: ReportStatus;
  readonly done: string;
  readonly next: string;
  readonly reason: string;
  /** The outcome fields as typed (or prefilled from the latest report). */
  readonly outcome: OutcomeInput;
}

/** One indicator's number field (decision 0032): its input id, label and value as typed. */
export interface StatusFormIndicator {
  readonly inputId: string;
  /** The Swedish name; `nameEn` is shown to an English reader when there is one. */
  readonly name: string;
  readonly nameEn?: string | null;
  readonly unit: string;
  readonly value: string;
}

export interface StatusFormCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly activity: Activity;
  readonly round: ReportingRound;
  /** Prefill: the latest report, or what the user just submitted when it was refused. */
  readonly values: StatusFormValues;
  /** The latest report's id when the form was opened ('' if none): the concurrency token. */
  readonly baseReportId: string;
  /** One submission per card instance: a repeated click stores nothing twice. */
  readonly submissionId: string;
  /** Already-translated messages on why the report was not saved. */
  readonly problems: readonly string[];
  /** Someone else's report that arrived after the form was opened, or null. */
  readonly conflict: StatusReport | null;
  /**
   * The activity already has a report in the round: the card says it edits that report and
   * its button reads "Ändra rapport" (issue 18 item 7).
   */
  readonly editing: boolean;
  /** The indicators the reporting organisation enters values for here (none: no section). */
  readonly indicators?: readonly StatusFormIndicator[];
}

/**
 * "Rapportera status": the form for one activity in one round, prefilled. Shows why a
 * submit was refused and, on a concurrent update, whose report came in between. User text
 * (titles, names, report texts) only in TextRuns and input values. Pure.
 */
export function buildStatusFormCard(input: StatusFormCardInput): AdaptiveCardJson {
  const { t, language, conflict, editing } = input;
  return renderCard(template, {
    heading: t(editing ? 'status.form.editTitle' : 'status.form.title'),
    editing,
    editingText: editing ? t('status.form.editing') : '',
    activityTitle: input.activity.title,
    round: t('status.form.round', { round: input.round.title }),
    hasProblems: input.problems.length > 0,
    problemsHeading: t('status.form.problems'),
    problems: input.problems.map((message) => ({ message })),
    hasConflict: conflict !== null,
    conflict:
      conflict === null
        ? { heading: '', by: '', keep: '', fields: [] }
        : {
            heading: t('status.form.conflict.title'),
            by:
              conflict.onBehalfOf === undefined
                ? t('status.form.conflict.by', {
                    name: conflict.reportedByName,
                    date: formatDate(language, conflict.reportedAt),
                  })
                : t('people.conflictByFor', {
                    name: conflict.reportedByName,
                    absent: conflict.onBehalfOf.name,
                    date: formatDate(language, conflict.reportedAt),
                  }),
            keep: t('status.form.conflict.keep'),
            fields: [
              { label: t('status.form.status'), value: t(`status.${conflict.status}`) },
              { label: t('status.form.done'), value: conflict.done },
              { label: t('status.form.next'), value: conflict.next },
              { label: t('status.saved.reason'), value: conflict.reason },
              {
                label: t('status.saved.outcome'),
                value:
                  conflict.outcome === undefined ? '' : outcomeSummary(conflict.outcome, language),
              },
            ].filter((field) => field.value.trim() !== ''),
          },
    values: input.values,
    hasIndicators: (input.indicators ?? []).length > 0,
    indicators: (input.indicators ?? []).map((field) => ({
      inputId: field.inputId,
      label: t('status.form.indicators.label', {
        name: indicatorName(field, input.language),
        unit: field.unit,
      }),
      value: field.value,
    })),
    statusChoices: REPORT_STATUSES.map((status) => ({
      title: t(`status.${status}`),
      value: status,
    })),
    labels: {
      status: t('status.form.status'),
      statusRequired: t('status.form.statusRequired'),
      done: t('status.form.done'),
      next: t('status.form.next'),
      reason: t('status.form.reason'),
      save: t(editing ? 'status.form.saveEdit' : 'status.form.save'),
      cancel: t('status.form.cancel'),
      edit: t('status.form.edit'),
      outcomeHeading: t('status.form.outcome.heading'),
      outcomeResult: t('status.form.outcome.result'),
      outcomeReached: t('status.form.outcome.reached'),
      outcomeTarget: t('status.form.outcome.target'),
      outcomeUnit: t('status.form.outcome.unit'),
      outcomeLinks: t('status.form.outcome.links'),
      indicatorsHeading: t('status.form.indicators.heading', { round: input.round.title }),
      indicatorsHelp: t('status.form.indicators.help'),
    },
    activityId: input.activity.id,
    roundId: input.round.id,
    baseReportId: input.baseReportId,
    submissionId: input.submissionId,
  });
}
