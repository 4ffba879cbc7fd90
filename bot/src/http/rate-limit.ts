import type { Response } from 'restify';
import type { Clock } from '../domain/ports/clock.port';
import { sendJson } from './send-json';
import { apiError, type ApiError } from './errors';

/** Answer of `RateLimiter.take`: allowed, or refused with the seconds until the next window. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` (e.g. `user:<id>`, `ip:<address>`). */
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

/**
 * A fixed one-minute window per key, in memory, per instance: `limit` requests per key and
 * minute. Windows that have ended are dropped, so memory grows with active keys only. Behind
 * several App Service instances the effective limit is limit × instances, which is fine for
 * its purpose (keeping one user or script from starving the others).
 */
export function createRateLimiter(limit: number, clock: Clock): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    take(key) {
      const now = clock.now().getTime();
      if (now - lastSweep >= WINDOW_MS) {
        for (const [k, window] of windows) if (now - window.start >= WINDOW_MS) windows.delete(k);
        lastSweep = now;
      }
      const current = windows.get(key);
      if (current === undefined || now - current.start >= WINDOW_MS) {
        windows.set(key, { start: now, count: 1 });
        return { allowed: true };
      }
      if (current.count < limit) {
        current.count++;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((current.start + WINDOW_MS - now) / 1000)),
      };
    },
  };
}

/** The 429 body: a Swedish message saying how long to wait. */
export function tooManyRequestsError(retryAfterSeconds: number, correlationId?: string): ApiError {
  return apiError(
    'rate-limited',
    `För många förfrågningar. Vänta ${retryAfterSeconds} sekunder och försök igen.`,
    `Too many requests. Wait ${retryAfterSeconds} seconds and try again.`,
    correlationId,
  );
}

/** Answers 429 with Retry-After and a Swedish message. */
export function sendTooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendJson(res, 429, tooManyRequestsError(retryAfterSeconds));
}
