import { koladaCacheKey } from '../../../bot/src/domain/ports/kolada-cache.port';
import type { KpiSeries } from '../../../bot/src/domain/ports/kolada.port';
import { InMemoryKoladaCache } from '../../../bot/src/store/kolada/in-memory-kolada-cache';
import { yearChunks } from '../../../bot/src/store/kolada/kolada-client';
import {
  kpiSeriesFromRecord,
  kpiSeriesToRecord,
} from '../../../bot/src/store/kolada/kpi-series-record';

const series = (value: number | null, fetchedAt = '2025-12-03T09:00:00.000Z'): KpiSeries => ({
  kpi: {
    id: 'N01951',
    title: 'Invånare totalt, antal',
    description: null,
    operatingArea: 'Befolkning',
    unit: null,
    dividedByGender: true,
    publicationDate: '2025-03-20',
  },
  municipalityId: '1280',
  years: { fromYear: 2023, toYear: 2024 },
  values: [
    { year: 2023, value, status: value === null ? 'Missing' : null },
    { year: 2024, value: 365_600, status: null },
  ],
  fetchedAt,
});

describe('InMemoryKoladaCache', () => {
  it('keeps what was put under its key, and a copy of it', async () => {
    const cache = new InMemoryKoladaCache();
    const original = series(1);
    await cache.put('a', original);
    expect(await cache.get('a')).toEqual(original);
    expect(await cache.get('b')).toBeNull();
    const first = (await cache.get('a'))?.values[0];
    if (first === undefined) throw new Error('no first value');
    (first as { value: number | null }).value = 99;
    expect(await cache.get('a')).toEqual(original);
    await cache.put('a', series(2));
    expect((await cache.get('a'))?.values[0]?.value).toBe(2);
  });

  it('drops the least recently used entry past its bound', async () => {
    const cache = new InMemoryKoladaCache(2);
    await cache.put('a', series(1));
    await cache.put('b', series(2));
    await cache.get('a'); // a is now more recent than b
    await cache.put('c', series(3));
    expect(cache.size).toBe(2);
    expect(await cache.get('b')).toBeNull();
    expect(await cache.get('a')).not.toBeNull();
    expect(await cache.get('c')).not.toBeNull();
    expect(() => new InMemoryKoladaCache(0)).toThrow(RangeError);
  });
});

describe('the stored record of a series', () => {
  it('round-trips, null values and statuses included', () => {
    const original = series(null);
    expect(kpiSeriesFromRecord(kpiSeriesToRecord(original))).toEqual(original);
  });

  it.each([
    ['not JSON', '{"kpi":'],
    ['another shape', JSON.stringify({ values: [] })],
    ['a value that is text', kpiSeriesToRecord(series(1)).replace('"value":1', '"value":"1"')],
    ['a date that is not one', kpiSeriesToRecord(series(1, 'igår'))],
  ])('is a miss when the record is %s', (_, record) => {
    expect(kpiSeriesFromRecord(record)).toBeNull();
  });
});

describe('Kolada query helpers', () => {
  it('keys a read by KPI, municipality and years', () => {
    const key = koladaCacheKey('N01951', '1280', { fromYear: 2020, toYear: 2024 });
    expect(key).toBe('kolada:v1:N01951:1280:2020-2024');
    expect(koladaCacheKey('N01951', '1280', { fromYear: 2021, toYear: 2024 })).not.toBe(key);
  });

  it('splits years into segments of at most 25', () => {
    const chunks = yearChunks({ fromYear: 1990, toYear: 2040 });
    expect(chunks.map((c) => [c[0], c[c.length - 1]])).toEqual([
      [1990, 2014],
      [2015, 2039],
      [2040, 2040],
    ]);
    expect(yearChunks({ fromYear: 2024, toYear: 2024 })).toEqual([[2024]]);
  });
});
