/**
 * In-memory OutboxStore + LeaseStore following the TSDoc of bot/src/domain/ports/outbox.port.ts,
 * for the planner's tests (the real adapters and their contract suite are the delivery work).
 */
import {
  LeaseLostError,
  type LeaseStore,
  type OutboxFilter,
  type OutboxJob,
  type OutboxJobInput,
  type OutboxStore,
} from '../../bot/src/domain/ports/outbox.port';

interface Stored {
  job: OutboxJob;
  claim: { owner: string; until: string } | null;
}

const plus = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

export class InMemoryOutbox implements OutboxStore {
  private readonly jobs = new Map<string, Stored>();

  async enqueue(input: OutboxJobInput, now: string): Promise<{ job: OutboxJob; created: boolean }> {
    const existing = this.jobs.get(input.key);
    if (existing !== undefined) return { job: existing.job, created: false };
    const job: OutboxJob = {
      ...input,
      expiresAt: input.expiresAt ?? null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: input.dueAt,
      lastError: null,
      sentAt: null,
      interruptedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.jobs.set(input.key, { job, claim: null });
    return { job, created: true };
  }

  async claimDue(owner: string, now: string, leaseMs: number, limit: number): Promise<OutboxJob[]> {
    const claimed: OutboxJob[] = [];
    for (const stored of this.jobs.values()) {
      if (claimed.length >= limit) break;
      const { job, claim } = stored;
      if (job.status !== 'pending' || job.nextAttemptAt > now) continue;
      if (claim !== null && claim.until > now) continue;
      stored.claim = { owner, until: plus(now, leaseMs) };
      claimed.push(job);
    }
    return claimed;
  }

  private held(key: string, owner: string): Stored {
    const stored = this.jobs.get(key);
    if (stored === undefined || stored.claim?.owner !== owner) throw new LeaseLostError(key);
    return stored;
  }

  async markSent(key: string, owner: string, now: string): Promise<void> {
    const stored = this.held(key, owner);
    stored.job = { ...stored.job, status: 'sent', sentAt: now, updatedAt: now };
    stored.claim = null;
  }

  async markRetry(
    key: string,
    owner: string,
    nextAttemptAt: string,
    error: string,
    now: string,
  ): Promise<void> {
    const stored = this.held(key, owner);
    stored.job = {
      ...stored.job,
      attempts: stored.job.attempts + 1,
      nextAttemptAt,
      lastError: error,
      updatedAt: now,
    };
    stored.claim = null;
  }

  async markFinal(
    key: string,
    owner: string,
    status: 'failed' | 'unreachable' | 'expired',
    error: string,
    now: string,
  ): Promise<void> {
    const stored = this.held(key, owner);
    stored.job = { ...stored.job, status, lastError: error, updatedAt: now };
    stored.claim = null;
  }

  async withdraw(groupKey: string, now: string, kinds?: readonly string[]): Promise<OutboxJob[]> {
    const withdrawn: OutboxJob[] = [];
    for (const stored of this.jobs.values()) {
      const { job } = stored;
      if (job.groupKey !== groupKey || job.status !== 'pending') continue;
      if (kinds !== undefined && !kinds.includes(job.kind)) continue;
      stored.job = { ...job, status: 'withdrawn', updatedAt: now };
      stored.claim = null;
      withdrawn.push(stored.job);
    }
    return withdrawn;
  }

  async retry(key: string, now: string): Promise<OutboxJob> {
    const stored = this.jobs.get(key);
    if (stored === undefined || !['failed', 'unreachable'].includes(stored.job.status)) {
      throw new Error(`Job ${key} cannot be retried`);
    }
    stored.job = {
      ...stored.job,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      updatedAt: now,
    };
    return stored.job;
  }

  async get(key: string): Promise<OutboxJob | undefined> {
    return this.jobs.get(key)?.job;
  }

  async list(filter: OutboxFilter = {}): Promise<OutboxJob[]> {
    return [...this.jobs.values()]
      .map((s) => s.job)
      .filter(
        (j) =>
          (filter.groupKey === undefined || j.groupKey === filter.groupKey) &&
          (filter.statuses === undefined || filter.statuses.includes(j.status)) &&
          (filter.kinds === undefined || filter.kinds.includes(j.kind)),
      );
  }

  /** Test helper: delivers every due pending job as 'sent' (what the dispatcher would do). */
  async deliverAll(now: string): Promise<OutboxJob[]> {
    const due = await this.claimDue('test-dispatcher', now, 60_000, Number.MAX_SAFE_INTEGER);
    for (const job of due) await this.markSent(job.key, 'test-dispatcher', now);
    return due;
  }
}

export class InMemoryLeases implements LeaseStore {
  private readonly leases = new Map<string, { owner: string; until: string }>();

  async acquire(name: string, owner: string, now: string, ttlMs: number): Promise<boolean> {
    const lease = this.leases.get(name);
    if (lease !== undefined && lease.owner !== owner && lease.until > now) return false;
    this.leases.set(name, { owner, until: plus(now, ttlMs) });
    return true;
  }

  async release(name: string, owner: string): Promise<void> {
    if (this.leases.get(name)?.owner === owner) this.leases.delete(name);
  }
}
