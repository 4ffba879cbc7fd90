/**
 * Retry policy for proactive messages: exponential backoff with full jitter, never earlier
 * than the channel's Retry-After, and a bounded number of attempts.
 */

export interface BackoffPolicy {
  /** The first retry waits up to this long. */
  readonly baseMs: number;
  /** No retry waits longer than this (unless Retry-After says so). */
  readonly capMs: number;
  /** Attempts in all, the first one included; after the last one the job is 'failed'. */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000, maxAttempts: 6 };

/**
 * Delay before the next attempt after `failedAttempts` (≥ 1) failures: a uniform random
 * delay in [0, min(cap, base · 2^(failedAttempts−1))) ("full jitter"), raised to Retry-After.
 */
export function retryDelayMs(
  failedAttempts: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs: number | null,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** True when no attempt is left after `failedAttempts` failures. */
export const attemptsExhausted = (failedAttempts: number, policy: BackoffPolicy): boolean =>
  failedAttempts >= policy.maxAttempts;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
