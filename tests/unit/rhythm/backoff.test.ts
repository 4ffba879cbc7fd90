import {
  attemptsExhausted,
  DEFAULT_BACKOFF,
  parseRetryAfter,
  retryDelayMs,
} from '../../../bot/src/rhythm/backoff';

const policy = { baseMs: 1_000, capMs: 60_000, maxAttempts: 6 };

describe('retry backoff', () => {
  it('doubles the ceiling per failed attempt, with full jitter below it', () => {
    const almostOne = () => 0.999999;
    expect(retryDelayMs(1, policy, almostOne, null)).toBe(999);
    expect(retryDelayMs(2, policy, almostOne, null)).toBe(1_999);
    expect(retryDelayMs(4, policy, almostOne, null)).toBe(7_999);
    expect(retryDelayMs(3, policy, () => 0, null)).toBe(0);
    expect(retryDelayMs(3, policy, () => 0.5, null)).toBe(2_000);
  });

  it('never exceeds the cap', () => {
    expect(retryDelayMs(20, policy, () => 0.999999, null)).toBe(59_999);
  });

  it('stays within [0, ceiling) for any random draw', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
      for (let i = 0; i < 200; i++) {
        const delay = retryDelayMs(attempt, policy, random, null);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
  });

  it('never retries earlier than Retry-After', () => {
    expect(retryDelayMs(1, policy, () => 0.1, 5_000)).toBe(5_000);
    expect(retryDelayMs(6, policy, () => 0.9, 5_000)).toBe(28_800);
    expect(retryDelayMs(20, policy, () => 0, 120_000)).toBe(120_000);
  });

  it('caps the attempts', () => {
    expect(DEFAULT_BACKOFF.maxAttempts).toBe(6);
    expect(attemptsExhausted(5, policy)).toBe(false);
    expect(attemptsExhausted(6, policy)).toBe(true);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('later', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
