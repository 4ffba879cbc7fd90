/**
 * The Kolada fake keeps to Kolada API v3's documented shapes (docs/decisions/0020-kolada.md),
 * so the adapter's tests against it mean something: the envelope and its page links, the
 * page-size cap, unknown ids, the 25-item segments, unknown routes.
 */
import { KoladaFake } from '../fakes/kolada-fake';

describe('the Kolada fake', () => {
  let fake: KoladaFake;
  beforeAll(async () => {
    fake = await KoladaFake.start({ maxPerPage: 4 });
  });
  afterAll(async () => {
    await fake.close();
  });

  const get = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${fake.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('pages with count, absolute next_url and previous_url, capped at its page size', async () => {
    const path = '/data/kpi/N01951/municipality/1280/year/2015,2016,2017,2018,2019,2020';
    const first = await get(`${path}?per_page=5000`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ count: 4, previous_url: null });
    expect(first.body.values).toHaveLength(4);
    expect(first.body.next_url).toBe(`${fake.baseUrl}${path}?per_page=4&page=2`);
    const second = await get(`${path}?per_page=4&page=2`);
    expect(second.body).toMatchObject({ count: 2, next_url: null });
    expect(second.body.previous_url).toBe(`${fake.baseUrl}${path}?per_page=4&page=1`);
    expect(second.body.values).toEqual([
      expect.objectContaining({ kpi: 'N01951', municipality: '1280', period: 2019 }),
      expect.objectContaining({ period: 2020 }),
    ]);
  });

  it('answers an unknown KPI with no values, and lists every KPI without an id', async () => {
    expect((await get('/kpi/N99999')).body).toMatchObject({ count: 0, values: [] });
    expect((await get('/kpi?id=N99999,X90001')).body).toMatchObject({ count: 1 });
    expect((await get('/kpi')).body).toMatchObject({ count: 2 });
  });

  it('refuses more than 25 years in a segment, unknown routes and other methods', async () => {
    const years = Array.from({ length: 26 }, (_, i) => 2000 + i).join(',');
    expect((await get(`/data/kpi/N01951/municipality/1280/year/${years}`)).status).toBe(400);
    expect(await get('/data/kpi/N01951')).toEqual({ status: 404, body: { detail: 'Not Found' } });
    const v2 = await fetch(`${fake.baseUrl.replace(/\/v3$/, '')}/v2/kpi`);
    expect(v2.status).toBe(404);
    const post = await fetch(`${fake.baseUrl}/kpi`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
