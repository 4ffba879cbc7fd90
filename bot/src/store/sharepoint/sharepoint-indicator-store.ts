import type { IndicatorDefinition } from '../../domain/indicators/indicator-definition';
import type { IndicatorValue } from '../../domain/indicators/indicator-types';
import type {
  IndicatorDefinitionStore,
  IndicatorStore,
} from '../../domain/ports/indicator-store.port';
import type { KoladaCache } from '../../domain/ports/kolada-cache.port';
import type { KpiSeries } from '../../domain/ports/kolada.port';
import { kpiSeriesFromRecord, kpiSeriesToRecord } from '../kolada/kpi-series-record';
import { readAll, replace } from './replica-writes';
import type { SharePointContext } from './sharepoint-context';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Indicator values in Mått-värden and Kolada series in Kolada-cache, on the store's read model
 * and write outbox. A value is an upsert on its key (plan, indicator, round): the last wins.
 */
export class SharePointIndicatorStore implements IndicatorStore {
  readonly koladaCache: KoladaCache;
  /** The tab's definitions in Mått-definitioner (decision 0032): an upsert on plan and id. */
  readonly definitions: IndicatorDefinitionStore;

  constructor(private readonly ctx: SharePointContext) {
    this.definitions = {
      list: async (planId: string): Promise<IndicatorDefinition[]> =>
        (await readAll(this.ctx, this.ctx.indicatorDefinitions))
          .filter((d) => d.planId === planId)
          .sort((a, b) => byText(a.id, b.id)),
      save: async (definition: IndicatorDefinition): Promise<IndicatorDefinition> => {
        await replace(this.ctx, this.ctx.indicatorDefinitions, definition);
        return definition;
      },
    };
    this.koladaCache = {
      get: async (key: string): Promise<KpiSeries | null> => {
        await this.ctx.fresh();
        const record = this.ctx.koladaCache.get(key)?.record;
        return record === undefined ? null : kpiSeriesFromRecord(record.series);
      },
      put: async (key: string, series: KpiSeries): Promise<void> => {
        await this.ctx.fresh();
        const base = this.ctx.koladaCache.get(key);
        await this.ctx.write(
          this.ctx.koladaCache,
          { key, series: kpiSeriesToRecord(series) },
          'upsert',
          base,
        );
      },
    };
  }

  async saveValue(value: IndicatorValue): Promise<IndicatorValue> {
    await replace(this.ctx, this.ctx.indicatorValues, value);
    return value;
  }

  async listValues(planId: string): Promise<IndicatorValue[]> {
    return (await readAll(this.ctx, this.ctx.indicatorValues))
      .filter((v) => v.planId === planId)
      .sort((a, b) => byText(a.indicatorId, b.indicatorId) || byText(a.roundId, b.roundId));
  }
}
