import { createRateLimiter } from '../../../bot/src/http/rate-limit';

function fakeClock(start = Date.UTC(2026, 0, 5, 8, 0, 0)) {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('allows `limit` requests per key and minute, then says how long to wait', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(3, clock);
    expect([1, 2, 3].map(() => limiter.take('user:a').allowed)).toEqual([true, true, true]);
    clock.advance(20_000);
    expect(limiter.take('user:a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.take('user:b')).toEqual({ allowed: true }); // keys are independent
    clock.advance(39_500);
    expect(limiter.take('user:a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(limiter.take('user:a')).toEqual({ allowed: true }); // a new window
  });
});
