import { systemClock, type Clock } from '../../domain/ports/clock.port';
import type { KoladaFailure } from '../../domain/ports/kolada.port';
import { readBoundedText } from './bounded-body';
import { koladaEnvelopeSchema, nextPageLink } from './kolada-wire';

/** Node's global fetch, or a stand-in with its signature (tests). */
export type FetchFunction = typeof fetch;

export interface KoladaHttpOptions {
  /** Kolada's API root, e.g. https://api.kolada.se/v3 (a fake's in tests). */
  readonly baseUrl: string;
  readonly fetch?: FetchFunction;
  /** One request, headers and body, must be done within this (default 8 s). */
  readonly timeoutMs?: number;
  /** One read, every page and retry included, ends within this (default 20 s). */
  readonly deadlineMs?: number;
  /** How to wait between tries: the project's back-off policy, given by the composition root. */
  readonly backoff: KoladaBackoff;
  /** A Retry-After longer than this is not waited for: the read gives up (default 30 s). */
  readonly maxRetryAfterMs?: number;
  /** A bound on `next_url` pages followed for one query (default 20). */
  readonly maxPages?: number;
  /** A bound on one answer's body (default 2 MiB); larger is a bad response. */
  readonly maxBodyBytes?: number;
  readonly clock?: Clock;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Back-off between tries (bot/src/rhythm/backoff.ts in production: exponential with full
 * jitter, never before Retry-After). Injected because adapters may not import rhythm/.
 */
export interface KoladaBackoff {
  /** Tries in all for one request, the first included. */
  readonly maxAttempts: number;
  /** The wait after `failed` (≥ 1) failures, at least `retryAfterMs` when Kolada gave one. */
  delayMs(failed: number, retryAfterMs: number | null): number;
  /** A Retry-After header in milliseconds from `nowMs`; null when absent or unreadable. */
  retryAfterMs(header: string | null, nowMs: number): number | null;
}

export type HttpOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: KoladaFailure; readonly detail: string };

/** When one read (all its requests) must be done: epoch milliseconds on the injected clock. */
export interface Deadline {
  readonly endsAt: number;
}

/** One try: an answer (any status), or a failure before one arrived. */
type Attempt =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly text: string;
      readonly retryAfter: string | null;
    }
  | {
      readonly kind: 'failed';
      readonly reason: 'unreachable' | 'timeout' | 'bad-response';
      readonly detail: string;
    };

const failure = (reason: KoladaFailure, detail: string): HttpOutcome<never> => ({
  ok: false,
  reason,
  detail,
});

/** An error's message and, for Node's fetch, its cause's code (ECONNREFUSED, ENOTFOUND …). */
const errorText = (error: unknown): string => {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
  return `${error instanceof Error ? error.message : String(error)}${code}`;
};

/**
 * GET-only HTTP for Kolada: a timeout per request (AbortController), a deadline per read,
 * bounded retries with exponential back-off and full jitter that honour Retry-After (429, 5xx,
 * lost connections; never a timeout), a bounded body, JSON checked against the envelope, and
 * `next_url` followed page by page — only on Kolada's own host, a bounded number of times.
 */
export class KoladaHttp {
  private readonly base: URL;
  private readonly fetchFn: FetchFunction;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly backoff: KoladaBackoff;
  private readonly maxRetryAfterMs: number;
  private readonly maxPages: number;
  private readonly maxBodyBytes: number;
  private readonly clock: Clock;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: KoladaHttpOptions) {
    this.base = new URL(options.baseUrl.replace(/\/+$/, ''));
    if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:') {
      throw new RangeError(`Kolada base URL must be http(s): ${options.baseUrl}`);
    }
    this.fetchFn = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 8_000;
    this.deadlineMs = options.deadlineMs ?? 20_000;
    this.backoff = options.backoff;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.maxPages = options.maxPages ?? 20;
    this.maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** A fresh deadline for one read. */
  deadline(): Deadline {
    return { endsAt: this.now() + this.deadlineMs };
  }

  /** The `values` of every page of `path` (relative to the base URL, query included), in order. */
  async getAllPages(path: string, deadline: Deadline): Promise<HttpOutcome<unknown[]>> {
    let url = `${this.base.href}${path}`;
    const seen = new Set<string>();
    const values: unknown[] = [];
    for (let page = 1; ; page += 1) {
      if (page > this.maxPages) {
        return failure('bad-response', `more than ${this.maxPages} pages: ${path}`);
      }
      seen.add(url);
      const body = await this.getJson(url, deadline);
      if (!body.ok) return body;
      const envelope = koladaEnvelopeSchema.safeParse(body.value);
      if (!envelope.success) return failure('bad-response', `not a Kolada envelope: ${url}`);
      values.push(...envelope.data.values);
      const link = nextPageLink(envelope.data);
      if (link === null) return { ok: true, value: values };
      const next = this.onKoladasHost(link);
      if (next === null) {
        return failure('bad-response', `next page outside ${this.base.href}: ${link}`);
      }
      if (seen.has(next)) return failure('bad-response', `next page loops back: ${next}`);
      url = next;
    }
  }

  /**
   * A page link made absolute on the base URL's origin (so a proxy that writes `http://` links
   * for an `https://` API does no harm), or null when it leaves Kolada's host or API path.
   */
  private onKoladasHost(link: string): string | null {
    let target: URL;
    try {
      target = new URL(link, this.base);
    } catch {
      return null;
    }
    const path = this.base.pathname.replace(/\/$/, '');
    const samePath = target.pathname === path || target.pathname.startsWith(`${path}/`);
    if (target.hostname !== this.base.hostname || !samePath) return null;
    return `${this.base.origin}${target.pathname}${target.search}`;
  }

  private async getJson(url: string, deadline: Deadline): Promise<HttpOutcome<unknown>> {
    for (let failed = 1; ; failed += 1) {
      const remaining = deadline.endsAt - this.now();
      if (remaining <= 0) return failure('timeout', `no time left for ${url}`);
      const attempt = await this.attempt(url, Math.min(this.timeoutMs, remaining));
      const outcome = this.judge(url, attempt);
      if (outcome.ok || !this.retryable(attempt) || failed >= this.backoff.maxAttempts) {
        return outcome;
      }
      const asked =
        attempt.kind === 'answer'
          ? this.backoff.retryAfterMs(attempt.retryAfter, this.now())
          : null;
      if (asked !== null && asked > this.maxRetryAfterMs) {
        return failure(outcome.reason, `${outcome.detail}; Retry-After ${asked} ms is too long`);
      }
      const delay = this.backoff.delayMs(failed, asked);
      if (this.now() + delay >= deadline.endsAt) {
        return failure(outcome.reason, `${outcome.detail}; no time left to retry`);
      }
      await this.sleep(delay);
    }
  }

  private retryable(attempt: Attempt): boolean {
    if (attempt.kind === 'failed') return attempt.reason === 'unreachable';
    return attempt.status === 429 || attempt.status >= 500;
  }

  private judge(url: string, attempt: Attempt): HttpOutcome<unknown> {
    if (attempt.kind === 'failed') return failure(attempt.reason, `${attempt.detail}: ${url}`);
    const { status } = attempt;
    const line = `HTTP ${status} from ${url}`;
    if (status === 429) return failure('rate-limited', line);
    if (status >= 500) return failure('server-error', line);
    if (status === 404) return failure('not-found', line);
    if (status < 200 || status > 299) return failure('bad-response', line);
    try {
      return { ok: true, value: JSON.parse(attempt.text) as unknown };
    } catch {
      return failure('bad-response', `not JSON: ${line}`);
    }
  }

  private async attempt(url: string, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await this.fetchFn(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      const text = await readBoundedText(response, this.maxBodyBytes);
      if (text === null) {
        return {
          kind: 'failed',
          reason: 'bad-response',
          detail: `body over ${this.maxBodyBytes} bytes`,
        };
      }
      return {
        kind: 'answer',
        status: response.status,
        text,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      if (timedOut) {
        return { kind: 'failed', reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
      }
      return { kind: 'failed', reason: 'unreachable', detail: errorText(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
