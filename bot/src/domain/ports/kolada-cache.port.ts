import type { KpiSeries, YearRange } from './kolada.port';

/**
 * Where the last good Kolada series are kept, so a value can still be shown with its date when
 * Kolada cannot be reached. In memory for tests and local mode; the store (SQLite, SharePoint)
 * can back it in production. The caching KoladaReader decides what is fresh (its time to live);
 * the cache only keeps what it is given.
 *
 * Contract:
 * - `get` returns the series last `put` under the key, or null; it may forget entries (a bounded
 *   cache drops the least recently used), but never returns a series put under another key;
 * - `put` replaces what the key held;
 * - both may reject when the backing store fails; the caching reader then goes on without the
 *   cache (a miss, or the live value unsaved) and never fails a read because of it.
 */
export interface KoladaCache {
  get(key: string): Promise<KpiSeries | null>;
  put(key: string, series: KpiSeries): Promise<void>;
}

/** The cache key of one read: KPI, municipality and years (format versioned with `v1`). */
export function koladaCacheKey(kpiId: string, municipalityId: string, years: YearRange): string {
  return `kolada:v1:${kpiId}:${municipalityId}:${years.fromYear}-${years.toYear}`;
}
