import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphFakeCalendars } from './graph-fake-calendar';
import { FaultInjector, type FaultOptions } from './graph-fake-faults';
import { GraphFakeError } from './graph-fake-lists';
import { GraphFakeSite, type FakeResponse } from './graph-fake-site';
import { GraphFakeUsers } from './graph-fake-users';

/**
 * A Graph-semantics fake on port 0 for the SharePoint store adapter. It implements exactly
 * the subset the adapter uses (see graph-fake-site.ts) behind:
 * - an OAuth client-credentials token endpoint (`POST /{tenant}/oauth2/v2.0/token`); Graph
 *   calls need one of its bearer tokens;
 * - `Sites.Selected` least privilege: a client holds a role (`write` or `manage`) on ONE
 *   site; any call to another site or a tenant-wide endpoint is refused (403) and recorded in
 *   `violations`; `write` may read and write list items but not create lists or columns;
 * - fault injection modelled on Microsoft Dev Proxy (random errors with Retry-After, latency,
 *   a rate-limit window), see graph-fake-faults.ts;
 * - Microsoft 365 group calendars (`GET /groups/{id}/calendarView`), readable by a client
 *   holding an application permission such as Calendars.ReadBasic, see graph-fake-calendar.ts;
 * - Entra ID users (`GET /users?$search=…`, ConsistencyLevel: eventual), readable with
 *   User.ReadBasic.All and the like, see graph-fake-users.ts.
 */

export interface GraphFakeClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly role: 'write' | 'manage';
  /** Tenant-wide application permissions besides the site role, e.g. Calendars.ReadBasic. */
  readonly permissions?: readonly string[];
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly at: number;
}

export interface GraphFakeOptions {
  readonly clients?: readonly GraphFakeClient[];
  readonly faults?: FaultOptions;
}

export const FAKE_TENANT = '11111111-2222-3333-4444-555555555555';
export const WRITER: GraphFakeClient = {
  clientId: 'samordna-writer',
  clientSecret: 'writer-secret',
  role: 'write',
};
export const PROVISIONER: GraphFakeClient = {
  clientId: 'samordna-provisioner',
  clientSecret: 'provisioner-secret',
  role: 'manage',
};

export class GraphFake {
  readonly site = new GraphFakeSite('contoso.sharepoint.com', '/sites/samordna');
  readonly calendars = new GraphFakeCalendars(() => this.url);
  readonly users = new GraphFakeUsers();
  readonly faults: FaultInjector;
  /** Every Graph call (batch sub-requests included), in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Calls `Sites.Selected` (write on the one site) would not allow. */
  readonly violations: RecordedRequest[] = [];
  private readonly tokens = new Map<string, GraphFakeClient>();
  private readonly clients: readonly GraphFakeClient[];

  private constructor(
    private readonly server: Server,
    options: GraphFakeOptions,
  ) {
    this.clients = options.clients ?? [WRITER, PROVISIONER];
    this.faults = new FaultInjector(options.faults ?? {});
  }

  static async start(options: GraphFakeOptions = {}): Promise<GraphFake> {
    const server = createServer();
    const fake = new GraphFake(server, options);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Graph base URL (the adapter appends `/v1.0/...`). */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  get tokenUrl(): string {
    return `${this.url}/${FAKE_TENANT}/oauth2/v2.0/token`;
  }
  get siteUrl(): string {
    return this.site.webUrl;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'POST' && url.pathname === `/${FAKE_TENANT}/oauth2/v2.0/token`) {
      send(res, this.issueToken(body));
      return;
    }
    const client = this.tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (client === undefined) {
      send(res, error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.'));
      return;
    }
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const headers = {
      prefer: header(req, 'prefer'),
      ifMatch: header(req, 'if-match'),
      consistencyLevel: header(req, 'consistencylevel'),
    };
    const response =
      req.method === 'POST' && path === '/$batch'
        ? await this.batch(client, body)
        : await this.call(client, req.method ?? 'GET', path + url.search, body, headers);
    send(res, response);
  }

  private issueToken(body: string): FakeResponse {
    const form = new URLSearchParams(body);
    const client = this.clients.find(
      (c) => c.clientId === form.get('client_id') && c.clientSecret === form.get('client_secret'),
    );
    if (form.get('grant_type') !== 'client_credentials' || client === undefined) {
      return { status: 401, body: { error: 'invalid_client' } };
    }
    const token = randomUUID();
    this.tokens.set(token, client);
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: token } };
  }

  /** One Graph call, through least privilege, fault injection and the site. */
  private async call(
    client: GraphFakeClient,
    method: string,
    pathAndQuery: string,
    body: string,
    headers: { prefer: string; ifMatch: string; consistencyLevel?: string },
  ): Promise<FakeResponse> {
    const path = pathAndQuery.split('?')[0] ?? '';
    const at = Date.now();
    const record = (status: number): void => {
      this.requests.push({ method, path: pathAndQuery, status, at });
    };
    if (this.calendars.handles(path)) {
      const fault = await this.faults.before(method, pathAndQuery, body);
      const response =
        fault ??
        this.calendars.handle(method, pathAndQuery, client.permissions ?? [], headers.prefer);
      record(response.status);
      return response;
    }
    if (this.users.handles(path)) {
      const fault = await this.faults.before(method, pathAndQuery, body);
      const response =
        fault ??
        this.users.handle(
          method,
          pathAndQuery,
          client.permissions ?? [],
          headers.consistencyLevel ?? '',
        );
      record(response.status);
      return response;
    }
    const allowed = this.site.allows(client.role, method, path);
    if (!allowed) {
      this.violations.push({ method, path: pathAndQuery, status: 403, at });
      record(403);
      return error(403, 'accessDenied', 'Either scp or roles claim need to be present.');
    }
    const fault = await this.faults.before(method, pathAndQuery, body);
    if (fault !== null) {
      record(fault.status);
      return fault;
    }
    let response: FakeResponse;
    try {
      response = this.site.handle(method, pathAndQuery, body, headers);
    } catch (e) {
      response =
        e instanceof GraphFakeError
          ? error(e.status, e.code, e.message)
          : error(500, 'generalException', String(e));
    }
    record(response.status);
    return response;
  }

  private async batch(client: GraphFakeClient, body: string): Promise<FakeResponse> {
    const parsed = JSON.parse(body) as {
      requests?: {
        id: string;
        method: string;
        url: string;
        body?: unknown;
        headers?: Record<string, string>;
      }[];
    };
    const requests = parsed.requests ?? [];
    if (requests.length > 20) {
      return error(400, 'BadRequest', 'The number of batch requests exceeds the limit of 20.');
    }
    const responses = [];
    for (const r of requests) {
      const h = r.headers ?? {};
      const inner = await this.call(
        client,
        r.method,
        r.url.startsWith('/') ? r.url : `/${r.url}`,
        r.body === undefined ? '' : JSON.stringify(r.body),
        { prefer: h['Prefer'] ?? h['prefer'] ?? '', ifMatch: h['If-Match'] ?? h['if-match'] ?? '' },
      );
      responses.push({
        id: r.id,
        status: inner.status,
        headers: inner.headers ?? {},
        body: inner.body,
      });
    }
    return { status: 200, body: { responses } };
  }
}

function error(status: number, code: string, message: string): FakeResponse {
  return { status, body: { error: { code, message } } };
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, response: FakeResponse): void {
  if (res.destroyed) return;
  res.writeHead(response.status, { 'Content-Type': 'application/json', ...response.headers });
  res.end(response.body === undefined ? '' : JSON.stringify(response.body));
}
