import { SlidingWindowLimiter, type LimiterTime } from '../../../bot/src/rhythm/rate-limiter';

/** A fake clock: sleeping advances time instantly. */
function fakeTime(): LimiterTime & { t: number } {
  const time = {
    t: 0,
    now: () => time.t,
    sleep: async (ms: number) => {
      time.t += ms;
    },
  };
  return time;
}

/** How many requests to one conversation go out at once, and when the next may. */
function burst(limiter: SlidingWindowLimiter, conversation: string, max: number): number {
  let sent = 0;
  while (sent < max && limiter.tryAcquire(conversation) === 0) sent += 1;
  return sent;
}

describe('Teams rate limiter (sliding windows, margin 0)', () => {
  it('lets 7 per second into one conversation', () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 0 });
    expect(burst(limiter, 'c', 100)).toBe(7);
    expect(limiter.delay('c')).toBe(1001);
  });

  it('lets only 8 per 2 seconds into one conversation', () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 0 });
    expect(burst(limiter, 'c', 100)).toBe(7);
    time.t = 1_001;
    expect(burst(limiter, 'c', 100)).toBe(1);
    time.t = 2_001;
    expect(burst(limiter, 'c', 100)).toBe(7);
  });

  it('lets only 60 per 30 seconds into one conversation', async () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 0 });
    for (let i = 0; i < 60; i++) await limiter.acquire('c');
    const at60 = time.t;
    expect(at60).toBeLessThan(30_000);
    expect(limiter.delay('c')).toBe(30_000 - at60 + 1);
    await limiter.acquire('c');
    expect(time.t).toBe(30_001);
  });

  it('lets only 1,800 per hour into one conversation', async () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 0 });
    for (let i = 0; i < 1_800; i++) await limiter.acquire('c');
    expect(time.t).toBeLessThan(3_600_000);
    await limiter.acquire('c');
    expect(time.t).toBe(3_600_001);
  });

  it('lets 50 per second per app across conversations, and conversations do not share limits', () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 0 });
    let sent = 0;
    for (let i = 0; i < 100; i++) if (limiter.tryAcquire(`c${i}`) === 0) sent += 1;
    expect(sent).toBe(50);
    time.t = 1_001;
    expect(limiter.tryAcquire('c99')).toBe(0);
  });

  it('adds the margin to every window', () => {
    const time = fakeTime();
    const limiter = new SlidingWindowLimiter({ time, marginMs: 50 });
    burst(limiter, 'c', 7);
    expect(limiter.delay('c')).toBe(1_051);
  });
});
