import { resolvedPlanOrUndefined } from './resolve-plan';
import { computeFollowUp, type FollowUp } from '../followup/follow-up';
import { buildReportDraft, type DraftBlock } from '../followup/report-draft';
import { followUpSummaryTable } from '../followup/summary-table';
import { exportTable } from '../import/export-table';
import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import type { Activity, Member, Organisation, Plan, ReportingRound, StatusReport } from '../types';
import { resolveRound } from './import-service';
import { asOfRound } from '../organisations/organisation-history';

export interface RoundData {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  readonly activities: readonly Activity[];
  readonly round: ReportingRound;
  /** The latest report per activity in the round. */
  readonly roundReports: readonly StatusReport[];
}

export type RoundRefusal = { kind: 'no-plan' } | { kind: 'no-round'; requested: string | null };

/** Everything about one round (by id or title; the current round when absent). */
export async function loadRoundData(
  store: StorePort,
  clock: Clock,
  requested?: string,
  planId?: string,
): Promise<RoundData | RoundRefusal> {
  const plan = await resolvedPlanOrUndefined(store, planId);
  if (plan === undefined) return { kind: 'no-plan' };
  const round = await resolveRound(store, clock, plan, requested);
  if (round === null) return { kind: 'no-round', requested: requested ?? null };
  const [stored, planActivities, roundReports] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
    store.reports.latest({ roundId: round.id }),
  ]);
  // Counted with the organisations of the round's opening day, under their names then
  // (decision 0030): a later rename, merge or split leaves the round's figures as they were.
  const { organisations, activities } = asOfRound(stored, planActivities, round);
  return { plan, organisations, activities, round, roundReports };
}

export function isRoundRefusal<T extends object>(value: T | RoundRefusal): value is RoundRefusal {
  return 'kind' in value && (value.kind === 'no-plan' || value.kind === 'no-round');
}

/**
 * The export table (import columns) of a round, and the follow-up's figures as a table. With
 * no round at all (day one, before any meeting) the activities are exported without status.
 * With a `viewer`, report dates of other organisations' activities are left out unless the
 * viewer is Samordning (export-table.ts).
 */
export async function loadExportTable(
  store: StorePort,
  clock: Clock,
  requested?: string,
  viewer?: Member,
  planId?: string,
): Promise<
  { table: string[][]; summary: string[][] | null; round: ReportingRound | null } | RoundRefusal
> {
  const data = await loadRoundData(store, clock, requested, planId);
  if (!isRoundRefusal(data)) {
    return {
      table: exportTable({ ...data, ...(viewer === undefined ? {} : { viewer }) }),
      summary: followUpSummaryTable(computeFollowUp(data)),
      round: data.round,
    };
  }
  const plan = await resolvedPlanOrUndefined(store, planId);
  if (data.kind === 'no-plan' || data.requested !== null || plan === undefined) return data;
  const [organisations, activities] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
  ]);
  return {
    table: exportTable({ plan, organisations, activities, roundReports: [] }),
    summary: null,
    round: null,
  };
}

/** The follow-up figures and report draft of a round. */
export async function loadReportDraft(
  store: StorePort,
  clock: Clock,
  requested?: string,
  planId?: string,
): Promise<{ followUp: FollowUp; blocks: DraftBlock[]; plan: Plan } | RoundRefusal> {
  const data = await loadRoundData(store, clock, requested, planId);
  if (isRoundRefusal(data)) return data;
  const followUp = computeFollowUp(data);
  return { followUp, blocks: buildReportDraft(followUp, data.plan.title), plan: data.plan };
}
