/**
 * What an import would do to the store: which activities it creates or updates and which
 * reports it appends. Pure; the same plan drives --dry-run, the tab's preview and the write.
 */
import type { Activity, Organisation, Plan, ReportingRound, StatusReport } from '../types';
import type { ImportRow } from './import-types';
import { stableHash } from './stable-hash';
import { activityIdentity } from './validate-rows';
import { reportInstantWithin } from '../follow-up-round';

export type RowAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  readonly row: number;
  readonly organisation: string;
  readonly goal: number;
  readonly title: string;
  readonly activity: RowAction;
  /** 'none': the row has no report in the round. */
  readonly report: 'create' | 'unchanged' | 'none';
}

export interface ImportCounts {
  readonly activities: {
    readonly create: number;
    readonly update: number;
    readonly unchanged: number;
  };
  readonly reports: { readonly create: number; readonly unchanged: number; readonly none: number };
  /** Distinct organisations the file's rows belong to. */
  readonly organisations: number;
}

export interface ImportPlan {
  /** Null when no round exists and the file has no reports (activities only). */
  readonly round: { readonly id: string; readonly title: string } | null;
  readonly counts: ImportCounts;
  readonly rows: readonly PlannedRow[];
  readonly creates: readonly Omit<Activity, 'version'>[];
  readonly updates: readonly { activity: Omit<Activity, 'version'>; expectedVersion: number }[];
  readonly reports: readonly { report: StatusReport; idempotencyKey: string }[];
}

export interface ImportState {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  /** The round reports go into; null only for a file without reports. */
  readonly round: ReportingRound | null;
  /** The plan's activities. */
  readonly activities: readonly Activity[];
  /** The latest report per activity in `round`. */
  readonly roundReports: readonly StatusReport[];
}

/** Who the imported reports are recorded as reported by (the importing user). */
export interface Importer {
  readonly userId: string;
  readonly name: string;
}

/** The deterministic id of an activity created by import. */
export function importedActivityId(planId: string, row: ImportRow): string {
  return `imp-${stableHash(`${planId}|${activityIdentity(row)}`)}`;
}

const COMPARED: readonly (keyof Omit<Activity, 'version'>)[] = [
  'heading',
  'title',
  'description',
  'focusAreaIds',
  'perspectiveIds',
  'targetGroupIds',
  'partners',
  'owner',
  'startDate',
  'endDate',
];

function sameActivity(a: Omit<Activity, 'version'>, b: Omit<Activity, 'version'>): boolean {
  return COMPARED.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** The activity as the row says it, on top of `base` (fields the file lacks keep base's values). */
function applyRow(base: Omit<Activity, 'version'>, row: ImportRow): Omit<Activity, 'version'> {
  return {
    ...base,
    heading: row.heading,
    title: row.title,
    description: row.description ?? base.description,
    focusAreaIds: row.focusAreaIds ?? base.focusAreaIds,
    perspectiveIds: row.perspectiveIds ?? base.perspectiveIds,
    targetGroupIds: row.targetGroupIds ?? base.targetGroupIds,
    partners: row.partners ?? base.partners,
    owner: row.owner ?? base.owner,
    startDate: row.startDate === undefined ? base.startDate : row.startDate,
    endDate: row.endDate === undefined ? base.endDate : row.endDate,
  };
}

/** Plans an import of validated rows into `state.round`. `now` stamps new records. */
export function planImport(
  rows: readonly ImportRow[],
  state: ImportState,
  importer: Importer,
  now: Date,
): ImportPlan {
  const stamp = now.toISOString();
  const byIdentity = new Map(state.activities.map((a) => [activityIdentity(a), a]));
  const latest = new Map(state.roundReports.map((r) => [r.activityId, r]));
  const names = new Map(state.organisations.map((o) => [o.id, o.name]));
  const creates: Omit<Activity, 'version'>[] = [];
  const updates: { activity: Omit<Activity, 'version'>; expectedVersion: number }[] = [];
  const reports: { report: StatusReport; idempotencyKey: string }[] = [];
  const planned = rows.map((row): PlannedRow => {
    const existing = byIdentity.get(activityIdentity(row));
    let action: RowAction = 'unchanged';
    let activityId: string;
    if (existing === undefined) {
      const created = applyRow(
        {
          id: importedActivityId(state.plan.id, row),
          planId: state.plan.id,
          organisationId: row.organisationId,
          goal: row.goal,
          strategyId: null,
          heading: row.heading,
          title: row.title,
          description: '',
          focusAreaIds: [],
          perspectiveIds: [],
          targetGroupIds: [],
          preventionLevel: null,
          direction: 'intern',
          partners: [],
          owner: '',
          startDate: null,
          endDate: null,
          demo: false,
          createdAt: stamp,
          updatedAt: stamp,
        },
        row,
      );
      creates.push(created);
      action = 'create';
      activityId = created.id;
    } else {
      const merged = applyRow(existing, row);
      if (!sameActivity(existing, merged)) {
        updates.push({
          activity: { ...merged, updatedAt: stamp },
          expectedVersion: existing.version,
        });
        action = 'update';
      }
      activityId = existing.id;
    }
    let report: PlannedRow['report'] = 'none';
    if (row.report !== null && state.round !== null) {
      const round = state.round;
      const { status, done, next, reason, reportDate } = row.report;
      const current = latest.get(activityId);
      // A file without outcome columns keeps the outcome a Genomförd report has (decision 0027).
      const outcome =
        row.report.outcome === undefined
          ? status === 'genomford'
            ? (current?.outcome ?? null)
            : null
          : row.report.outcome;
      const same =
        current !== undefined &&
        current.status === status &&
        current.done === done &&
        current.next === next &&
        current.reason === reason &&
        JSON.stringify(current.outcome ?? null) === JSON.stringify(outcome);
      report = same ? 'unchanged' : 'create';
      if (!same) {
        // Rows without an outcome keep the keys they always had: a re-import stores nothing twice.
        const key = `import:${stableHash(
          JSON.stringify([
            round.id,
            activityId,
            status,
            done,
            next,
            reason,
            reportDate,
            ...(outcome === null ? [] : [outcome]),
          ]),
        )}`;
        reports.push({
          idempotencyKey: key,
          report: {
            id: `imp-r-${stableHash(key)}`,
            activityId,
            roundId: round.id,
            status,
            done,
            next,
            reason,
            reportedByUserId: importer.userId,
            reportedByName: importer.name,
            // A reported local date counts as noon in Stockholm (10:00 or 11:00 UTC: same date).
            // Without one, the report is dated inside the round, never after it (a past follow-up).
            reportedAt:
              reportDate === null ? reportInstantWithin(round, now) : `${reportDate}T10:00:00.000Z`,
            ...(outcome === null ? {} : { outcome }),
          },
        });
      }
    }
    return {
      row: row.row,
      organisation: names.get(row.organisationId) ?? row.organisationId,
      goal: row.goal,
      title: row.title,
      activity: action,
      report,
    };
  });
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    round: state.round === null ? null : { id: state.round.id, title: state.round.title },
    counts: {
      activities: {
        create: creates.length,
        update: updates.length,
        unchanged: count(planned, (r) => r.activity === 'unchanged'),
      },
      reports: {
        create: reports.length,
        unchanged: count(planned, (r) => r.report === 'unchanged'),
        none: count(planned, (r) => r.report === 'none'),
      },
      organisations: new Set(rows.map((r) => r.organisationId)).size,
    },
    rows: planned,
    creates,
    updates,
    reports,
  };
}
