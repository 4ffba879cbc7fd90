import type { IndicatorValue } from '../indicators/indicator-types';
import type { KoladaCache } from './kolada-cache.port';

/**
 * Indicator values per round and the last good Kolada series (issue 19, decision 0026).
 * SQLite locally, SharePoint lists (Mått-värden, Kolada-cache) in production; one contract
 * suite for both (tests/contract/indicator-store.contract.test.ts).
 */
export interface IndicatorStore {
  /**
   * Stores the value of an indicator for a round, replacing what the same plan, indicator and
   * round held (the last entry wins; `enteredBy*`/`enteredAt` say whose it is).
   */
  saveValue(value: IndicatorValue): Promise<IndicatorValue>;
  /** Every value of the plan's indicators, ordered by indicator id, then round id. */
  listValues(planId: string): Promise<IndicatorValue[]>;
  /** Kolada series kept in the store (see KoladaCache's contract). */
  readonly koladaCache: KoladaCache;
}
