import { z } from 'zod';
import type { IndicatorDefinition } from '../../domain/indicators/indicator-definition';
import type { IndicatorValue } from '../../domain/indicators/indicator-types';
import type { KoladaCache } from '../../domain/ports/kolada-cache.port';
import type {
  IndicatorDefinitionStore,
  IndicatorStore,
} from '../../domain/ports/indicator-store.port';
import { sqliteCodec } from '../../codecs/record-codec';
import { indicatorDefinitionShape } from '../indicator-schemas';
import type { KpiSeries } from '../../domain/ports/kolada.port';
import { kpiSeriesFromRecord, kpiSeriesToRecord } from '../kolada/kpi-series-record';
import type { SqliteDatabase } from '../../sqlite/database';

const valueRow = z
  .object({
    plan_id: z.string(),
    indicator_id: z.string(),
    round_id: z.string(),
    value: z.number(),
    entered_by_user_id: z.string(),
    entered_by_name: z.string(),
    entered_at: z.string(),
  })
  .transform((r): IndicatorValue => ({
    planId: r.plan_id,
    indicatorId: r.indicator_id,
    roundId: r.round_id,
    value: r.value,
    enteredByUserId: r.entered_by_user_id,
    enteredByName: r.entered_by_name,
    enteredAt: r.entered_at,
  }));

const definitionCodec = sqliteCodec(indicatorDefinitionShape, {
  json: ['baseline', 'target'],
});
const definitionColumns = definitionCodec.columns;
const definitionUpsert = `INSERT INTO indicator_definitions (${definitionColumns.join(', ')})
  VALUES (${definitionColumns.map((c) => `@${c}`).join(', ')})
  ON CONFLICT(plan_id, id) DO UPDATE SET ${definitionColumns
    .filter((c) => c !== 'plan_id' && c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;

/**
 * Indicator values and the Kolada cache (migration 018) and the tab's indicator definitions
 * (migration 021) on the store's SQLite database.
 */
export class SqliteIndicatorStore implements IndicatorStore {
  readonly koladaCache: KoladaCache;
  readonly definitions: IndicatorDefinitionStore;

  constructor(private readonly db: SqliteDatabase) {
    this.definitions = {
      list: async (planId: string): Promise<IndicatorDefinition[]> =>
        this.db
          .prepare('SELECT * FROM indicator_definitions WHERE plan_id = ? ORDER BY id')
          .all(planId)
          .map((row) => definitionCodec.fromRow(row)),
      save: async (definition: IndicatorDefinition): Promise<IndicatorDefinition> => {
        this.db.prepare(definitionUpsert).run(definitionCodec.toRow(definition));
        return definition;
      },
    };
    this.koladaCache = {
      get: async (key: string): Promise<KpiSeries | null> => {
        const row = this.db.prepare('SELECT series FROM kolada_cache WHERE key = ?').get(key) as
          { series: string } | undefined;
        return row === undefined ? null : kpiSeriesFromRecord(row.series);
      },
      put: async (key: string, series: KpiSeries): Promise<void> => {
        this.db
          .prepare(
            `INSERT INTO kolada_cache (key, series) VALUES (?, ?)
             ON CONFLICT(key) DO UPDATE SET series = excluded.series`,
          )
          .run(key, kpiSeriesToRecord(series));
      },
    };
  }

  async saveValue(value: IndicatorValue): Promise<IndicatorValue> {
    this.db
      .prepare(
        `INSERT INTO indicator_values (plan_id, indicator_id, round_id, value, entered_by_user_id,
           entered_by_name, entered_at)
         VALUES (@plan_id, @indicator_id, @round_id, @value, @entered_by_user_id,
           @entered_by_name, @entered_at)
         ON CONFLICT(plan_id, indicator_id, round_id) DO UPDATE SET value = excluded.value,
           entered_by_user_id = excluded.entered_by_user_id,
           entered_by_name = excluded.entered_by_name, entered_at = excluded.entered_at`,
      )
      .run({
        plan_id: value.planId,
        indicator_id: value.indicatorId,
        round_id: value.roundId,
        value: value.value,
        entered_by_user_id: value.enteredByUserId,
        entered_by_name: value.enteredByName,
        entered_at: value.enteredAt,
      });
    return value;
  }

  async listValues(planId: string): Promise<IndicatorValue[]> {
    return this.db
      .prepare('SELECT * FROM indicator_values WHERE plan_id = ? ORDER BY indicator_id, round_id')
      .all(planId)
      .map((row) => valueRow.parse(row));
  }
}
