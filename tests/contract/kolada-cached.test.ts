/**
 * The caching Kolada reader in front of the real client and the Kolada fake: no request within
 * the time to live, the last good series served with its date when Kolada is down, a rest after
 * a failure, one request for simultaneous reads, and a failing cache that fails no read.
 */
import type { KoladaCache } from '../../bot/src/domain/ports/kolada-cache.port';
import type { KpiSeries } from '../../bot/src/domain/ports/kolada.port';
import {
  CachingKoladaReader,
  type CachingKoladaOptions,
} from '../../bot/src/store/kolada/caching-kolada-reader';
import { InMemoryKoladaCache } from '../../bot/src/store/kolada/in-memory-kolada-cache';
import { KoladaFake } from '../fakes/kolada-fake';
import { MALMO } from '../fakes/kolada-fake-data';
import { seriesOf, SteppingClock, testClient } from '../helpers/kolada';

const YEARS = { fromYear: 2020, toYear: 2024 };
const HOUR = 60 * 60 * 1000;
const FIRST_READ = '2025-12-03T09:00:00.000Z';

describe('CachingKoladaReader (Kolada fake)', () => {
  let fake: KoladaFake;
  let clock: SteppingClock;
  beforeEach(async () => {
    fake = await KoladaFake.start();
    clock = new SteppingClock(FIRST_READ);
  });
  afterEach(async () => {
    await fake.close();
  });

  const reader = (
    cache: KoladaCache = new InMemoryKoladaCache(),
    options: CachingKoladaOptions = {},
  ): CachingKoladaReader =>
    new CachingKoladaReader(testClient(fake.baseUrl, { clock }).client, cache, {
      clock,
      ...options,
    });

  const read = (r: CachingKoladaReader) => r.readKpi('N01951', MALMO, YEARS);

  it('does not ask Kolada again within the time to live', async () => {
    const cached = reader();
    const first = await read(cached);
    expect(first).toMatchObject({ kind: 'ok', origin: 'kolada' });
    const asked = fake.requests.length;
    expect(asked).toBe(2); // the metadata and one page of data

    clock.advance(23 * HOUR);
    const second = await read(cached);
    expect(second).toEqual({ ...first, origin: 'cache' });
    expect(fake.requests).toHaveLength(asked);

    clock.advance(2 * HOUR);
    const third = await read(cached);
    expect(third).toMatchObject({ kind: 'ok', origin: 'kolada' });
    expect(seriesOf(third).fetchedAt).toBe('2025-12-04T10:00:00.000Z');
    expect(fake.requests).toHaveLength(2 * asked);
  });

  it('serves the last good series with its date and the reason when Kolada is down', async () => {
    const cached = reader();
    const good = seriesOf(await read(cached));
    await fake.down();
    clock.advance(25 * HOUR);
    const reading = await read(cached);
    expect(reading).toMatchObject({ kind: 'stale', reason: 'unreachable' });
    expect(seriesOf(reading)).toEqual(good);
    expect(seriesOf(reading).fetchedAt).toBe(FIRST_READ);
  });

  it('answers unavailable with the reason when Kolada is down and nothing is cached', async () => {
    await fake.down();
    expect(await read(reader())).toMatchObject({ kind: 'unavailable', reason: 'unreachable' });
  });

  it('rests a failed query for the cool-down, then asks Kolada again', async () => {
    const cached = reader(new InMemoryKoladaCache(), { failureCooldownMs: 5 * 60_000 });
    fake.failAlways({ kind: 'status', status: 404 });
    expect(await read(cached)).toMatchObject({ kind: 'unavailable', reason: 'not-found' });
    const asked = fake.requests.length;

    fake.failAlways(null);
    clock.advance(4 * 60_000);
    const resting = await read(cached);
    expect(resting).toMatchObject({ kind: 'unavailable', reason: 'not-found' });
    if (resting.kind === 'unavailable') expect(resting.detail).toContain('not asked again until');
    expect(fake.requests).toHaveLength(asked);

    clock.advance(2 * 60_000);
    expect(await read(cached)).toMatchObject({ kind: 'ok', origin: 'kolada' });
    expect(fake.requests.length).toBeGreaterThan(asked);
  });

  it('asks Kolada once for reads of the same query at the same time', async () => {
    const cached = reader();
    const readings = await Promise.all([read(cached), read(cached), read(cached)]);
    expect(readings.map((r) => r.kind)).toEqual(['ok', 'ok', 'ok']);
    expect(fake.requests).toHaveLength(2);
    // Another query is its own read.
    await cached.readKpi('N01951', MALMO, { fromYear: 2021, toYear: 2024 });
    expect(fake.requests).toHaveLength(4);
  });

  it('fails no read when the cache fails, and says so', async () => {
    const broken: KoladaCache = {
      get: async () => {
        throw new Error('store down');
      },
      put: async (_key: string, _series: KpiSeries) => {
        throw new Error('store down');
      },
    };
    const told: string[] = [];
    const cached = reader(broken, { onCacheError: (operation) => told.push(operation) });
    expect(await read(cached)).toMatchObject({ kind: 'ok', origin: 'kolada' });
    expect(told).toEqual(['get', 'put']);
  });
});
