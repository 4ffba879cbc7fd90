/**
 * An indicator's trend (issue 19, decision 0026), pure: its values in order (per round, or per
 * year from Kolada), the change since the value before, whether that is better or worse in the
 * indicator's direction, and how far it has come from its baseline towards its target. The tab's
 * chart and table, the export and the report draft all read this one result, so they agree.
 */
import type { PlanIndicator } from '../plan-file/plan-document';
import type { ReportingRound } from '../types';
import type { IndicatorValue } from './indicator-types';

/** One point of the series: a round (its title) or a year (Kolada). */
export interface TrendPoint {
  readonly label: string;
  /** Null: the round or year has no value ("saknas"). */
  readonly value: number | null;
  readonly roundId: string | null;
  readonly year: number | null;
}

export type TrendVerdict = 'better' | 'worse' | 'unchanged' | 'one-value' | 'no-values';

export interface IndicatorTrend {
  readonly points: readonly TrendPoint[];
  /** The last point with a value. */
  readonly latest: TrendPoint | null;
  /** Latest minus the value before it (null with fewer than two values). */
  readonly change: number | null;
  readonly verdict: TrendVerdict;
  /**
   * The share of the way from baseline to target the latest value has come (0 at the baseline,
   * 1 at the target; below 0 or above 1 past either), or null without both or a value.
   */
  readonly progress: number | null;
  /** True when the latest value meets the target in the indicator's direction; null: no target. */
  readonly targetMet: boolean | null;
}

/** The plan's rounds in order (opensAt, then id) with the indicator's value in each, if any. */
export function roundPoints(
  indicatorId: string,
  rounds: readonly ReportingRound[],
  values: readonly IndicatorValue[],
): TrendPoint[] {
  const byRound = new Map(
    values.filter((v) => v.indicatorId === indicatorId).map((v) => [v.roundId, v.value]),
  );
  return [...rounds]
    .sort((a, b) => (a.opensAt < b.opensAt ? -1 : a.opensAt > b.opensAt ? 1 : a.id < b.id ? -1 : 1))
    .map((r) => ({ label: r.title, value: byRound.get(r.id) ?? null, roundId: r.id, year: null }));
}

/** Kolada's years, oldest first, as points (a year without a value stays, as "saknas"). */
export function yearPoints(
  values: readonly { readonly year: number; readonly value: number | null }[],
): TrendPoint[] {
  return [...values]
    .sort((a, b) => a.year - b.year)
    .map((v) => ({ label: String(v.year), value: v.value, roundId: null, year: v.year }));
}

const EPSILON = 1e-9;

/** Keeps only the points from the first one with a value on (leading empty rounds say nothing). */
function fromFirstValue(points: readonly TrendPoint[]): TrendPoint[] {
  const first = points.findIndex((p) => p.value !== null);
  return first < 0 ? [] : points.slice(first);
}

export function indicatorTrend(
  indicator: Pick<PlanIndicator, 'direction' | 'baseline' | 'target'>,
  allPoints: readonly TrendPoint[],
): IndicatorTrend {
  const points = fromFirstValue(allPoints);
  const withValue = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const latest = withValue.at(-1) ?? null;
  const previous = withValue.at(-2) ?? null;
  const higher = indicator.direction === 'higher-is-better';
  const change = latest !== null && previous !== null ? latest.value - previous.value : null;
  const verdict: TrendVerdict =
    latest === null
      ? 'no-values'
      : change === null
        ? 'one-value'
        : Math.abs(change) < EPSILON
          ? 'unchanged'
          : change > 0 === higher
            ? 'better'
            : 'worse';
  const { baseline, target } = indicator;
  const span = baseline !== null && target !== null ? target.value - baseline.value : null;
  const progress =
    latest !== null && baseline !== null && span !== null && Math.abs(span) > EPSILON
      ? (latest.value - baseline.value) / span
      : null;
  const targetMet =
    latest === null || target === null
      ? null
      : higher
        ? latest.value >= target.value
        : latest.value <= target.value;
  return { points, latest, change, verdict, progress, targetMet };
}
