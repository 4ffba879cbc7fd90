/**
 * Kolada, the open database of municipal key figures (nyckeltal, KPIs) run by RKA: a plan's
 * indicator may name a Kolada KPI id (`PlanIndicator.koladaKpi`), and its values for the
 * municipality are read from Kolada's open API. Production reads Kolada over HTTP (no key);
 * tests read a fake with Kolada's response shapes. See docs/decisions/0020-kolada.md.
 *
 * The contract for every KoladaReader:
 * - it never throws for anything Kolada or the network does (down, slow, throttled, a 5xx, an
 *   unreadable answer): those come back as `kind: 'unavailable'` with a reason, so a view or a
 *   report draft can say "saknas" and why, never show an error page;
 * - `detail` is for logs only, never for users (it may hold URLs and status lines);
 * - values come per year, oldest first, one per year at most; a year Kolada has no value for is
 *   either absent or present with `value: null` (Kolada's own "no value" row, often with a
 *   status such as "Missing") — both mean "saknas";
 * - `value` is the total (Kolada's gender "T"), never a women's or men's figure.
 */

/** A Kolada KPI id: one capital letter and five digits (`N00945`), as the plan file checks. */
export const KOLADA_KPI_ID = /^[A-Z]\d{5}$/;

/**
 * A Kolada municipality id: four digits (`1280` is Malmö, `0000` the whole country), or a
 * municipality group (`G` and digits).
 */
export const KOLADA_MUNICIPALITY_ID = /^(\d{4}|G\d{1,9})$/;

/** What Kolada says about a KPI (its metadata), in domain terms. */
export interface KoladaKpi {
  readonly id: string;
  /** Kolada's title, Swedish, e.g. "Invånare totalt, antal" (the unit often ends the title). */
  readonly title: string;
  readonly description: string | null;
  /** Kolada's verksamhetsområde, e.g. "Befolkning". */
  readonly operatingArea: string | null;
  /** Kolada's unit when it sends one (API v2 did; v3 may not); the plan's own unit rules. */
  readonly unit: string | null;
  /** True when Kolada may also have figures for women and men. */
  readonly dividedByGender: boolean;
  /** Kolada's `publication_date` (`YYYY-MM-DD`), its planned (next) publication. */
  readonly publicationDate: string | null;
}

/** One year's total for the municipality. */
export interface KpiYearValue {
  readonly year: number;
  /** The total (gender "T"); null when Kolada has a row for the year but no value. */
  readonly value: number | null;
  /** Kolada's status for the value ("Missing", …); null when Kolada left it empty. */
  readonly status: string | null;
}

/** Which years to read, both included. */
export interface YearRange {
  readonly fromYear: number;
  readonly toYear: number;
}

/** A KPI's values for one municipality over a range of years, as Kolada gave them. */
export interface KpiSeries {
  readonly kpi: KoladaKpi;
  readonly municipalityId: string;
  readonly years: YearRange;
  /** Oldest first, one entry per year at most, only years inside `years`. */
  readonly values: readonly KpiYearValue[];
  /** ISO-8601 UTC: when Kolada answered (the source date to show: "hämtad 3 december"). */
  readonly fetchedAt: string;
}

/**
 * Why Kolada could not be read:
 * - unreachable: no connection (refused, reset, DNS);
 * - timeout: Kolada did not answer in time;
 * - rate-limited: Kolada answered 429 past the retry budget;
 * - server-error: Kolada answered 5xx past the retry budget;
 * - not-found: Kolada has no such KPI (or the id is not a Kolada id);
 * - bad-response: Kolada answered something this adapter cannot read (not JSON, another
 *   shape, an unexpected status, too many pages).
 */
export type KoladaFailure =
  'unreachable' | 'timeout' | 'rate-limited' | 'server-error' | 'not-found' | 'bad-response';

/**
 * The answer to one read:
 * - ok: the series, straight from Kolada (`origin: 'kolada'`) or from a cache that is still
 *   within its time to live (`origin: 'cache'`); either way `series.fetchedAt` is when Kolada
 *   answered;
 * - stale: Kolada could not be read now, but an earlier good series is at hand: show it with its
 *   date ("senast hämtad 3 december") and, if wanted, why it is not fresher;
 * - unavailable: nothing to show: the value is "saknas", with the reason.
 */
export type KpiReading =
  | { readonly kind: 'ok'; readonly series: KpiSeries; readonly origin: 'kolada' | 'cache' }
  | {
      readonly kind: 'stale';
      readonly series: KpiSeries;
      readonly reason: KoladaFailure;
      readonly detail: string;
    }
  | { readonly kind: 'unavailable'; readonly reason: KoladaFailure; readonly detail: string };

export interface KoladaReader {
  /**
   * The KPI's metadata and its values for the municipality in the years given. Resolves for
   * every outcome (see the contract above); it rejects only for a programming error: a
   * municipality id that is not a Kolada id, or a year range that is not whole years from 1950 to
   * 2100, `fromYear` ≤ `toYear`, at most 100 years. A KPI id that is not a Kolada id resolves
   * as `unavailable` / `not-found` without asking Kolada.
   */
  readKpi(kpiId: string, municipalityId: string, years: YearRange): Promise<KpiReading>;
}

/** Throws a RangeError when the arguments break the contract of `readKpi` (see above). */
export function assertKoladaQuery(municipalityId: string, years: YearRange): void {
  if (!KOLADA_MUNICIPALITY_ID.test(municipalityId)) {
    throw new RangeError(`Not a Kolada municipality id: ${JSON.stringify(municipalityId)}`);
  }
  const { fromYear, toYear } = years;
  const whole = (y: number): boolean => Number.isInteger(y) && y >= 1950 && y <= 2100;
  if (!whole(fromYear) || !whole(toYear) || fromYear > toYear || toYear - fromYear >= 100) {
    throw new RangeError(`Not a year range for Kolada: ${fromYear}–${toYear}`);
  }
}
