import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging';
import type { Clock } from '../domain/ports/clock.port';
import type { DeliveryProbe } from '../domain/ports/delivery-probe.port';
import { LeaseLostError, type OutboxJob } from '../domain/ports/outbox.port';
import type { ProactiveSender } from '../domain/ports/proactive-sender.port';
import type { RuntimeStatePort } from '../domain/ports/runtime-state.port';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { deliverJob, type Delivery, type DeliveryDeps } from './deliver-job';
import { realTime, SlidingWindowLimiter, type LimiterTime } from './rate-limiter';

/** Name of the lease that makes one instance at a time the dispatcher (the 50/s bound is per app). */
export const DISPATCH_LEASE = 'outbox-dispatcher';

export interface DispatcherOptions {
  readonly runtime: Pick<RuntimeStatePort, 'outbox' | 'conversations' | 'leases'>;
  readonly sender: ProactiveSender;
  /** Looks for an interrupted send's message before it is sent again (decision 0015). */
  readonly probe?: DeliveryProbe;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Unique per instance; a random id by default. */
  readonly owner?: string;
  readonly limiter?: SlidingWindowLimiter;
  readonly backoff?: BackoffPolicy;
  readonly random?: () => number;
  /** How long a claimed job stays ours (default 60 s); far longer than one send. */
  readonly claimMs?: number;
  /** Jobs claimed at a time (default 50). */
  readonly batchSize?: number;
  /** Sends in flight at once (default 16). */
  readonly concurrency?: number;
  /** Idle wait between polls when nothing is due (default 1 s). */
  readonly pollMs?: number;
  /** Dispatcher lease time-to-live (default 15 s); renewed every third of it. */
  readonly leadershipMs?: number;
  /** Sleep used between polls (tests). */
  readonly time?: LimiterTime;
  /** Called after each job (progress for tests and the bench). */
  readonly onDelivery?: (key: string, delivery: Delivery) => void;
}

export type RunSummary = Record<Delivery, number> & { claimed: number };

const emptySummary = (): RunSummary => ({
  claimed: 0,
  sent: 0,
  retry: 0,
  failed: 0,
  unreachable: 0,
  expired: 0,
  lost: 0,
  reconciled: 0,
});

/**
 * The outbox dispatcher. Any number of instances may run one: the dispatcher lease lets one
 * at a time claim jobs (so the app-wide 50 requests/s holds across instances), job claims
 * make sure no job is in two hands even if leases overlap, and a killed instance's jobs come
 * back when its claims expire. `start()` runs the loop; `stop()` stops claiming, lets the
 * sends in flight finish, gives unstarted jobs back and releases the lease.
 */
export class Dispatcher {
  readonly owner: string;
  private readonly deps: DeliveryDeps;
  private readonly claimMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leadershipMs: number;
  private readonly time: LimiterTime;
  private queue: OutboxJob[] = [];
  /** Keys queued or being delivered by this instance. */
  private readonly holding = new Map<string, number>();
  private refilling: Promise<void> | null = null;
  private leaderUntil = 0;
  private running = false;
  private workers: Promise<void>[] = [];
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: DispatcherOptions) {
    this.owner = options.owner ?? `dispatcher-${randomUUID()}`;
    this.claimMs = options.claimMs ?? 60_000;
    this.batchSize = options.batchSize ?? 50;
    this.concurrency = options.concurrency ?? 16;
    this.pollMs = options.pollMs ?? 1_000;
    this.leadershipMs = options.leadershipMs ?? 15_000;
    this.time = options.time ?? realTime;
    this.deps = {
      outbox: options.runtime.outbox,
      conversations: options.runtime.conversations,
      sender: options.sender,
      limiter: options.limiter ?? new SlidingWindowLimiter(),
      clock: options.clock,
      owner: this.owner,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      random: options.random ?? Math.random,
      ...(options.probe === undefined ? {} : { probe: options.probe }),
      logger: options.logger,
    };
  }

  private now(): string {
    return this.options.clock.now().toISOString();
  }

  private async claim(limit: number): Promise<{ jobs: OutboxJob[]; at: number }> {
    const at = this.options.clock.now().getTime();
    const jobs = await this.deps.outbox.claimDue(
      this.owner,
      new Date(at).toISOString(),
      this.claimMs,
      limit,
    );
    return { jobs, at };
  }

  /**
   * Delivers one job claimed at `claimedAt` (epoch ms); a lost claim or a store error never
   * stops the dispatcher. The request must leave in the first three quarters of the claim, so
   * the answer can be booked before any other instance may take the job.
   */
  private async process(job: OutboxJob, claimedAt: number): Promise<Delivery> {
    let delivery: Delivery;
    try {
      delivery = await deliverJob(this.deps, job, claimedAt + (this.claimMs * 3) / 4);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) {
        this.options.logger.error(
          { event: 'outbox-error', key: job.key, err: error },
          'delivery failed',
        );
      }
      delivery = 'lost';
    }
    this.options.logger.debug({ event: 'outbox-delivery', key: job.key, delivery }, 'job done');
    this.options.onDelivery?.(job.key, delivery);
    return delivery;
  }

  /** Claims one batch of due jobs and delivers them (`concurrency` at a time). */
  async runOnce(): Promise<RunSummary> {
    const { jobs, at } = await this.claim(this.batchSize);
    const summary = emptySummary();
    summary.claimed = jobs.length;
    let next = 0;
    const worker = async () => {
      for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
        summary[await this.process(job, at)] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, jobs.length) }, worker));
    return summary;
  }

  /** Holds or renews the dispatcher lease; false while another instance holds it. */
  private async leading(): Promise<boolean> {
    const nowMs = this.options.clock.now().getTime();
    if (nowMs < this.leaderUntil - (this.leadershipMs * 2) / 3) return true;
    const won = await this.options.runtime.leases.acquire(
      DISPATCH_LEASE,
      this.owner,
      this.now(),
      this.leadershipMs,
    );
    this.leaderUntil = won ? nowMs + this.leadershipMs : 0;
    return won;
  }

  private refill(): Promise<void> {
    this.refilling ??= (async () => {
      try {
        if (!(await this.leading())) return;
        const { jobs, at } = await this.claim(this.batchSize);
        // A claim of ours can expire while the job still waits here or is being sent, and
        // claimDue then hands it to us again: never hold one job twice.
        const fresh = jobs.filter((j) => !this.holding.has(j.key));
        for (const job of fresh) this.holding.set(job.key, at);
        this.queue.push(...fresh);
      } catch (error) {
        this.options.logger.error({ event: 'outbox-claim-error', err: error }, 'claim failed');
      } finally {
        this.refilling = null;
      }
    })();
    return this.refilling;
  }

  /** The next job to send; claims more ahead of need so the pipe never runs dry. */
  private async nextJob(): Promise<OutboxJob | undefined> {
    if (this.queue.length <= this.concurrency) {
      const refill = this.refill();
      if (this.queue.length === 0) await refill;
    }
    return this.queue.shift();
  }

  private async worker(): Promise<void> {
    while (this.running) {
      const job = await this.nextJob();
      if (!this.running) {
        if (job !== undefined) this.queue.unshift(job);
        return;
      }
      if (job === undefined) await this.time.sleep(this.pollMs);
      else {
        try {
          await this.process(job, this.holding.get(job.key) ?? 0);
        } finally {
          this.holding.delete(job.key);
        }
      }
    }
  }

  /** Runs the loop until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.workers = Array.from({ length: this.concurrency }, () => this.worker());
    // Renew the dispatcher lease even while every worker is busy sending.
    this.heartbeat = setInterval(() => {
      this.leading().catch((error: unknown) =>
        this.options.logger.warn(
          { event: 'outbox-lease-error', err: error },
          'lease renewal failed',
        ),
      );
    }, this.leadershipMs / 3);
    this.heartbeat.unref();
  }

  /** Stops claiming, waits for sends in flight, gives unstarted jobs back, releases the lease. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
    await Promise.all(this.workers);
    await this.refilling;
    const unstarted = this.queue.splice(0);
    this.holding.clear();
    await Promise.all(unstarted.map((job) => this.deps.outbox.release?.(job.key, this.owner)));
    await this.options.runtime.leases.release(DISPATCH_LEASE, this.owner);
    this.leaderUntil = 0;
  }
}
