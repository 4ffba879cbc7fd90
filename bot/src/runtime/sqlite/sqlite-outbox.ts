import {
  LeaseLostError,
  type LeaseStore,
  type OutboxFilter,
  type OutboxJob,
  type OutboxJobInput,
  type OutboxStore,
} from '../../domain/ports/outbox.port';
import type { SqliteDatabase } from '../../sqlite/database';
import { INTERRUPTED_SEND, instant, newJob, plusMs, UnknownJobError } from '../outbox-rules';
import { jobFromRow, newJobRow } from './runtime-mappers';

/** Columns that free a claim. */
const UNCLAIM = 'claim_owner = NULL, claim_until = NULL, sending_at = NULL, interrupted_at = NULL';
/** The claimed job is still ours (expired but not retaken counts as ours). */
const HELD = `key = @key AND status = 'pending' AND claim_owner = @owner`;

/**
 * The outbox in SQLite. Every state change is one conditional UPDATE (claims in an IMMEDIATE
 * transaction), so several connections, even several processes on one file, never hold the
 * same job at once.
 */
export class SqliteOutbox implements OutboxStore {
  constructor(private readonly db: SqliteDatabase) {}

  async enqueue(input: OutboxJobInput, now: string): Promise<{ job: OutboxJob; created: boolean }> {
    const job = newJob(input, now);
    const result = this.db
      .prepare(
        `INSERT INTO outbox (key, group_key, kind, recipient, message, due_at, expires_at, status, attempts,
           next_attempt_at, last_error, sent_at, interrupted_at, created_at, updated_at)
         VALUES (@key, @group_key, @kind, @recipient, @message, @due_at, @expires_at, @status, @attempts,
           @next_attempt_at, @last_error, @sent_at, @interrupted_at, @created_at, @updated_at)
         ON CONFLICT(key) DO NOTHING`,
      )
      .run(newJobRow(job));
    const stored = await this.get(job.key);
    if (stored === undefined) throw new UnknownJobError(job.key);
    return { job: stored, created: result.changes === 1 };
  }

  async claimDue(owner: string, now: string, leaseMs: number, limit: number): Promise<OutboxJob[]> {
    const at = instant(now);
    const claim = this.db.transaction(() =>
      this.db
        .prepare(
          `UPDATE outbox SET claim_owner = @owner, claim_until = @until, updated_at = @now,
             attempts = attempts + (CASE WHEN sending_at IS NULL THEN 0 ELSE 1 END),
             last_error = CASE WHEN sending_at IS NULL THEN last_error ELSE @interrupted END,
             interrupted_at = sending_at,
             sending_at = NULL
           WHERE key IN (
             SELECT key FROM outbox
             WHERE status = 'pending' AND next_attempt_at <= @now
               AND (claim_until IS NULL OR claim_until <= @now)
             ORDER BY next_attempt_at, key LIMIT @limit)
           RETURNING *`,
        )
        .all({ owner, now: at, until: plusMs(at, leaseMs), limit, interrupted: INTERRUPTED_SEND }),
    );
    return claim
      .immediate()
      .map(jobFromRow)
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.key.localeCompare(b.key));
  }

  private change(sql: string, params: Record<string, unknown>): void {
    if (this.db.prepare(sql).run(params).changes !== 1)
      throw new LeaseLostError(String(params['key']));
  }

  async markSending(key: string, owner: string, now: string): Promise<void> {
    this.change(
      `UPDATE outbox SET sending_at = @now, updated_at = @now WHERE ${HELD} AND claim_until > @now`,
      { key, owner, now: instant(now) },
    );
  }

  async markSent(key: string, owner: string, now: string): Promise<void> {
    this.change(
      `UPDATE outbox SET status = 'sent', sent_at = @now, updated_at = @now, ${UNCLAIM} WHERE ${HELD}`,
      { key, owner, now: instant(now) },
    );
  }

  async markRetry(
    key: string,
    owner: string,
    nextAttemptAt: string,
    error: string,
    now: string,
  ): Promise<void> {
    this.change(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error,
         updated_at = @now, ${UNCLAIM} WHERE ${HELD}`,
      { key, owner, next: instant(nextAttemptAt), error, now: instant(now) },
    );
  }

  async markFinal(
    key: string,
    owner: string,
    status: 'failed' | 'unreachable' | 'expired',
    error: string,
    now: string,
  ): Promise<void> {
    this.change(
      `UPDATE outbox SET status = @status, last_error = @error, updated_at = @now, ${UNCLAIM}
       WHERE ${HELD}`,
      { key, owner, status, error, now: instant(now) },
    );
  }

  async release(key: string, owner: string): Promise<void> {
    this.db
      .prepare(`UPDATE outbox SET ${UNCLAIM} WHERE ${HELD} AND sending_at IS NULL`)
      .run({ key, owner });
  }

  async withdraw(groupKey: string, now: string, kinds?: readonly string[]): Promise<OutboxJob[]> {
    const kindFilter =
      kinds === undefined ? '' : `AND kind IN (SELECT value FROM json_each(@kinds))`;
    return this.db
      .prepare(
        `UPDATE outbox SET status = 'withdrawn', updated_at = @now, ${UNCLAIM}
         WHERE group_key = @groupKey AND status = 'pending' ${kindFilter}
           AND NOT (sending_at IS NOT NULL AND claim_until > @now)
         RETURNING *`,
      )
      .all({ groupKey, now: instant(now), kinds: JSON.stringify(kinds ?? []) })
      .map(jobFromRow)
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async retry(key: string, now: string): Promise<OutboxJob> {
    const at = instant(now);
    const row = this.db
      .prepare(
        `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL,
           updated_at = @now, ${UNCLAIM}
         WHERE key = @key AND status IN ('failed', 'unreachable') RETURNING *`,
      )
      .get({ key, now: at });
    if (row !== undefined) return jobFromRow(row);
    const job = await this.get(key);
    if (job === undefined) throw new UnknownJobError(key);
    return job;
  }

  async get(key: string): Promise<OutboxJob | undefined> {
    const row = this.db.prepare('SELECT * FROM outbox WHERE key = ?').get(key);
    return row === undefined ? undefined : jobFromRow(row);
  }

  async list(filter: OutboxFilter = {}): Promise<OutboxJob[]> {
    const where: string[] = [];
    if (filter.groupKey !== undefined) where.push('group_key = @groupKey');
    if (filter.statuses !== undefined)
      where.push('status IN (SELECT value FROM json_each(@statuses))');
    if (filter.kinds !== undefined) where.push('kind IN (SELECT value FROM json_each(@kinds))');
    return this.db
      .prepare(
        `SELECT * FROM outbox ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
         ORDER BY due_at, key`,
      )
      .all({
        groupKey: filter.groupKey ?? null,
        statuses: JSON.stringify(filter.statuses ?? []),
        kinds: JSON.stringify(filter.kinds ?? []),
      })
      .map(jobFromRow);
  }
}

/** Named leases in SQLite: one conditional upsert takes or renews. */
export class SqliteLeases implements LeaseStore {
  constructor(private readonly db: SqliteDatabase) {}

  async acquire(name: string, owner: string, now: string, ttlMs: number): Promise<boolean> {
    const at = instant(now);
    const result = this.db
      .prepare(
        `INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @until)
         ON CONFLICT(name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE leases.owner = excluded.owner OR leases.expires_at <= @now`,
      )
      .run({ name, owner, now: at, until: plusMs(at, ttlMs) });
    return result.changes === 1;
  }

  async release(name: string, owner: string): Promise<void> {
    this.db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
  }
}
