import { resolvedPlanOrUndefined } from './resolve-plan';
import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import { dateWithinRound, roundPeriod } from '../follow-up-round';
import { planImport, type ImportPlan, type Importer } from '../import/import-plan';
import type { ImportRow, RawRow, RowError } from '../import/import-types';
import { foldKey } from '../import/matching';
import { validateImportTable, type Pause } from '../import/validate-rows';
import type { EvidenceHosts } from '../outcomes/outcome';
import { currentRound } from '../rounds';
import type { Plan, ReportingRound } from '../types';

export type ImportOutcome =
  | { kind: 'no-plan' }
  /** The given round is unknown, or none is current and the file has reports. */
  | { kind: 'no-round'; requested: string | null }
  /** `errors`: the listed ones, then a line counting the rest; `count`: all of them. */
  | { kind: 'invalid'; errors: readonly RowError[]; count: number }
  | { kind: 'planned'; plan: ImportPlan }
  /** `syncPending`: stored, but SharePoint has not received all of it yet (it will). */
  | { kind: 'imported'; plan: ImportPlan; syncPending: boolean };

export interface ImportOptions {
  /** A round id or title; the current round when absent. */
  readonly round?: string;
  /** A plan id; the current plan when absent. */
  readonly plan?: string;
  readonly dryRun: boolean;
  readonly importer: Importer;
  /** Awaited every few hundred rows so a long file does not hold up other work (the edge's `nextTurn`). */
  readonly pause?: Pause;
  /** Where evidence links may point (configuration); absent or null: any SharePoint. */
  readonly evidenceHosts?: EvidenceHosts;
}

/** Rows whose Rapportdatum lies outside the round they are imported into. */
function reportDatesOutside(round: ReportingRound, rows: readonly ImportRow[]): RowError[] {
  const { from, to } = roundPeriod(round);
  return rows.flatMap((row) => {
    const date = row.report?.reportDate ?? null;
    if (date === null || dateWithinRound(round, date)) return [];
    return [
      {
        row: row.row,
        message: `Rapportdatum ${date} ligger utanför omgången "${round.title}" (${from}–${to}). Rätta datumet eller välj en annan omgång.`,
      },
    ];
  });
}

/** The round `requested` names (id or title, forgivingly), or the current round. */
export async function resolveRound(
  store: StorePort,
  clock: Clock,
  plan: Plan,
  requested: string | undefined,
): Promise<ReportingRound | null> {
  const rounds = await store.rounds.list(plan.id);
  if (requested === undefined) return currentRound(rounds, clock.now());
  const key = foldKey(requested);
  return rounds.find((r) => r.id === requested || foldKey(r.title) === key) ?? null;
}

/**
 * Imports a table (header + rows) into the store: validates every row first, then plans,
 * then — unless a dry run — writes the whole plan as one batch (`store.imports.apply`: all of
 * it or none, also across a crash). The writes are idempotent (deterministic ids and
 * idempotency keys), so importing the same file twice changes nothing.
 */
export async function importTable(
  store: StorePort,
  clock: Clock,
  table: readonly RawRow[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const plan = await resolvedPlanOrUndefined(store, options.plan);
  if (plan === undefined) return { kind: 'no-plan' };
  const round = await resolveRound(store, clock, plan, options.round);
  if (round === null && options.round !== undefined)
    return { kind: 'no-round', requested: options.round };
  const organisations = await store.organisations.list();
  const validated = await validateImportTable(
    table,
    plan,
    organisations,
    options.pause,
    options.evidenceHosts ?? null,
  );
  if (!validated.ok) return { kind: 'invalid', errors: validated.errors, count: validated.count };
  // On day one there may be no round yet: handlingsplaner without reports still import.
  if (round === null && validated.rows.some((r) => r.report !== null))
    return { kind: 'no-round', requested: null };
  const outside = round === null ? [] : reportDatesOutside(round, validated.rows);
  if (outside.length > 0) return { kind: 'invalid', errors: outside, count: outside.length };
  const [activities, roundReports] = await Promise.all([
    store.activities.list({ planId: plan.id }),
    round === null ? Promise.resolve([]) : store.reports.latest({ roundId: round.id }),
  ]);
  const importPlan = planImport(
    validated.rows,
    { plan, organisations, round, activities, roundReports },
    options.importer,
    clock.now(),
  );
  if (options.dryRun) return { kind: 'planned', plan: importPlan };
  const { syncPending } = await store.imports.apply(importPlan);
  return { kind: 'imported', plan: importPlan, syncPending };
}
