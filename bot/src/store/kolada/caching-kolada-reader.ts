import { systemClock, type Clock } from '../../domain/ports/clock.port';
import { koladaCacheKey, type KoladaCache } from '../../domain/ports/kolada-cache.port';
import {
  assertKoladaQuery,
  type KoladaFailure,
  type KoladaReader,
  type KpiReading,
  type KpiSeries,
  type YearRange,
} from '../../domain/ports/kolada.port';

export interface CachingKoladaOptions {
  /** A cached series younger than this is served without asking Kolada (default 24 h). */
  readonly ttlMs?: number;
  /**
   * After a failed read, the same query does not ask Kolada again for this long (default 5 min):
   * while Kolada is down, views answer at once instead of waiting out timeouts on every render.
   */
  readonly failureCooldownMs?: number;
  /** A bound on the failures remembered for the cool-down (default 1000; oldest dropped). */
  readonly maxRememberedFailures?: number;
  readonly clock?: Clock;
  /** Told when the cache fails (the read goes on without it); for logs. */
  readonly onCacheError?: (operation: 'get' | 'put', key: string, error: unknown) => void;
}

interface RememberedFailure {
  readonly reason: KoladaFailure;
  readonly detail: string;
  readonly at: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A KoladaReader in front of another, with a KoladaCache:
 * - a cached series within its time to live is served as `ok` / `origin: 'cache'`, Kolada unasked;
 * - otherwise Kolada is asked; a good answer is cached and served;
 * - when Kolada fails, the last good series is served as `stale` with its date and the reason
 *   (or, with nothing cached, `unavailable`), and the query rests for the cool-down;
 * - reads of the same query at the same time share one request to Kolada;
 * - a failing cache never fails a read (a miss; the live value unsaved).
 */
export class CachingKoladaReader implements KoladaReader {
  private readonly ttlMs: number;
  private readonly cooldownMs: number;
  private readonly maxRemembered: number;
  private readonly clock: Clock;
  private readonly inFlight = new Map<string, Promise<KpiReading>>();
  private readonly failures = new Map<string, RememberedFailure>();

  constructor(
    private readonly inner: KoladaReader,
    private readonly cache: KoladaCache,
    private readonly options: CachingKoladaOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DAY_MS;
    this.cooldownMs = options.failureCooldownMs ?? 5 * 60 * 1000;
    this.maxRemembered = options.maxRememberedFailures ?? 1000;
    this.clock = options.clock ?? systemClock;
  }

  async readKpi(kpiId: string, municipalityId: string, years: YearRange): Promise<KpiReading> {
    assertKoladaQuery(municipalityId, years);
    const key = koladaCacheKey(kpiId, municipalityId, years);
    const running = this.inFlight.get(key);
    if (running !== undefined) return running;
    const reading = this.read(key, kpiId, municipalityId, years).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, reading);
    return reading;
  }

  private async read(
    key: string,
    kpiId: string,
    municipalityId: string,
    years: YearRange,
  ): Promise<KpiReading> {
    const cached = await this.cached(key);
    const now = this.clock.now().getTime();
    if (cached !== null && now - Date.parse(cached.fetchedAt) < this.ttlMs) {
      return { kind: 'ok', series: cached, origin: 'cache' };
    }
    const resting = this.failures.get(key);
    if (resting !== undefined && now - resting.at < this.cooldownMs) {
      const until = new Date(resting.at + this.cooldownMs).toISOString();
      return fallback(cached, resting.reason, `${resting.detail} (not asked again until ${until})`);
    }
    const live = await this.inner.readKpi(kpiId, municipalityId, years);
    if (live.kind === 'unavailable') {
      this.remember(key, { reason: live.reason, detail: live.detail, at: now });
      return fallback(cached, live.reason, live.detail);
    }
    this.failures.delete(key);
    if (live.kind === 'ok') await this.store(key, live.series);
    return live;
  }

  private async cached(key: string): Promise<KpiSeries | null> {
    try {
      return await this.cache.get(key);
    } catch (error) {
      this.options.onCacheError?.('get', key, error);
      return null;
    }
  }

  private async store(key: string, series: KpiSeries): Promise<void> {
    try {
      await this.cache.put(key, series);
    } catch (error) {
      this.options.onCacheError?.('put', key, error);
    }
  }

  private remember(key: string, failure: RememberedFailure): void {
    this.failures.delete(key);
    this.failures.set(key, failure);
    for (const oldest of this.failures.keys()) {
      if (this.failures.size <= this.maxRemembered) break;
      this.failures.delete(oldest);
    }
  }
}

function fallback(cached: KpiSeries | null, reason: KoladaFailure, detail: string): KpiReading {
  return cached === null
    ? { kind: 'unavailable', reason, detail }
    : { kind: 'stale', series: cached, reason, detail };
}
