/**
 * Activities with their latest report in a round, as a table in the import's own columns:
 * an export can be imported again. Pure.
 */
import { maySeeReporters } from '../dashboard/activities';
import { stockholmDate } from '../support/support-rules';
import type {
  Activity,
  CatalogEntry,
  Member,
  Organisation,
  Plan,
  ReportOutcome,
  StatusReport,
} from '../types';
import { COLUMNS, type ColumnKey } from './columns';
import { STATUS_WORDS } from './matching';

export interface ExportInput {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  readonly activities: readonly Activity[];
  /** The latest report per activity in the exported round. */
  readonly roundReports: readonly StatusReport[];
  /**
   * Who asks for the export. When it was reported (Rapportdatum) is shown only to Samordning
   * and the activity's own organisation, as in the tab; absent (the command line, run by
   * whoever holds the database) shows every date.
   */
  readonly viewer?: Member;
}

const SEPARATOR = '; ';

function names(ids: readonly string[], entries: readonly CatalogEntry[]): string {
  return ids.map((id) => entries.find((e) => e.id === id)?.name ?? id).join(SEPARATOR);
}

/** The outcome's cells as the import reads them back (decimal comma, one link per line). */
function outcomeCells(
  outcome: ReportOutcome | undefined,
): Pick<
  Record<ColumnKey, string>,
  'outcomeResult' | 'outcomeReached' | 'outcomeTarget' | 'outcomeUnit' | 'outcomeLinks'
> {
  const count = (n: number | null | undefined) =>
    n === null || n === undefined ? '' : String(n).replace('.', ',');
  return {
    outcomeResult: outcome?.result ?? '',
    outcomeReached: count(outcome?.reached),
    outcomeTarget: count(outcome?.target),
    outcomeUnit: outcome?.unit ?? '',
    outcomeLinks: outcome?.links.join('\n') ?? '',
  };
}

/** Header row first, then one row per activity (organisation, goal, title order). */
export function exportTable(input: ExportInput): string[][] {
  const organisationName = new Map(input.organisations.map((o) => [o.id, o.name]));
  const latest = new Map(input.roundReports.map((r) => [r.activityId, r]));
  const orgOf = (a: Activity) => organisationName.get(a.organisationId) ?? a.organisationId;
  const activities = input.activities
    .filter((a) => a.planId === input.plan.id)
    .sort(
      (a, b) =>
        orgOf(a).localeCompare(orgOf(b), 'sv') ||
        a.goal - b.goal ||
        a.title.localeCompare(b.title, 'sv'),
    );
  const rows = activities.map((activity) => {
    const report = latest.get(activity.id);
    const values: Record<ColumnKey, string> = {
      organisation: orgOf(activity),
      goal: String(activity.goal),
      heading: input.plan.headings.find((h) => h.id === activity.heading)?.name ?? activity.heading,
      title: activity.title,
      description: activity.description,
      focusAreas: names(activity.focusAreaIds, input.plan.focusAreas),
      perspectives: names(activity.perspectiveIds, input.plan.perspectives),
      targetGroups: names(activity.targetGroupIds, input.plan.targetGroups),
      partners: activity.partners.join(SEPARATOR),
      owner: activity.owner,
      start: activity.startDate ?? '',
      end: activity.endDate ?? '',
      status: report === undefined ? '' : (STATUS_WORDS[report.status][0] ?? report.status),
      done: report?.done ?? '',
      next: report?.next ?? '',
      reason: report?.reason ?? '',
      reportDate:
        report === undefined ||
        (input.viewer !== undefined && !maySeeReporters(input.viewer, activity.organisationId))
          ? ''
          : stockholmDate(new Date(report.reportedAt)),
      ...outcomeCells(report?.outcome),
    };
    return COLUMNS.map((c) => values[c.key]);
  });
  return [COLUMNS.map((c) => c.header), ...rows];
}
