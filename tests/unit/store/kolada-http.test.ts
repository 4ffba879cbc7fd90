/**
 * KoladaHttp's edges with a stand-in fetch (no network): which page links it follows, the body
 * bound, and how statuses and lost connections map to reasons.
 */
import {
  KoladaHttp,
  type FetchFunction,
  type KoladaHttpOptions,
} from '../../../bot/src/store/kolada/kolada-http';
import { koladaBackoff } from '../../helpers/kolada';

const BASE = 'https://api.kolada.se/v3';

type Answer = Response | (() => Response) | Error;

/** A fetch that answers each URL from `answers` (a list is used in turn) and records the URLs. */
function stubFetch(answers: Record<string, Answer | Answer[]>): {
  fetch: FetchFunction;
  urls: string[];
} {
  const urls: string[] = [];
  const fetchFn = (async (input: string | URL | Request) => {
    const url = String(input);
    urls.push(url);
    const entry = answers[url];
    const answer = Array.isArray(entry) ? entry.shift() : entry;
    if (answer === undefined) return new Response('{"detail":"Not Found"}', { status: 404 });
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer;
  }) as FetchFunction;
  return { fetch: fetchFn, urls };
}

const page = (values: unknown[], links: Record<string, string | null> = {}): Response =>
  Response.json({ count: values.length, values, next_url: null, previous_url: null, ...links });

function http(
  fetchFn: FetchFunction,
  options: Partial<Omit<KoladaHttpOptions, 'backoff'>> = {},
): KoladaHttp {
  return new KoladaHttp({
    baseUrl: BASE,
    fetch: fetchFn,
    backoff: koladaBackoff(() => 0.5),
    sleep: async () => undefined,
    ...options,
  });
}

async function all(h: KoladaHttp, path = '/kpi') {
  return h.getAllPages(path, h.deadline());
}

describe('KoladaHttp pages', () => {
  it("follows relative links, http links on Kolada's host, and the v2 name next_page", async () => {
    const { fetch, urls } = stubFetch({
      [`${BASE}/kpi`]: page([1], { next_url: '/v3/kpi?page=2' }),
      [`${BASE}/kpi?page=2`]: page([2], { next_url: 'http://api.kolada.se/v3/kpi?page=3' }),
      [`${BASE}/kpi?page=3`]: page([3], { next_url: null, next_page: `${BASE}/kpi?page=4` }),
      [`${BASE}/kpi?page=4`]: page([4], { next_url: '' }),
    });
    expect(await all(http(fetch))).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(urls).toHaveLength(4);
  });

  it.each([
    ['another host', 'https://kolada.example.org/v3/kpi?page=2'],
    ['another API path', 'https://api.kolada.se/v2/kpi?page=2'],
    ['not a URL', 'http://['],
  ])('does not follow a link to %s', async (_, link) => {
    const { fetch, urls } = stubFetch({ [`${BASE}/kpi`]: page([1], { next_url: link }) });
    expect(await all(http(fetch))).toMatchObject({ ok: false, reason: 'bad-response' });
    expect(urls).toEqual([`${BASE}/kpi`]);
  });

  it('stops at a link that loops and after the page bound', async () => {
    const loop = stubFetch({
      [`${BASE}/kpi`]: page([1], { next_url: `${BASE}/kpi?page=2` }),
      [`${BASE}/kpi?page=2`]: page([2], { next_url: `${BASE}/kpi` }),
    });
    expect(await all(http(loop.fetch))).toMatchObject({ ok: false, detail: /loops/ });

    const endless = stubFetch({});
    const many = (async (input: string | URL | Request) => {
      const n = Number(new URL(String(input)).searchParams.get('page') ?? '1');
      return endless.fetch(input).then(() => page([n], { next_url: `${BASE}/kpi?page=${n + 1}` }));
    }) as FetchFunction;
    expect(await all(http(many, { maxPages: 3 }))).toMatchObject({
      ok: false,
      reason: 'bad-response',
      detail: /more than 3 pages/,
    });
    expect(endless.urls).toHaveLength(3);
  });
});

describe('KoladaHttp answers', () => {
  it('refuses a body over the bound, by Content-Length or as it streams', async () => {
    const declared = stubFetch({
      [`${BASE}/kpi`]: new Response('{}', { headers: { 'content-length': '5000' } }),
    });
    expect(await all(http(declared.fetch, { maxBodyBytes: 1000 }))).toMatchObject({
      reason: 'bad-response',
      detail: /over 1000 bytes/,
    });
    const chunk = new TextEncoder().encode('x'.repeat(600));
    const stream = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(chunk);
            controller.enqueue(chunk);
            controller.close();
          },
        }),
      );
    const streamed = stubFetch({ [`${BASE}/kpi`]: stream });
    expect(await all(http(streamed.fetch, { maxBodyBytes: 1000 }))).toMatchObject({
      reason: 'bad-response',
    });
  });

  it.each([
    [404, 'not-found'],
    [410, 'bad-response'],
    [422, 'bad-response'],
    [302, 'bad-response'],
  ])('maps HTTP %i to %s without retrying', async (status, reason) => {
    const { fetch, urls } = stubFetch({
      [`${BASE}/kpi`]: new Response('{"detail":"x"}', { status }),
    });
    expect(await all(http(fetch))).toMatchObject({ ok: false, reason });
    expect(urls).toHaveLength(1);
  });

  it('retries a lost connection and reads when it comes back', async () => {
    const reset = new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    const { fetch, urls } = stubFetch({ [`${BASE}/kpi`]: [reset, page(['ok'])] });
    expect(await all(http(fetch))).toEqual({ ok: true, value: ['ok'] });
    expect(urls).toHaveLength(2);

    const gone = stubFetch({ [`${BASE}/kpi`]: [reset, reset, reset] });
    expect(await all(http(gone.fetch))).toMatchObject({
      reason: 'unreachable',
      detail: /ECONNRESET/,
    });
    expect(gone.urls).toHaveLength(3);
  });

  it('refuses a base URL that is not http(s)', () => {
    const backoff = koladaBackoff(Math.random);
    expect(() => new KoladaHttp({ baseUrl: 'ftp://api.kolada.se/v3', backoff })).toThrow(
      RangeError,
    );
  });
});
