/**
 * Indicators (mått) of a plan, their values per round and Kolada's figures (issue 19 items 1
 * and 2, decision 0026): one call per entry point. Who may enter a value is decided here from
 * the caller's roles (Samordning, or a samordnare of the indicator's owning organisation);
 * nothing Kolada does ever fails a read: a value it cannot give "saknas", with the reason.
 */
import { indicatorTrend, roundPoints, yearPoints } from '../indicators/indicator-trend';
import type { IndicatorValue } from '../indicators/indicator-types';
import type { IndicatorSummary, KoladaSource } from '../indicators/indicator-summary';
import { parseIndicatorValue } from '../indicators/indicator-value';
import { KOLADA_REASONS } from '../indicators/kolada-reason';
import type { PlanIndicator } from '../plan-file/plan-document';
import type { IndicatorStore } from '../ports/indicator-store.port';
import type { KoladaReader, KpiReading } from '../ports/kolada.port';
import type { StorePort } from '../ports/store.port';
import { isSamordning } from '../roles';
import type { Member, Organisation, Plan, ReportingRound } from '../types';
import { resolvePlan, isPlanNotFound, type PlanNotFound } from './resolve-plan';

export interface IndicatorDeps {
  readonly store: Pick<StorePort, 'plans' | 'rounds' | 'organisations'>;
  readonly indicators: IndicatorStore;
  /** Kolada (cached); null: Kolada indicators show "saknas". */
  readonly kolada: KoladaReader | null;
  /** Kolada's municipality id (SAMORDNA_KOLADA_MUNICIPALITY). */
  readonly municipalityId: string;
}

export type IndicatorRefusal =
  | PlanNotFound
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found'; readonly what: 'indicator' | 'round' }
  | { readonly kind: 'kolada-indicator' }
  | { readonly kind: 'invalid'; readonly message: string; readonly messageEn: string };

export const isIndicatorRefusal = (value: object): value is IndicatorRefusal =>
  'kind' in value &&
  ['plan-not-found', 'forbidden', 'not-found', 'kolada-indicator', 'invalid'].includes(
    String((value as { kind: unknown }).kind),
  );

/**
 * An indicator as the services use it: from the plan file, or defined by Samordning in the tab
 * (decision 0032), then optionally tied to one activity.
 */
export type IndicatorDefinitionLike = PlanIndicator & {
  readonly activityId?: string | null;
  readonly origin?: 'plan' | 'tab';
};

/** Every indicator of the plan: the plan file's first, then those defined in the tab. */
export async function indicatorsOfPlan(
  deps: Pick<IndicatorDeps, 'indicators'>,
  plan: Plan,
): Promise<IndicatorDefinitionLike[]> {
  const fromFile = plan.indicators ?? [];
  const defined = (await deps.indicators.definitions.list(plan.id)).filter(
    // The plan file wins an id both use (a plan file edited after the tab's definition).
    (d) => d.removedAt === null && !fromFile.some((m) => m.id === d.id),
  );
  return [
    ...fromFile.map((m) => ({ ...m, origin: 'plan' as const })),
    ...defined.map((d) => ({ ...d, origin: 'tab' as const })),
  ];
}

/** May this caller enter values for the indicator? */
export function canEnterValue(user: Member, indicator: PlanIndicator): boolean {
  if (indicator.koladaKpi !== null) return false;
  if (isSamordning(user)) return true;
  return (
    indicator.organisation !== null &&
    user.organisationId === indicator.organisation &&
    user.roles.includes('samordnare')
  );
}

export interface IndicatorsOfPlan {
  readonly plan: Plan;
  readonly rounds: readonly ReportingRound[];
  readonly indicators: readonly (IndicatorSummary & { readonly canEnter: boolean })[];
}

const NO_KOLADA = {
  sv: 'Kolada är inte inkopplat i den här installationen.',
  en: 'Kolada is not connected in this installation.',
};

function koladaSource(kpiId: string, municipalityId: string, reading: KpiReading | null) {
  const base = { kpiId, municipalityId };
  /** No figures from Kolada, and why (Swedish first). */
  const missing = (reason: { readonly sv: string; readonly en: string }) => ({
    source: {
      ...base,
      title: null,
      status: 'saknas',
      fetchedAt: null,
      reason: reason.sv,
      reasonEn: reason.en,
    } satisfies KoladaSource,
    values: [],
  });
  if (reading === null) return missing(NO_KOLADA);
  if (reading.kind === 'unavailable') return missing(KOLADA_REASONS[reading.reason]);
  const reason = reading.kind === 'stale' ? KOLADA_REASONS[reading.reason] : null;
  return {
    source: {
      ...base,
      title: reading.series.kpi.title,
      status: reading.kind === 'stale' ? 'stale' : 'ok',
      fetchedAt: reading.series.fetchedAt,
      reason: reason?.sv ?? null,
      reasonEn: reason?.en ?? null,
    } satisfies KoladaSource,
    values: reading.series.values,
  };
}

/** The years Kolada is asked for: from the baseline (or the plan's start) to the plan's end. */
function koladaYears(plan: Plan, indicator: PlanIndicator) {
  const fromYear = Math.min(indicator.baseline?.year ?? plan.periodStart, plan.periodStart);
  const toYear = Math.max(plan.periodEnd, fromYear);
  return { fromYear, toYear };
}

/** Summaries of the plan's indicators; the current plan unless one is named. */
export async function loadIndicators(
  deps: IndicatorDeps,
  user: Member | null,
  planId?: string,
): Promise<IndicatorsOfPlan | IndicatorRefusal> {
  const plan = await resolvePlan(deps.store, planId);
  if (isPlanNotFound(plan)) return plan;
  const definitions = await indicatorsOfPlan(deps, plan);
  const [rounds, values, organisations] = await Promise.all([
    deps.store.rounds.list(plan.id),
    definitions.length === 0 ? Promise.resolve([]) : deps.indicators.listValues(plan.id),
    deps.store.organisations.list(),
  ]);
  const indicators = await Promise.all(
    definitions.map((d) => summarise(deps, plan, d, rounds, values, organisations, user)),
  );
  return { plan, rounds, indicators };
}

async function summarise(
  deps: IndicatorDeps,
  plan: Plan,
  d: IndicatorDefinitionLike,
  rounds: readonly ReportingRound[],
  values: readonly IndicatorValue[],
  organisations: readonly Organisation[],
  user: Member | null,
): Promise<IndicatorSummary & { canEnter: boolean }> {
  const owner = organisations.find((o) => o.id === d.organisation);
  let kolada: KoladaSource | null = null;
  let points = roundPoints(d.id, rounds, values);
  if (d.koladaKpi !== null) {
    const reading =
      deps.kolada === null
        ? null
        : await deps.kolada.readKpi(d.koladaKpi, deps.municipalityId, koladaYears(plan, d));
    const read = koladaSource(d.koladaKpi, deps.municipalityId, reading);
    kolada = read.source;
    points = yearPoints(read.values);
  }
  return {
    id: d.id,
    name: d.name,
    nameEn: d.nameEn,
    description: d.description,
    unit: d.unit,
    direction: d.direction,
    goal: d.goal,
    baseline: d.baseline,
    target: d.target,
    source: d.source,
    organisation: owner === undefined ? null : { id: owner.id, name: owner.name },
    kolada,
    trend: indicatorTrend(d, points),
    origin: d.origin ?? 'plan',
    activityId: d.activityId ?? null,
    canEnter: user !== null && canEnterValue(user, d),
  };
}

export interface ValueInput {
  readonly indicatorId: string;
  readonly roundId: string;
  /** As typed: a number, or text such as "12,5". */
  readonly value: unknown;
}

/** Enters (or corrects) an indicator's value for a round; nothing is stored when refused. */
export async function enterIndicatorValue(
  deps: IndicatorDeps,
  user: Member,
  input: ValueInput,
  now: Date,
): Promise<IndicatorValue | IndicatorRefusal> {
  const plan = await resolvePlan(deps.store, undefined);
  if (isPlanNotFound(plan)) return plan;
  const indicator = (await indicatorsOfPlan(deps, plan)).find((m) => m.id === input.indicatorId);
  if (indicator === undefined) return { kind: 'not-found', what: 'indicator' };
  if (indicator.koladaKpi !== null) return { kind: 'kolada-indicator' };
  if (!canEnterValue(user, indicator)) return { kind: 'forbidden' };
  const round = await deps.store.rounds.get(input.roundId);
  if (round === undefined || round.planId !== plan.id) return { kind: 'not-found', what: 'round' };
  const parsed = parseIndicatorValue(input.value, indicator.unit);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message, messageEn: parsed.messageEn };
  return deps.indicators.saveValue({
    planId: plan.id,
    indicatorId: indicator.id,
    roundId: round.id,
    value: parsed.value,
    enteredByUserId: user.userId,
    enteredByName: user.name,
    enteredAt: now.toISOString(),
  });
}
