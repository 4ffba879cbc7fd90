import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Supplies app-only access tokens for Graph (MSAL certificate/secret or managed identity). */
export interface TokenProvider {
  getAccessToken(): Promise<string>;
}

/** Graph requests counted per kind, for the bench and tests. A `$batch` is one write. */
export class GraphRequestCounter {
  reads = 0;
  writes = 0;
  get total(): number {
    return this.reads + this.writes;
  }
  reset(): void {
    this.reads = 0;
    this.writes = 0;
  }
  snapshot(): { reads: number; writes: number } {
    return { reads: this.reads, writes: this.writes };
  }
}

abstract class Chained implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected async forward(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('Graph middleware chain has no end');
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
  headers.set(name, value);
  options.headers = Object.fromEntries(headers.entries());
}

/** Adds `Authorization: Bearer …` from the token provider. */
export class BearerMiddleware extends Chained {
  constructor(private readonly tokens: TokenProvider) {
    super();
  }
  async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.tokens.getAccessToken()}`);
    await this.forward(context);
  }
}

/** Counts every HTTP request that leaves the process (retries included). */
export class CountingMiddleware extends Chained {
  constructor(private readonly counter: GraphRequestCounter) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    if (method === 'GET') this.counter.reads += 1;
    else this.counter.writes += 1;
    await this.forward(context);
  }
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** No retry is started if waiting for it would pass this much time since the first attempt. */
  readonly maxTotalMs: number;
  /** Back-off when the answer has no Retry-After (doubles per attempt). */
  readonly baseDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, maxTotalMs: 30_000, baseDelayMs: 500 };

/**
 * Honours `Retry-After` (seconds or HTTP date) on 429/503/504, with bounded attempts and a
 * bounded total time. Writes (POST/PATCH) are retried only on 429 and 503, which Graph
 * answers before doing anything; other failures of a write are left to the write outbox,
 * which checks idempotency keys before trying again. Reads are also retried on 500/502/504.
 */
export class RetryAfterMiddleware extends Chained {
  constructor(private readonly policy: RetryPolicy = DEFAULT_RETRY) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const started = Date.now();
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const sleep = this.policy.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1; ; attempt += 1) {
      await this.forward(context);
      const response = context.response;
      if (response === undefined || !retryable(response.status, method)) return;
      const wait =
        retryAfterMs(response.headers.get('Retry-After')) ??
        this.policy.baseDelayMs * 2 ** (attempt - 1);
      if (attempt >= this.policy.maxAttempts) return;
      if (Date.now() - started + wait > this.policy.maxTotalMs) return;
      await response.body?.cancel();
      await sleep(wait);
    }
  }
}

function retryable(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  return method === 'GET' && (status === 500 || status === 502 || status === 504);
}

/** Milliseconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
