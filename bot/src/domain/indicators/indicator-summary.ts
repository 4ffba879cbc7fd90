/**
 * An indicator as the Resultat view, the export and the report draft show it (decision 0026):
 * its definition, who enters its values, where they come from, and its trend. Pure data.
 */
import type { PlanIndicator } from '../plan-file/plan-document';
import type { IndicatorTrend } from './indicator-trend';

export interface KoladaSource {
  readonly kpiId: string;
  /** Kolada's title of the KPI, when Kolada (or the cache) gave it. */
  readonly title: string | null;
  /** ok: fresh; stale: an earlier reading, Kolada not reachable now; saknas: nothing to show. */
  readonly status: 'ok' | 'stale' | 'saknas';
  /** ISO-8601 UTC: when Kolada answered; null when nothing was read. */
  readonly fetchedAt: string | null;
  readonly municipalityId: string;
  /** Why it is stale or missing (Swedish, English); null when ok. */
  readonly reason: string | null;
  readonly reasonEn: string | null;
}

/** The plan's indicator as a view shows it: its organisation named, its Kolada source, its trend. */
export interface IndicatorSummary extends Omit<PlanIndicator, 'organisation' | 'koladaKpi'> {
  readonly organisation: { readonly id: string; readonly name: string } | null;
  /** Set for an indicator that names a Kolada KPI. */
  readonly kolada: KoladaSource | null;
  readonly trend: IndicatorTrend;
  /** Defined in the plan file, or by Samordning in the tab (decision 0032). */
  readonly origin: 'plan' | 'tab';
  /** The activity it follows up, or null (a goal or the whole plan). */
  readonly activityId: string | null;
}
