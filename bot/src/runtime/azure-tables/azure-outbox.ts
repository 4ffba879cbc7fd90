import { odata, type TableClient } from '@azure/data-tables';
import {
  LeaseLostError,
  type LeaseStore,
  type OutboxFilter,
  type OutboxJob,
  type OutboxJobInput,
  type OutboxStore,
} from '../../domain/ports/outbox.port';
import { INTERRUPTED_SEND, instant, newJob, plusMs, UnknownJobError } from '../outbox-rules';
import {
  jobFromEntity,
  jobToEntity,
  leaseFromEntity,
  leaseToEntity,
  PARTITION,
  rowKey,
  type StoredJob,
} from './entity-mappers';
import { ifMatch, query, readEntity } from './table-client';

type JobChange = Omit<StoredJob, 'etag'>;

const UNCLAIMED = { claimOwner: '', claimUntil: '', sendingAt: '' } as const;
const held = (s: StoredJob, owner: string): boolean =>
  s.job.status === 'pending' && s.claimOwner === owner;
const byDue = (a: OutboxJob, b: OutboxJob): number =>
  a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.key.localeCompare(b.key);

/**
 * The outbox in Azure Table Storage. One partition ('outbox'), RowKey = the job key, so a
 * job is a point read and the claim query is a single-partition scan filtered by status and
 * nextAttemptAt. Every change is read → check → Replace with If-Match on the ETag; a 412 means
 * another instance changed the job first, so a claim simply loses that job.
 */
export class AzureOutbox implements OutboxStore {
  constructor(private readonly client: TableClient) {}

  private async read(key: string): Promise<StoredJob | undefined> {
    const entity = await readEntity(this.client, PARTITION.outbox, rowKey(key));
    return entity === undefined ? undefined : jobFromEntity(entity);
  }

  /** Read, let `change` decide (null: leave it), write If-Match; re-reads after a 412. */
  private async update(
    key: string,
    change: (stored: StoredJob) => JobChange | null,
    attempts = 4,
  ): Promise<JobChange | null> {
    for (let i = 0; i < attempts; i++) {
      const stored = await this.read(key);
      if (stored === undefined) return null;
      const next = change(stored);
      if (next === null) return null;
      const entity = jobToEntity(next);
      if (await ifMatch(() => this.client.updateEntity(entity, 'Replace', { etag: stored.etag })))
        return next;
    }
    return null;
  }

  private async mustHold(
    key: string,
    owner: string,
    change: (s: StoredJob) => JobChange | null,
  ): Promise<void> {
    const done = await this.update(key, (s) => (held(s, owner) ? change(s) : null));
    if (done === null) throw new LeaseLostError(key);
  }

  async enqueue(input: OutboxJobInput, now: string): Promise<{ job: OutboxJob; created: boolean }> {
    const job = newJob(input, now);
    const created = await ifMatch(() =>
      this.client.createEntity(jobToEntity({ job, ...UNCLAIMED })),
    );
    const stored = await this.read(job.key);
    if (stored === undefined) throw new UnknownJobError(job.key);
    return { job: stored.job, created };
  }

  async claimDue(owner: string, now: string, leaseMs: number, limit: number): Promise<OutboxJob[]> {
    const at = instant(now);
    const until = plusMs(at, leaseMs);
    const candidates = (
      await query(
        this.client,
        odata`PartitionKey eq ${PARTITION.outbox} and status eq 'pending' and nextAttemptAt le ${at} and claimUntil le ${at}`,
        limit * 4,
      )
    )
      .map(jobFromEntity)
      .sort((a, b) => byDue(a.job, b.job))
      .slice(0, limit);
    const claimed = await Promise.all(
      candidates.map(async (s) => {
        const interrupted = s.sendingAt !== '';
        const job: OutboxJob = {
          ...s.job,
          attempts: s.job.attempts + (interrupted ? 1 : 0),
          lastError: interrupted ? INTERRUPTED_SEND : s.job.lastError,
          interruptedAt: interrupted ? s.sendingAt : null,
          updatedAt: at,
        };
        const entity = jobToEntity({ job, claimOwner: owner, claimUntil: until, sendingAt: '' });
        // No re-read on 412: another instance claimed (or changed) it first.
        const won = await ifMatch(() =>
          this.client.updateEntity(entity, 'Replace', { etag: s.etag }),
        );
        return won ? job : null;
      }),
    );
    return claimed.filter((job): job is OutboxJob => job !== null);
  }

  async markSending(key: string, owner: string, now: string): Promise<void> {
    const at = instant(now);
    await this.mustHold(key, owner, (s) =>
      s.claimUntil > at ? { ...s, sendingAt: at, job: { ...s.job, updatedAt: at } } : null,
    );
  }

  async markSent(key: string, owner: string, now: string): Promise<void> {
    const at = instant(now);
    await this.mustHold(key, owner, (s) => ({
      ...UNCLAIMED,
      job: { ...s.job, status: 'sent', sentAt: at, updatedAt: at },
    }));
  }

  async markRetry(
    key: string,
    owner: string,
    nextAttemptAt: string,
    error: string,
    now: string,
  ): Promise<void> {
    const at = instant(now);
    const next = instant(nextAttemptAt);
    await this.mustHold(key, owner, (s) => ({
      ...UNCLAIMED,
      job: {
        ...s.job,
        attempts: s.job.attempts + 1,
        nextAttemptAt: next,
        lastError: error,
        updatedAt: at,
      },
    }));
  }

  async markFinal(
    key: string,
    owner: string,
    status: 'failed' | 'unreachable' | 'expired',
    error: string,
    now: string,
  ): Promise<void> {
    const at = instant(now);
    await this.mustHold(key, owner, (s) => ({
      ...UNCLAIMED,
      job: { ...s.job, status, lastError: error, updatedAt: at },
    }));
  }

  async release(key: string, owner: string): Promise<void> {
    await this.update(key, (s) =>
      held(s, owner) && s.sendingAt === '' ? { ...s, ...UNCLAIMED } : null,
    );
  }

  async withdraw(groupKey: string, now: string, kinds?: readonly string[]): Promise<OutboxJob[]> {
    const at = instant(now);
    const pending = (
      await query(
        this.client,
        odata`PartitionKey eq ${PARTITION.outbox} and groupKey eq ${groupKey} and status eq 'pending'`,
      )
    )
      .map(jobFromEntity)
      .filter((s) => kinds === undefined || kinds.includes(s.job.kind));
    const withdrawn = await Promise.all(
      pending.map((p) =>
        this.update(p.job.key, (s) => {
          const sending = s.sendingAt !== '' && s.claimUntil > at;
          if (s.job.status !== 'pending' || sending) return null;
          return { ...UNCLAIMED, job: { ...s.job, status: 'withdrawn', updatedAt: at } };
        }),
      ),
    );
    return withdrawn
      .filter((c): c is JobChange => c !== null)
      .map((c) => c.job)
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async retry(key: string, now: string): Promise<OutboxJob> {
    const at = instant(now);
    const retried = await this.update(key, (s) =>
      s.job.status === 'failed' || s.job.status === 'unreachable'
        ? {
            ...UNCLAIMED,
            job: {
              ...s.job,
              status: 'pending',
              attempts: 0,
              nextAttemptAt: at,
              lastError: null,
              updatedAt: at,
            },
          }
        : null,
    );
    if (retried !== null) return retried.job;
    const job = await this.get(key);
    if (job === undefined) throw new UnknownJobError(key);
    return job;
  }

  async get(key: string): Promise<OutboxJob | undefined> {
    return (await this.read(key))?.job;
  }

  async list(filter: OutboxFilter = {}): Promise<OutboxJob[]> {
    const clauses = [odata`PartitionKey eq ${PARTITION.outbox}`];
    if (filter.groupKey !== undefined) clauses.push(odata`groupKey eq ${filter.groupKey}`);
    const jobs = (await query(this.client, clauses.join(' and ')))
      .map((e) => jobFromEntity(e).job)
      .filter(
        (job) =>
          (filter.statuses === undefined || filter.statuses.includes(job.status)) &&
          (filter.kinds === undefined || filter.kinds.includes(job.kind)),
      );
    return jobs.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
  }
}

/** Named leases in Azure Tables: create (409 → someone has it) or Replace If-Match (412 → lost the race). */
export class AzureLeases implements LeaseStore {
  constructor(private readonly client: TableClient) {}

  async acquire(name: string, owner: string, now: string, ttlMs: number): Promise<boolean> {
    const at = instant(now);
    const entity = leaseToEntity(name, owner, plusMs(at, ttlMs));
    const found = await readEntity(this.client, PARTITION.lease, rowKey(name));
    if (found === undefined) return ifMatch(() => this.client.createEntity(entity));
    const lease = leaseFromEntity(found);
    if (lease.owner !== owner && lease.expiresAt > at) return false;
    return ifMatch(() => this.client.updateEntity(entity, 'Replace', { etag: lease.etag }));
  }

  async release(name: string, owner: string): Promise<void> {
    const found = await readEntity(this.client, PARTITION.lease, rowKey(name));
    if (found === undefined) return;
    const lease = leaseFromEntity(found);
    if (lease.owner !== owner) return;
    await ifMatch(() =>
      this.client.deleteEntity(PARTITION.lease, rowKey(name), { etag: lease.etag }),
    );
  }
}
