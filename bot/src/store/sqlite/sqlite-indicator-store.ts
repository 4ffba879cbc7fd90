import { z } from 'zod';
import type { IndicatorValue } from '../../domain/indicators/indicator-types';
import type { KoladaCache } from '../../domain/ports/kolada-cache.port';
import type { IndicatorStore } from '../../domain/ports/indicator-store.port';
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

/** Indicator values and the Kolada cache on the store's SQLite database (migration 018). */
export class SqliteIndicatorStore implements IndicatorStore {
  readonly koladaCache: KoladaCache;

  constructor(private readonly db: SqliteDatabase) {
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
