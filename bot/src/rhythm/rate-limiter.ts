/**
 * Teams' limits for proactive messages, as sliding windows: 50 requests per second per app
 * per tenant, and per conversation 7 per second, 8 per 2 seconds, 60 per 30 seconds and
 * 1,800 per hour. `acquire` waits until a request fits every window, then records it.
 * Time and sleep are injected, so the unit tests run on a fake clock.
 */

export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
}

export const TEAMS_APP_WINDOWS: readonly RateWindow[] = [{ limit: 50, windowMs: 1_000 }];
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export interface LimiterTime {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTime: LimiterTime = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateLimiterOptions {
  readonly app?: readonly RateWindow[];
  readonly conversation?: readonly RateWindow[];
  /**
   * Added to every window: the connector counts arrivals, we count departures, and network
   * jitter must not turn the 51st request of a second into a 429. 50 ms costs 5% throughput.
   */
  readonly marginMs?: number;
  readonly time?: LimiterTime;
}

/** Timestamps of recent requests, oldest first, kept for the longest window. */
class Log {
  readonly stamps: number[] = [];
  constructor(private readonly windows: readonly RateWindow[]) {}

  /** Milliseconds until one more request fits every window (0: now). */
  wait(now: number, marginMs: number): number {
    let wait = 0;
    for (const { limit, windowMs } of this.windows) {
      const inWindow = this.stamps.filter((t) => t > now - windowMs - marginMs);
      if (inWindow.length < limit) continue;
      const oldest = inWindow[inWindow.length - limit] ?? now;
      wait = Math.max(wait, oldest + windowMs + marginMs - now + 1);
    }
    return wait;
  }

  record(now: number): void {
    this.stamps.push(now);
    const longest = Math.max(...this.windows.map((w) => w.windowMs));
    while ((this.stamps[0] ?? now) <= now - longest - 1_000) this.stamps.shift();
  }
}

export class SlidingWindowLimiter {
  private readonly app: Log;
  private readonly conversations = new Map<string, Log>();
  private readonly conversationWindows: readonly RateWindow[];
  private readonly marginMs: number;
  private readonly time: LimiterTime;

  constructor(options: RateLimiterOptions = {}) {
    this.app = new Log(options.app ?? TEAMS_APP_WINDOWS);
    this.conversationWindows = options.conversation ?? TEAMS_CONVERSATION_WINDOWS;
    this.marginMs = options.marginMs ?? 50;
    this.time = options.time ?? realTime;
  }

  /** Forgets conversations with nothing in their longest window (keeps memory bounded). */
  private forgetIdle(now: number): void {
    if (this.conversations.size < 10_000) return;
    const longest = Math.max(...this.conversationWindows.map((w) => w.windowMs));
    for (const [id, log] of this.conversations) {
      if ((log.stamps.at(-1) ?? 0) <= now - longest - this.marginMs) this.conversations.delete(id);
    }
  }

  private log(conversationId: string): Log {
    let log = this.conversations.get(conversationId);
    if (log === undefined) {
      log = new Log(this.conversationWindows);
      this.conversations.set(conversationId, log);
    }
    return log;
  }

  /** How long a request to this conversation would have to wait now (0: it may go). */
  delay(conversationId: string): number {
    const now = this.time.now();
    return Math.max(
      this.app.wait(now, this.marginMs),
      this.log(conversationId).wait(now, this.marginMs),
    );
  }

  /** Counts a request if it fits every window now and answers 0; otherwise the wait, uncounted. */
  tryAcquire(conversationId: string): number {
    const wait = this.delay(conversationId);
    if (wait > 0) return wait;
    const now = this.time.now();
    this.app.record(now);
    this.log(conversationId).record(now);
    this.forgetIdle(now);
    return 0;
  }

  /** Waits until a request to `conversationId` fits every window, and counts it. */
  async acquire(conversationId: string): Promise<void> {
    for (let wait = this.tryAcquire(conversationId); wait > 0;) {
      await this.time.sleep(wait);
      wait = this.tryAcquire(conversationId);
    }
  }
}
