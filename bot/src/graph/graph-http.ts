import { Client, GraphError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import {
  BearerMiddleware,
  CountingMiddleware,
  DEFAULT_RETRY,
  GraphRequestCounter,
  RetryAfterMiddleware,
  retryAfterMs,
  type RetryPolicy,
  type TokenProvider,
} from './graph-middleware';

/** A failed Graph call: HTTP status and Graph's error code (never shown to users). */
export class GraphCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From the answer's Retry-After header, when it had one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`Graph ${status} ${code}: ${message}`);
    this.name = 'GraphCallError';
  }
  /** Worth trying again later (throttled, unavailable, timeout, network). */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export interface GraphHttpOptions {
  /** `https://graph.microsoft.com` in a tenant; the fake's URL in tests. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly counter?: GraphRequestCounter;
  readonly retry?: RetryPolicy;
}

export interface BatchRequest {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

/**
 * Graph over `@microsoft/microsoft-graph-client` with our middleware chain:
 * bearer token → Retry-After retries → request counting → fetch.
 */
export class GraphHttp {
  readonly counter: GraphRequestCounter;
  private readonly client: Client;

  constructor(options: GraphHttpOptions) {
    this.counter = options.counter ?? new GraphRequestCounter();
    this.client = Client.initWithMiddleware({
      baseUrl: options.baseUrl,
      defaultVersion: 'v1.0',
      middleware: [
        new BearerMiddleware(options.tokens),
        new RetryAfterMiddleware(options.retry ?? DEFAULT_RETRY),
        new CountingMiddleware(this.counter),
        new HTTPMessageHandler(),
      ],
    });
  }

  /** A path relative to `/v1.0/` (absolute nextLink/deltaLink URLs are accepted). */
  static relative(pathOrLink: string): string {
    const at = pathOrLink.indexOf('/v1.0/');
    return at >= 0 ? pathOrLink.slice(at + '/v1.0'.length) : pathOrLink;
  }

  async get<T = unknown>(path: string, headers: Record<string, string> = {}): Promise<T> {
    return this.call(() => this.client.api(GraphHttp.relative(path)).headers(headers).get());
  }

  async post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.call(() => this.client.api(path).post(body));
  }

  async patch<T = unknown>(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    return this.call(() => this.client.api(path).headers(headers).patch(body));
  }

  /** One `$batch` of at most 20 requests; per-request results come back in request order. */
  async batch(requests: readonly BatchRequest[]): Promise<BatchResponse[]> {
    if (requests.length > 20) throw new Error('A Graph $batch holds at most 20 requests');
    const answer = await this.post<{ responses: BatchResponse[] }>('/$batch', {
      requests: requests.map((r) => ({
        ...r,
        headers: { 'Content-Type': 'application/json', ...r.headers },
      })),
    });
    const byId = new Map(answer.responses.map((r) => [r.id, r]));
    return requests.map(
      (r) => byId.get(r.id) ?? { id: r.id, status: 0, body: { error: { code: 'missing' } } },
    );
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GraphError) {
        throw new GraphCallError(
          error.statusCode,
          error.code ?? 'unknown',
          error.message,
          retryAfterMs(error.headers?.get('Retry-After') ?? null),
        );
      }
      throw new GraphCallError(
        0,
        'network',
        error instanceof Error ? error.message : String(error),
      );
    }
  }
}
