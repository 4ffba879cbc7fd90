import type { Clock } from '../../bot/src/domain/ports/clock.port';
import type { KpiReading, KpiSeries } from '../../bot/src/domain/ports/kolada.port';
import { parseRetryAfter, retryDelayMs, type BackoffPolicy } from '../../bot/src/rhythm/backoff';
import { KoladaClient, type KoladaClientOptions } from '../../bot/src/store/kolada/kolada-client';
import type { KoladaBackoff } from '../../bot/src/store/kolada/kolada-http';

/** A clock that moves only when told to (and when the client "sleeps" on it). */
export class SteppingClock implements Clock {
  private at: number;
  constructor(iso: string) {
    this.at = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

/** The project's back-off (rhythm/backoff.ts) for Kolada, as compose builds it. */
export const KOLADA_BACKOFF_POLICY: BackoffPolicy = { baseMs: 500, capMs: 8_000, maxAttempts: 3 };

/** The KoladaBackoff over the project's back-off, with the jitter `random` gives. */
export function koladaBackoff(
  random: () => number,
  policy: BackoffPolicy = KOLADA_BACKOFF_POLICY,
): KoladaBackoff {
  return {
    maxAttempts: policy.maxAttempts,
    delayMs: (failed, retryAfter) => retryDelayMs(failed, policy, random, retryAfter),
    retryAfterMs: parseRetryAfter,
  };
}

export interface ClientRig {
  readonly client: KoladaClient;
  /** Every back-off the client waited, in milliseconds. */
  readonly sleeps: number[];
}

/**
 * A KoladaClient for tests: its back-off does not wait but is recorded (and moves the clock when
 * the clock is a SteppingClock); jitter is fixed at half the window.
 */
export function testClient(baseUrl: string, options: Partial<KoladaClientOptions> = {}): ClientRig {
  const sleeps: number[] = [];
  const clock = options.clock;
  const client = new KoladaClient({
    baseUrl,
    backoff: koladaBackoff(() => 0.5),
    sleep: async (ms) => {
      sleeps.push(ms);
      if (clock instanceof SteppingClock) clock.advance(ms);
    },
    ...options,
  });
  return { client, sleeps };
}

/** The series of a reading that must have one (ok or stale); fails the test otherwise. */
export function seriesOf(reading: KpiReading): KpiSeries {
  if (reading.kind === 'unavailable') {
    throw new Error(`expected a series, got unavailable: ${reading.reason} (${reading.detail})`);
  }
  return reading.series;
}
