import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from '../helpers/free-port';
import { FAKE_KPIS, kpiOnTheWire, rowOnTheWire, type FakeKpi } from './kolada-fake-data';

/**
 * Kolada API v3 on localhost, with its response shapes and paging:
 * - `GET /v3/kpi/{id,…}`, `GET /v3/kpi?id=…` and `GET /v3/kpi` (all): KPI metadata; unknown
 *   ids are left out, so an unknown KPI is a 200 with no values (as Kolada answers);
 * - `GET /v3/data/kpi/{kpi,…}/municipality/{m,…}[/year/{y,…}]` and
 *   `GET /v3/data/kpi/{kpi,…}/year/{y,…}`: data rows, ordered by KPI, municipality and year;
 * - every answer is the envelope `{ values, count, next_url, previous_url }`, paged by
 *   `page` (from 1) and `per_page` (default and cap `maxPerPage`, Kolada's is 5000);
 *   `count` is the number of values on the page; the page links are absolute URLs;
 * - more than 25 items in one comma-separated segment is a 400; an unknown route a 404
 *   `{"detail":"Not Found"}`; another method a 405.
 * Faults, for the next requests or all of them: a status (429 and 503 with Retry-After), slow
 * answers, malformed JSON, another shape; and `down()`, which closes the port (connection
 * refused) until `up()`.
 */

export type KoladaFault =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'wrong-shape' };

export interface KoladaFakeRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
}

export interface KoladaFakeOptions {
  readonly kpis?: readonly FakeKpi[];
  /** The largest page the fake serves, whatever `per_page` asks (default 5000, as Kolada). */
  readonly maxPerPage?: number;
}

const MAX_LIST = 25;

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const list = (segment: string): string[] => decodeURIComponent(segment).split(',');
const notFound: Answer = { status: 404, body: { detail: 'Not Found' } };
const tooMany: Answer = { status: 400, body: { detail: `at most ${MAX_LIST} ids per segment` } };

export class KoladaFake {
  /** Every request that reached the fake, in order (not those refused while down). */
  readonly requests: KoladaFakeRequest[] = [];
  private readonly kpis = new Map<string, FakeKpi>();
  /** Faults for the next requests in turn; null: that one is answered as usual. */
  private readonly queued: (KoladaFault | null)[] = [];
  private always: KoladaFault | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;
  private readonly maxPerPage: number;

  private constructor(
    private readonly port: number,
    options: KoladaFakeOptions,
  ) {
    for (const kpi of options.kpis ?? FAKE_KPIS) this.kpis.set(kpi.id, kpi);
    this.maxPerPage = options.maxPerPage ?? 5000;
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: KoladaFakeOptions = {}): Promise<KoladaFake> {
    const fake = new KoladaFake(await freePort(), options);
    await fake.up();
    return fake;
  }

  /** The API root to configure: `http://127.0.0.1:{port}/v3`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v3`;
  }

  /** After `after` more requests are answered as usual, the next `times` meet this fault. */
  failNext(fault: KoladaFault, times = 1, after = 0): void {
    for (let i = 0; i < after; i += 1) this.queued.push(null);
    for (let i = 0; i < times; i += 1) this.queued.push(fault);
  }

  /** Every request meets this fault until it is set back to null. */
  failAlways(fault: KoladaFault | null): void {
    this.always = fault;
  }

  /** Listens (again) on the fake's port. */
  async up(): Promise<void> {
    if (this.server.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Closes the port and every open connection: Kolada is unreachable (connection refused). */
  async down(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  async close(): Promise<void> {
    await this.down();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const next = this.queued.shift();
    const fault = next === undefined ? this.always : next;
    const record = (status: number): void => {
      this.requests.push({
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status,
      });
    };
    if (fault?.kind === 'slow') {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.answer(req, url, res, null, record);
      }, fault.delayMs);
      this.timers.add(timer);
      return;
    }
    this.answer(req, url, res, fault, record);
  }

  private answer(
    req: IncomingMessage,
    url: URL,
    res: ServerResponse,
    fault: KoladaFault | null,
    record: (status: number) => void,
  ): void {
    const send = (status: number, text: string, headers: Record<string, string> = {}): void => {
      record(status);
      // Two calls: restify, loaded in the same jest worker, patches writeHead to return nothing.
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(text);
    };
    if (fault?.kind === 'status') {
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
      return send(fault.status, JSON.stringify({ detail: `HTTP ${fault.status}` }), headers);
    }
    if (fault?.kind === 'malformed') return send(200, '{"values": [{"kpi": "N0');
    if (fault?.kind === 'wrong-shape') return send(200, JSON.stringify({ results: [] }));
    if (req.method !== 'GET') return send(405, JSON.stringify({ detail: 'Method Not Allowed' }));
    const routed = this.route(url);
    if (routed.status !== 200) return send(routed.status, JSON.stringify(routed.body));
    const paged = this.page(url, routed.body as unknown[]);
    return send(paged.status, JSON.stringify(paged.body));
  }

  private route(url: URL): Answer {
    const parts = url.pathname.split('/').filter((p) => p !== '');
    if (parts[0] !== 'v3') return notFound;
    const rest = parts.slice(1);
    if (rest[0] === 'kpi' && rest.length <= 2) {
      const asked = rest[1] ?? url.searchParams.get('id');
      const ids = asked === null ? [...this.kpis.keys()] : list(asked);
      return ids.length > MAX_LIST ? tooMany : { status: 200, body: this.metadata(ids) };
    }
    if (rest[0] === 'data' && rest[1] === 'kpi' && rest.length % 2 === 1 && rest.length >= 5) {
      const kpis = list(rest[2] ?? '');
      const dims = new Map<string, string[]>();
      for (let i = 3; i + 1 < rest.length; i += 2) dims.set(rest[i] ?? '', list(rest[i + 1] ?? ''));
      if (![...dims.keys()].every((d) => d === 'municipality' || d === 'year')) return notFound;
      if ([kpis, ...dims.values()].some((l) => l.length > MAX_LIST)) return tooMany;
      return { status: 200, body: this.data(kpis, dims.get('municipality'), dims.get('year')) };
    }
    return notFound;
  }

  private metadata(ids: readonly string[]): unknown[] {
    return ids.flatMap((id) => {
      const kpi = this.kpis.get(id);
      return kpi === undefined ? [] : [kpiOnTheWire(kpi)];
    });
  }

  private data(
    kpiIds: readonly string[],
    places?: readonly string[],
    years?: readonly string[],
  ): unknown[] {
    const rows: unknown[] = [];
    for (const kpi of [...this.kpis.values()].filter((k) => kpiIds.includes(k.id))) {
      for (const place of Object.keys(kpi.data).sort()) {
        if (places !== undefined && !places.includes(place)) continue;
        const byYear = kpi.data[place] ?? {};
        for (const year of Object.keys(byYear)
          .map(Number)
          .sort((a, b) => a - b)) {
          const figures = byYear[year];
          if (figures === undefined || (years !== undefined && !years.includes(String(year))))
            continue;
          rows.push(rowOnTheWire(kpi, place, year, figures));
        }
      }
    }
    return rows;
  }

  /** One page of `values` in Kolada's envelope, with absolute links to its neighbours. */
  private page(url: URL, values: readonly unknown[]): Answer {
    const page = Number(url.searchParams.get('page') ?? '1');
    const asked = Number(url.searchParams.get('per_page') ?? String(this.maxPerPage));
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(asked) || asked < 1) {
      return { status: 422, body: { detail: [{ loc: ['query'], msg: 'not a valid integer' }] } };
    }
    const perPage = Math.min(asked, this.maxPerPage);
    const slice = values.slice((page - 1) * perPage, page * perPage);
    const link = (n: number): string => {
      const target = new URL(`${url.pathname}${url.search}`, this.baseUrl);
      target.searchParams.set('page', String(n));
      target.searchParams.set('per_page', String(perPage));
      return target.href;
    };
    return {
      status: 200,
      body: {
        count: slice.length,
        values: slice,
        next_url: page * perPage < values.length ? link(page + 1) : null,
        previous_url: page > 1 ? link(page - 1) : null,
      },
    };
  }
}
