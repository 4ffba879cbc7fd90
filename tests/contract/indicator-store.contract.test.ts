/**
 * One contract suite for every IndicatorStore adapter (decision 0026): SQLite and SharePoint on
 * the Graph fake. Only the port is used here.
 */
import type { IndicatorDefinition } from '../../bot/src/domain/indicators/indicator-definition';
import type { IndicatorValue } from '../../bot/src/domain/indicators/indicator-types';
import type { IndicatorStore } from '../../bot/src/domain/ports/indicator-store.port';
import type { KpiSeries } from '../../bot/src/domain/ports/kolada.port';
import { SqliteIndicatorStore } from '../../bot/src/store/sqlite/sqlite-indicator-store';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

type Open = () => Promise<{
  indicators: IndicatorStore;
  /** Another instance on the same storage (what was written must be read back whole). */
  reopen: () => Promise<IndicatorStore>;
  close: () => Promise<void>;
}>;

const definition = (extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  planId: 'p1',
  id: 'anmalda-brott',
  name: 'Anmälda misshandelsbrott i nära relation',
  nameEn: 'Reported assaults in close relationships',
  description: 'Polisens statistik, helår.',
  unit: 'antal per 10 000 invånare',
  direction: 'lower-is-better',
  goal: 2,
  baseline: { value: 41.5, year: 2022 },
  target: { value: 35, year: 2026 },
  source: 'Polisen',
  organisation: 'grundskoleforvaltningen',
  koladaKpi: null,
  activityId: 'act-7',
  updatedByName: 'Lena Samordning',
  updatedAt: '2025-03-10T09:30:00.000Z',
  removedAt: null,
  ...extra,
});

const bare = definition({
  id: 'andel-chefer',
  nameEn: null,
  description: null,
  direction: 'higher-is-better',
  goal: null,
  baseline: null,
  target: null,
  source: null,
  organisation: null,
  koladaKpi: 'N00945',
  activityId: null,
});

const value = (extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
  planId: 'p1',
  indicatorId: 'utbildade-chefer',
  roundId: 'r-2025-1',
  value: 52.5,
  enteredByUserId: 'u-lena',
  enteredByName: 'Lena Samordning',
  enteredAt: '2025-03-10T09:30:00.000Z',
  ...extra,
});

const series = (fetchedAt: string): KpiSeries => ({
  kpi: {
    id: 'N00945',
    title: 'Invånare totalt, antal',
    description: null,
    operatingArea: 'Befolkning',
    unit: null,
    dividedByGender: true,
    publicationDate: '2026-03-20',
  },
  municipalityId: '1280',
  years: { fromYear: 2022, toYear: 2024 },
  values: [
    { year: 2022, value: 351749, status: null },
    { year: 2023, value: null, status: 'Missing' },
    { year: 2024, value: 362133, status: null },
  ],
  fetchedAt,
});

function indicatorStoreContract(open: Open): void {
  let indicators: IndicatorStore;
  let reopen: () => Promise<IndicatorStore>;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ indicators, reopen, close } = await open());
  });
  afterEach(async () => {
    await close();
  });

  it('keeps one value per plan, indicator and round, the last entry winning', async () => {
    expect(await indicators.listValues('p1')).toEqual([]);
    await indicators.saveValue(value());
    const corrected = value({
      value: 55,
      enteredByUserId: 'u-omar',
      enteredByName: 'Omar Samordnare',
      enteredAt: '2025-03-11T08:00:00.000Z',
    });
    expect(await indicators.saveValue(corrected)).toEqual(corrected);
    expect(await indicators.listValues('p1')).toEqual([corrected]);
  });

  it('lists a plan’s values by indicator, then round, and no other plan’s', async () => {
    const b2 = value({ indicatorId: 'b', roundId: 'r2', value: -3 });
    const a2 = value({ indicatorId: 'a', roundId: 'r2', value: 0 });
    const a1 = value({ indicatorId: 'a', roundId: 'r1', value: 1200 });
    const other = value({ planId: 'p2', indicatorId: 'a', roundId: 'r1' });
    for (const v of [b2, a2, other, a1]) await indicators.saveValue(v);
    expect(await indicators.listValues('p1')).toEqual([a1, a2, b2]);
    expect(await indicators.listValues('p2')).toEqual([other]);
    expect(await indicators.listValues('p3')).toEqual([]);
  });

  it('keeps the tab’s indicator definitions per plan, every field, the last save winning', async () => {
    expect(await indicators.definitions.list('p1')).toEqual([]);
    await indicators.definitions.save(definition());
    await indicators.definitions.save(bare);
    await indicators.definitions.save(definition({ planId: 'p2' }));
    const changed = definition({ target: { value: 30, year: 2026 }, activityId: null });
    expect(await indicators.definitions.save(changed)).toEqual(changed);
    expect(await indicators.definitions.list('p1')).toEqual([bare, changed]);
    const again = await reopen();
    expect(await again.definitions.list('p1')).toEqual([bare, changed]);
    expect(await again.definitions.list('p2')).toEqual([definition({ planId: 'p2' })]);
    expect(await again.definitions.list('p3')).toEqual([]);
  });

  it('keeps a removed definition, marked, so its values keep their name', async () => {
    await indicators.definitions.save(definition());
    const removed = definition({ removedAt: '2025-04-01T10:00:00.000Z' });
    await indicators.definitions.save(removed);
    expect(await (await reopen()).definitions.list('p1')).toEqual([removed]);
  });

  it('keeps Kolada series by key, the last put winning, with their nulls', async () => {
    expect(await indicators.koladaCache.get('k1')).toBeNull();
    await indicators.koladaCache.put('k1', series('2025-12-03T09:00:00.000Z'));
    expect(await indicators.koladaCache.get('k1')).toEqual(series('2025-12-03T09:00:00.000Z'));
    await indicators.koladaCache.put('k1', series('2025-12-04T09:00:00.000Z'));
    expect(await indicators.koladaCache.get('k1')).toEqual(series('2025-12-04T09:00:00.000Z'));
    expect(await indicators.koladaCache.get('k2')).toBeNull();
  });
}

const adapters: [string, Open][] = [
  [
    'SqliteIndicatorStore (:memory:)',
    async () => {
      const store = SqliteStore.open(':memory:');
      return {
        indicators: new SqliteIndicatorStore(store.database),
        reopen: async () => new SqliteIndicatorStore(store.database),
        close: () => store.close(),
      };
    },
  ],
  [
    'SharePointIndicatorStore (Graph fake)',
    async () => {
      const fake = await GraphFake.start();
      await provisionFake(fake);
      const store = await openFakeStore(fake);
      const others: { close: () => Promise<void> }[] = [];
      return {
        indicators: store.indicators,
        reopen: async () => {
          expect(await store.flush()).toBe(true);
          const other = await openFakeStore(fake);
          others.push(other);
          return other.indicators;
        },
        close: async () => {
          for (const other of others) await other.close();
          await store.close();
          expect(fake.violations).toEqual([]);
          await fake.close();
        },
      };
    },
  ],
];

describe.each(adapters)('IndicatorStore contract: %s', (_name, open) => {
  indicatorStoreContract(open);
});
