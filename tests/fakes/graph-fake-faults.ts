import type { FakeResponse } from './graph-fake-site';

/**
 * Fault injection modelled on Microsoft Dev Proxy's plugins:
 * - GenericRandomErrorPlugin: a share of requests (`failureRate`) fails with one of
 *   `statuses`; 429/503/504 carry `Retry-After`;
 * - LatencyPlugin: every request waits a random time in `latencyMs`;
 * - RateLimitingPlugin: more than `limit` requests in `windowMs` get 429 with Retry-After
 *   until the window resets.
 * Like Dev Proxy it notices a client that retries a throttled request before its
 * Retry-After has passed: the retry gets another 429 and is recorded in `earlyRetries`.
 */
export interface FaultOptions {
  readonly failureRate?: number;
  readonly statuses?: readonly number[];
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: readonly [number, number];
  readonly rateLimit?: { readonly limit: number; readonly windowMs: number };
  readonly random?: () => number;
}

export interface FaultRecord {
  readonly key: string;
  readonly at: number;
  readonly notBefore: number;
}

const RETRY_AFTER_STATUSES = [429, 503, 504];

export class FaultInjector {
  /** Requests that came back before the Retry-After they were given. */
  readonly earlyRetries: FaultRecord[] = [];
  /** Faults injected (status per request key). */
  injected = 0;
  private readonly throttledUntil = new Map<string, number>();
  private window = { start: 0, count: 0 };

  constructor(private options: FaultOptions) {}

  set(options: FaultOptions): void {
    this.options = options;
  }

  async before(method: string, pathAndQuery: string, body = ''): Promise<FakeResponse | null> {
    const o = this.options;
    const random = o.random ?? Math.random;
    if (o.latencyMs !== undefined) {
      const [min, max] = o.latencyMs;
      await new Promise((resolve) => setTimeout(resolve, min + random() * (max - min)));
    }
    const now = Date.now();
    const key = `${method} ${pathAndQuery} ${body}`;
    const notBefore = this.throttledUntil.get(key);
    if (notBefore !== undefined && now < notBefore) {
      this.earlyRetries.push({ key, at: now, notBefore });
      return this.fail(429, key, Math.ceil((notBefore - now) / 1000));
    }
    this.throttledUntil.delete(key);
    if (o.rateLimit !== undefined) {
      if (now - this.window.start >= o.rateLimit.windowMs) this.window = { start: now, count: 0 };
      this.window.count += 1;
      if (this.window.count > o.rateLimit.limit) {
        const reset = this.window.start + o.rateLimit.windowMs;
        return this.fail(429, key, Math.max(1, Math.ceil((reset - now) / 1000)));
      }
    }
    if ((o.failureRate ?? 0) > 0 && random() < (o.failureRate ?? 0)) {
      const statuses = o.statuses ?? [429, 500, 502, 503, 504];
      const status = statuses[Math.floor(random() * statuses.length)] ?? 503;
      return this.fail(status, key, o.retryAfterSeconds ?? 1);
    }
    return null;
  }

  private fail(status: number, key: string, retryAfterSeconds: number): FakeResponse {
    this.injected += 1;
    const headers: Record<string, string> = {};
    if (RETRY_AFTER_STATUSES.includes(status)) {
      headers['Retry-After'] = String(retryAfterSeconds);
      this.throttledUntil.set(key, Date.now() + retryAfterSeconds * 1000);
    }
    return {
      status,
      headers,
      body: {
        error: {
          code: status === 429 ? 'TooManyRequests' : 'serviceNotAvailable',
          message: `Injected ${status} (Dev Proxy style)`,
        },
      },
    };
  }
}
