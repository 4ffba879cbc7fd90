import type { IndicatorDefinition } from '../indicators/indicator-definition';
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
  /** Indicators defined by Samordning in the tab (decision 0032). */
  readonly definitions: IndicatorDefinitionStore;
  /** Kolada series kept in the store (see KoladaCache's contract). */
  readonly koladaCache: KoladaCache;
}

/** The tab's indicator definitions, per plan (decision 0032). */
export interface IndicatorDefinitionStore {
  /** The plan's definitions, removed ones included (`removedAt` set), ordered by id. */
  list(planId: string): Promise<IndicatorDefinition[]>;
  /**
   * Creates or replaces the definition with the same plan and id; removing is saving it with
   * `removedAt` (nothing is deleted, so values entered for it keep their indicator).
   */
  save(definition: IndicatorDefinition): Promise<IndicatorDefinition>;
}
