import { resolvedPlanOrUndefined } from './resolve-plan';
import {
  activityHistory,
  searchActivities,
  type ActivityListItem,
  type ActivityQuery,
  type HistoryEntry,
} from '../dashboard/activities';
import { carriedFrom } from '../carry/carry-plan';
import { cityWideHeadingOf } from '../figures/city-wide';
import { computeDashboard } from '../dashboard/compute-dashboard';
import { lastKnownStatus } from '../dashboard/status';
import type { Dashboard, DashboardFilter, StatusKey } from '../dashboard/types';
import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import type { RefusedEdit, RefusedEditsPort } from '../ports/refused-edits.port';
import { canActFor } from '../reporting';
import { currentRound } from '../rounds';
import type { Activity, CatalogEntry, Member, Plan, ReportingRound, StatusReport } from '../types';

interface PlanRows {
  readonly plan: Plan;
  readonly organisations: Awaited<ReturnType<StorePort['organisations']['list']>>;
  readonly activities: Activity[];
  readonly rounds: ReportingRound[];
  readonly reportsByRound: Map<string, StatusReport[]>;
}

/** Reads everything the dashboard aggregates for one plan (the current plan when none is named). */
export async function readPlanRows(
  store: StorePort,
  planId?: string,
): Promise<PlanRows | undefined> {
  const plan = await resolvedPlanOrUndefined(store, planId);
  if (plan === undefined) return undefined;
  const [organisations, activities, rounds] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
    store.rounds.list(plan.id),
  ]);
  const latest = await Promise.all(rounds.map((r) => store.reports.latest({ roundId: r.id })));
  const reportsByRound = new Map(rounds.map((r, i) => [r.id, latest[i] ?? []]));
  return { plan, organisations, activities, rounds, reportsByRound };
}

/** The dashboard for a plan and filter; undefined when the plan is unknown. */
export async function loadDashboard(
  store: StorePort,
  clock: Clock,
  planId: string | undefined,
  filter: DashboardFilter,
): Promise<Dashboard | undefined> {
  const rows = await readPlanRows(store, planId);
  if (rows === undefined) return undefined;
  return computeDashboard({ ...rows, now: clock.now(), filter });
}

function statusAt(rows: PlanRows, now: Date, roundId?: string): Map<string, StatusKey> {
  const round =
    (roundId === undefined
      ? currentRound(rows.rounds, now)
      : rows.rounds.find((r) => r.id === roundId)) ?? null;
  return lastKnownStatus(rows.rounds, rows.reportsByRound, round);
}

export interface ActivitySearchResult {
  readonly activities: readonly ActivityListItem[];
  /** What the filters offer. */
  readonly choices: {
    readonly organisations: readonly { id: string; name: string }[];
    readonly goals: readonly { number: number; title: string }[];
    readonly headings: readonly CatalogName[];
  };
}

/** Activities of a plan matching the query, with their last known status. */
export async function findActivities(
  store: StorePort,
  clock: Clock,
  planId: string | undefined,
  query: ActivityQuery,
): Promise<ActivitySearchResult | undefined> {
  const rows = await readPlanRows(store, planId);
  if (rows === undefined) return undefined;
  return {
    activities: searchActivities({
      activities: rows.activities,
      organisations: rows.organisations,
      status: statusAt(rows, clock.now()),
      query,
      cityWideHeading: cityWideHeadingOf(rows.plan),
    }),
    choices: {
      organisations: rows.organisations.map(({ id, name }) => ({ id, name })),
      goals: rows.plan.goals.map(({ number, title }) => ({ number, title })),
      headings: names(
        rows.plan.headings,
        rows.plan.headings.map((h) => h.id),
      ),
    },
  };
}

export interface ActivityDetail {
  readonly activity: Activity;
  readonly organisationName: string;
  readonly status: StatusKey;
  readonly history: readonly HistoryEntry[];
  readonly reportersVisible: boolean;
  /** Whether the viewer may edit this activity (Samordning, or a samordnare of its organisation). */
  readonly editable: boolean;
  /** Edits SharePoint refused for good, for viewers who may edit (else none). */
  readonly refusedEdits: readonly RefusedEdit[];
  /** The old plan's activity a carried activity goes on from (its history is read there). */
  readonly carriedFrom: { readonly activityId: string; readonly planId: string } | null;
  /** The catalog's names of the activity's tags and heading, in the plan's order. */
  readonly labels: {
    readonly heading: CatalogName | null;
    readonly focusAreas: readonly CatalogName[];
    readonly perspectives: readonly CatalogName[];
    readonly targetGroups: readonly CatalogName[];
  };
}

type CatalogName = Pick<CatalogEntry, 'id' | 'name' | 'nameEn'>;

function names(
  catalog: readonly CatalogEntry[] | undefined,
  ids: readonly string[],
): CatalogName[] {
  return (catalog ?? [])
    .filter((entry) => ids.includes(entry.id))
    .map(({ id, name, nameEn }) => ({ id, name, nameEn }));
}

/** One activity with its status history as `viewer` may see it; undefined when unknown. */
export async function loadActivityDetail(
  store: StorePort,
  viewer: Member,
  activityId: string,
  refused: RefusedEditsPort | null = null,
): Promise<ActivityDetail | undefined> {
  const activity = await store.activities.get(activityId);
  if (activity === undefined) return undefined;
  const oldId = carriedFrom(activity);
  const [organisation, rounds, reports, plan, old] = await Promise.all([
    store.organisations.get(activity.organisationId),
    store.rounds.list(activity.planId),
    store.reports.history(activity.id),
    store.plans.get(activity.planId),
    oldId === null ? undefined : store.activities.get(oldId),
  ]);
  const editable = canActFor(viewer, activity.organisationId);
  const { history, reportersVisible } = activityHistory({
    activity,
    history: reports,
    rounds,
    viewer,
  });
  return {
    activity,
    organisationName: organisation?.name ?? activity.organisationId,
    status: history[0]?.status ?? 'ej-rapporterad',
    history,
    reportersVisible,
    editable,
    refusedEdits: editable && refused !== null ? await refused.forActivity(activity.id) : [],
    carriedFrom: old === undefined ? null : { activityId: old.id, planId: old.planId },
    labels: {
      heading: names(plan?.headings, [activity.heading])[0] ?? null,
      focusAreas: names(plan?.focusAreas, activity.focusAreaIds),
      perspectives: names(plan?.perspectives, activity.perspectiveIds),
      targetGroups: names(plan?.targetGroups, activity.targetGroupIds),
    },
  };
}
