/**
 * Indicators (decision 0026): their values and the Kolada cache live beside the store, on the
 * same backend; Kolada is read over HTTP (SAMORDNA_KOLADA_URL) for the configured municipality
 * (SAMORDNA_KOLADA_MUNICIPALITY), through a cache kept in the store.
 */
import type { Config } from './config';
import type { Clock } from './domain/ports/clock.port';
import type { IndicatorStore } from './domain/ports/indicator-store.port';
import type { StorePort } from './domain/ports/store.port';
import type { IndicatorDeps } from './domain/services/indicator-service';
import type { Logger } from './logging';
import { parseRetryAfter, retryDelayMs, type BackoffPolicy } from './rhythm/backoff';
import { CachingKoladaReader } from './store/kolada/caching-kolada-reader';
import { KoladaClient } from './store/kolada/kolada-client';

/** Kolada's back-off: a few quick tries, then "saknas" (a view never waits long). */
export const KOLADA_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 8_000, maxAttempts: 3 };

export function openIndicators(
  config: Pick<Config, 'kolada'>,
  indicators: IndicatorStore,
  store: StorePort,
  clock: Clock,
  logger: Logger,
): IndicatorDeps {
  const client = new KoladaClient({
    baseUrl: config.kolada.baseUrl,
    clock,
    backoff: {
      maxAttempts: KOLADA_BACKOFF.maxAttempts,
      delayMs: (failed, retryAfter) =>
        retryDelayMs(failed, KOLADA_BACKOFF, Math.random, retryAfter),
      retryAfterMs: parseRetryAfter,
    },
  });
  const kolada = new CachingKoladaReader(client, indicators.koladaCache, {
    clock,
    onCacheError: (operation, key, error) =>
      logger.warn({ event: 'kolada-cache-error', operation, key, err: error }, 'Kolada cache'),
  });
  return { store, indicators, kolada, municipalityId: config.kolada.municipalityId };
}
