/**
 * The Kolada adapter against the Kolada fake (Kolada API v3's shapes, on localhost): a KPI's
 * values across several pages, Kolada's page-size cap and 25-year segments, unknown KPIs,
 * and every way Kolada can fail — down, slow, 429 with Retry-After, 5xx, malformed — each an
 * `unavailable` with its reason, never a thrown error.
 */
import { KoladaFake } from '../fakes/kolada-fake';
import { IFO_VIOLENCE, MALMO, POPULATION } from '../fakes/kolada-fake-data';
import { seriesOf, SteppingClock, testClient } from '../helpers/kolada';

const YEARS = { fromYear: 2015, toYear: 2024 };

describe('KoladaClient (Kolada fake)', () => {
  let fake: KoladaFake;
  beforeEach(async () => {
    fake = await KoladaFake.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  const dataCalls = (): typeof fake.requests =>
    fake.requests.filter((r) => r.path.includes('/data/'));

  it("reads a KPI's yearly totals for Malmö across several pages", async () => {
    const clock = new SteppingClock('2025-12-03T09:15:00.000Z');
    const { client } = testClient(fake.baseUrl, { perPage: 3, clock });
    const reading = await client.readKpi('N01951', MALMO, YEARS);
    expect(reading).toEqual({
      kind: 'ok',
      origin: 'kolada',
      series: {
        kpi: {
          id: 'N01951',
          title: 'Invånare totalt, antal',
          description: 'Antal invånare totalt i kommunen den 31/12. Källa: SCB.',
          operatingArea: 'Befolkning',
          unit: null,
          dividedByGender: true,
          publicationDate: '2025-03-20',
        },
        municipalityId: MALMO,
        years: YEARS,
        values: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
          year,
          value: POPULATION.data[MALMO]?.[year]?.T,
          status: null,
        })),
        fetchedAt: '2025-12-03T09:15:00.000Z',
      },
    });
    // The metadata, then ten rows three to a page: four pages, the later ones by next_url.
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/v3/kpi/N01951',
      ...Array(4).fill(
        '/v3/data/kpi/N01951/municipality/1280/year/2015,2016,2017,2018,2019,2020,2021,2022,2023,2024',
      ),
    ]);
    expect(dataCalls().map((r) => [r.query.page, r.query.per_page])).toEqual([
      [undefined, '3'],
      ['2', '3'],
      ['3', '3'],
      ['4', '3'],
    ]);
  });

  it("follows the pages when Kolada's page size is below the one asked for", async () => {
    await fake.close();
    fake = await KoladaFake.start({ maxPerPage: 4 });
    const { client } = testClient(fake.baseUrl);
    const series = seriesOf(await client.readKpi('N01951', MALMO, YEARS));
    expect(series.values.map((v) => v.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(dataCalls().map((r) => r.query.per_page)).toEqual(['5000', '4', '4']);
  });

  it('asks for at most 25 years at a time', async () => {
    const { client } = testClient(fake.baseUrl);
    const series = seriesOf(
      await client.readKpi('N01951', MALMO, { fromYear: 2000, toYear: 2026 }),
    );
    expect(series.values.map((v) => v.year)).toEqual(
      Array.from({ length: 13 }, (_, i) => 2012 + i),
    );
    const segments = dataCalls().map((r) => r.path.split('/year/')[1]?.split(',') ?? []);
    expect(segments.map((s) => [s[0], s.length])).toEqual([
      ['2000', 25],
      ['2025', 2],
    ]);
  });

  it("keeps Kolada's missing and deleted values apart: null with its status, or no year", async () => {
    const { client } = testClient(fake.baseUrl);
    const series = seriesOf(await client.readKpi(IFO_VIOLENCE.id, MALMO, YEARS));
    expect(series.kpi).toMatchObject({ dividedByGender: false, publicationDate: null });
    expect(series.values).toEqual([
      { year: 2019, value: 21.4, status: null },
      { year: 2020, value: 23.9, status: null },
      { year: 2021, value: null, status: 'Missing' },
      { year: 2022, value: 26.2, status: null },
      { year: 2024, value: 27.8, status: null },
    ]);
  });

  it('answers not-found for a KPI Kolada does not have, without asking for its data', async () => {
    const { client } = testClient(fake.baseUrl);
    const reading = await client.readKpi('N99999', MALMO, YEARS);
    expect(reading).toMatchObject({ kind: 'unavailable', reason: 'not-found' });
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([['/v3/kpi/N99999', 200]]);
  });

  it('answers not-found for an id that is not a Kolada id, without asking Kolada', async () => {
    const { client } = testClient(fake.baseUrl);
    expect(await client.readKpi('n01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'not-found',
    });
    expect(fake.requests).toEqual([]);
  });

  it('reads an empty series when Kolada has no values for the municipality', async () => {
    const { client } = testClient(fake.baseUrl);
    const series = seriesOf(await client.readKpi('N01951', '0180', YEARS));
    expect(series.values).toEqual([]);
  });

  it('refuses arguments outside its contract (a programming error, not a Kolada failure)', async () => {
    const { client } = testClient(fake.baseUrl);
    await expect(client.readKpi('N01951', 'Malmö', YEARS)).rejects.toThrow(RangeError);
    await expect(client.readKpi('N01951', MALMO, { fromYear: 2024, toYear: 2015 })).rejects.toThrow(
      RangeError,
    );
  });

  it('answers unreachable when Kolada is down, after a bounded number of tries', async () => {
    await fake.down();
    const { client, sleeps } = testClient(fake.baseUrl);
    const reading = await client.readKpi('N01951', MALMO, YEARS);
    expect(reading).toMatchObject({ kind: 'unavailable', reason: 'unreachable' });
    if (reading.kind === 'unavailable') expect(reading.detail).toContain('ECONNREFUSED');
    expect(sleeps).toHaveLength(2); // three tries in all
  });

  it('answers timeout when Kolada is slow, and does not wait it out again', async () => {
    fake.failNext({ kind: 'slow', delayMs: 5_000 });
    const { client, sleeps } = testClient(fake.baseUrl, { timeoutMs: 150 });
    expect(await client.readKpi('N01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'timeout',
    });
    expect(sleeps).toEqual([]);
  });

  it('waits out a 429 for as long as Retry-After says, then reads', async () => {
    fake.failNext({ kind: 'status', status: 429, retryAfter: '2' });
    const { client, sleeps } = testClient(fake.baseUrl);
    expect((await client.readKpi('N01951', MALMO, YEARS)).kind).toBe('ok');
    expect(sleeps).toEqual([2_000]);
    expect(fake.requests.slice(0, 2).map((r) => [r.path, r.status])).toEqual([
      ['/v3/kpi/N01951', 429],
      ['/v3/kpi/N01951', 200],
    ]);
  });

  it('answers rate-limited when Kolada goes on throttling, or asks for too long a wait', async () => {
    fake.failAlways({ kind: 'status', status: 429, retryAfter: '1' });
    const throttled = testClient(fake.baseUrl);
    expect(await throttled.client.readKpi('N01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'rate-limited',
    });
    expect(fake.requests).toHaveLength(3);

    fake.failAlways({ kind: 'status', status: 429, retryAfter: '3600' });
    const patient = testClient(fake.baseUrl);
    const reading = await patient.client.readKpi('N01951', MALMO, YEARS);
    expect(reading).toMatchObject({ kind: 'unavailable', reason: 'rate-limited' });
    expect(patient.sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(4);
  });

  it('retries a 503 with back-off and answers server-error when 5xx goes on', async () => {
    fake.failNext({ kind: 'status', status: 503 });
    const once = testClient(fake.baseUrl);
    expect((await once.client.readKpi('N01951', MALMO, YEARS)).kind).toBe('ok');
    expect(once.sleeps).toEqual([250]); // half of the first 500 ms window

    fake.failAlways({ kind: 'status', status: 500 });
    const always = testClient(fake.baseUrl);
    expect(await always.client.readKpi('N01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'server-error',
    });
    expect(always.sleeps).toEqual([250, 500]);
  });

  it('gives up retrying when the read would outlast its deadline', async () => {
    fake.failAlways({ kind: 'status', status: 503, retryAfter: '1' });
    const clock = new SteppingClock('2025-12-03T09:00:00.000Z');
    const { client, sleeps } = testClient(fake.baseUrl, { clock, deadlineMs: 1_500 });
    const reading = await client.readKpi('N01951', MALMO, YEARS);
    expect(reading).toMatchObject({ kind: 'unavailable', reason: 'server-error' });
    if (reading.kind === 'unavailable') expect(reading.detail).toContain('no time left');
    expect(sleeps).toEqual([1_000]);
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ['malformed JSON', { kind: 'malformed' } as const],
    ['another shape', { kind: 'wrong-shape' } as const],
    ['a 400', { kind: 'status', status: 400 } as const],
  ])('answers bad-response for %s, without retrying', async (_, fault) => {
    fake.failNext(fault);
    const { client, sleeps } = testClient(fake.baseUrl);
    expect(await client.readKpi('N01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'bad-response',
    });
    expect(sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails on a later page like on the first: no half series', async () => {
    fake.failNext({ kind: 'malformed' }, 1, 3); // the metadata and two pages pass, the third not
    const { client } = testClient(fake.baseUrl, { perPage: 3 });
    expect(await client.readKpi('N01951', MALMO, YEARS)).toMatchObject({
      kind: 'unavailable',
      reason: 'bad-response',
    });
    expect(dataCalls().map((r) => r.query.page)).toEqual([undefined, '2', '3']);
  });
});
