import type {
  ImportBatch,
  ImportBatchRepository,
  ImportBatchResult,
} from '../../domain/ports/import-batch.port';
import type { SqliteDatabase } from '../../sqlite/database';
import { reportToRow } from './mappers';
import { insertActivity, replaceActivity } from './sqlite-activity-writes';

/**
 * An import in one SQLite transaction: every create, update and report of the batch, or —
 * on the first failed check, or when the process dies before COMMIT — none of them (WAL
 * leaves an unfinished transaction out on the next open). The transaction runs synchronously,
 * so no other request's statement can slip into it.
 */
export class SqliteImportBatch implements ImportBatchRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async apply(batch: ImportBatch): Promise<ImportBatchResult> {
    this.db.transaction(() => {
      for (const activity of batch.creates) insertActivity(this.db, activity);
      for (const { activity, expectedVersion } of batch.updates)
        replaceActivity(this.db, activity, expectedVersion);
      const append = this.db.prepare(
        `INSERT INTO reports (id, idempotency_key, activity_id, round_id, status, done, next, reason,
           reported_by_user_id, reported_by_name, reported_at, outcome)
         VALUES (@id, @idempotency_key, @activity_id, @round_id, @status, @done, @next, @reason,
           @reported_by_user_id, @reported_by_name, @reported_at, @outcome)
         ON CONFLICT(idempotency_key) DO NOTHING`,
      );
      for (const { report, idempotencyKey } of batch.reports)
        append.run({ ...reportToRow(report), idempotency_key: idempotencyKey });
    })();
    return { syncPending: false };
  }
}
