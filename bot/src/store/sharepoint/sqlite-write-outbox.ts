import { z } from 'zod';
import type {
  PendingWrite,
  RefusedWrite,
  WriteOutboxPort,
} from '../../domain/ports/write-outbox.port';
import { sqliteCodec } from '../../codecs/record-codec';
import { migrate, openDatabase, type Migration, type SqliteDatabase } from '../../sqlite/database';

/**
 * Runs on the outbox's own SQLite file, or on the runtime database when runtime state is in
 * SQLite (then in the same migrations table as the other runtime migrations).
 */
export const writeOutboxMigration: Migration = {
  id: '003-sharepoint-write-outbox',
  sql: `
    CREATE TABLE sharepoint_write_outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      list TEXT NOT NULL,
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      fields TEXT NOT NULL,
      etag TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      not_before TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX sharepoint_write_outbox_due ON sharepoint_write_outbox(not_before, seq);
  `,
};

/** Refused writes are kept apart (same columns plus why and when), never deleted by the app. */
export const refusedWritesMigration: Migration = {
  id: '004-sharepoint-refused-writes',
  sql: `
    CREATE TABLE sharepoint_refused_writes (
      seq INTEGER PRIMARY KEY,
      list TEXT NOT NULL,
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      fields TEXT NOT NULL,
      etag TEXT,
      attempts INTEGER NOT NULL,
      not_before TEXT NOT NULL,
      created_at TEXT NOT NULL,
      reason TEXT NOT NULL,
      refused_at TEXT NOT NULL
    );
  `,
};

/** A refused write's message can be dismissed in the tab; the row stays. */
export const refusedDismissedMigration: Migration = {
  id: '006-sharepoint-refused-dismissed',
  sql: 'ALTER TABLE sharepoint_refused_writes ADD COLUMN dismissed_at TEXT;',
};

const pendingWriteShape = z.object({
  seq: z.number().int(),
  list: z.string(),
  kind: z.enum(['create', 'update', 'upsert']),
  key: z.string(),
  fields: z.string(),
  etag: z.string().nullable(),
  attempts: z.number().int(),
  notBefore: z.string(),
  createdAt: z.string(),
});

const pending = sqliteCodec(pendingWriteShape);
const refusedRows = sqliteCodec(
  pendingWriteShape.extend({
    reason: z.string(),
    refusedAt: z.string(),
    dismissedAt: z.string().nullable(),
  }),
);

const fromRow = (row: unknown): PendingWrite => pending.fromRow(row);
const refusedFromRow = (row: unknown): RefusedWrite => refusedRows.fromRow(row);

/** The SharePoint write outbox in SQLite (the runtime database file, or `:memory:`). */
export class SqliteWriteOutbox implements WriteOutboxPort {
  private constructor(
    private readonly db: SqliteDatabase,
    private readonly owned: boolean,
  ) {}

  /** Opens its own database file. */
  static open(path: string): SqliteWriteOutbox {
    return SqliteWriteOutbox.attach(openDatabase(path), true);
  }

  /** Uses an open runtime database (migrates it). */
  static attach(db: SqliteDatabase, owned = false): SqliteWriteOutbox {
    migrate(db, 'runtime_migrations', [
      writeOutboxMigration,
      refusedWritesMigration,
      refusedDismissedMigration,
    ]);
    return new SqliteWriteOutbox(db, owned);
  }

  async enqueue(
    write: Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'>,
  ): Promise<PendingWrite> {
    return this.insert(write);
  }

  async enqueueAll(
    writes: readonly Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'>[],
  ): Promise<PendingWrite[]> {
    // One transaction: after a crash the outbox holds the whole batch or nothing of it.
    return this.db.transaction(() => writes.map((write) => this.insert(write)))();
  }

  private insert(write: Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'>): PendingWrite {
    const result = this.db
      .prepare(
        `INSERT INTO sharepoint_write_outbox (list, kind, key, fields, etag, attempts, not_before, created_at)
         VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
      )
      .run(
        write.list,
        write.kind,
        write.key,
        write.fields,
        write.etag,
        write.createdAt,
        write.createdAt,
      );
    return {
      ...write,
      seq: Number(result.lastInsertRowid),
      attempts: 0,
      notBefore: write.createdAt,
    };
  }

  async list(): Promise<PendingWrite[]> {
    return this.db.prepare('SELECT * FROM sharepoint_write_outbox ORDER BY seq').all().map(fromRow);
  }

  async due(now: string, limit: number): Promise<PendingWrite[]> {
    return this.db
      .prepare('SELECT * FROM sharepoint_write_outbox WHERE not_before <= ? ORDER BY seq LIMIT ?')
      .all(now, limit)
      .map(fromRow);
  }

  async fail(seq: number, notBefore: string): Promise<void> {
    this.db
      .prepare(
        'UPDATE sharepoint_write_outbox SET attempts = attempts + 1, not_before = ? WHERE seq = ?',
      )
      .run(notBefore, seq);
  }

  async done(seq: number): Promise<void> {
    this.db.prepare('DELETE FROM sharepoint_write_outbox WHERE seq = ?').run(seq);
  }

  async refuse(seq: number, reason: string, at: string): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT OR IGNORE INTO sharepoint_refused_writes
             SELECT seq, list, kind, key, fields, etag, attempts, not_before, created_at, ?, ?, NULL
             FROM sharepoint_write_outbox WHERE seq = ?`,
        )
        .run(reason, at, seq);
      this.db.prepare('DELETE FROM sharepoint_write_outbox WHERE seq = ?').run(seq);
    })();
  }

  async refused(): Promise<RefusedWrite[]> {
    return this.db
      .prepare('SELECT * FROM sharepoint_refused_writes ORDER BY seq')
      .all()
      .map(refusedFromRow);
  }

  async dismiss(seq: number, at: string): Promise<boolean> {
    const result = this.db
      .prepare(
        'UPDATE sharepoint_refused_writes SET dismissed_at = ? WHERE seq = ? AND dismissed_at IS NULL',
      )
      .run(at, seq);
    return result.changes > 0;
  }

  async close(): Promise<void> {
    if (this.owned && this.db.open) this.db.close();
  }
}
