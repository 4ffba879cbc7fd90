import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqliteDatabase = Database.Database;

/** One migration: an id that never changes and the SQL it runs once. */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/**
 * Opens (and creates) a SQLite database file with WAL and foreign keys on.
 * `:memory:` gives a private in-memory database for tests.
 */
export function openDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Applies the migrations not yet recorded in `schema_migrations`, in order. Safe to run on every start. */
export function migrate(
  db: SqliteDatabase,
  table: string,
  migrations: readonly Migration[],
): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const applied = new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare(`INSERT INTO ${table} (id, applied_at) VALUES (?, ?)`).run(
        migration.id,
        new Date().toISOString(),
      );
    })();
    ran.push(migration.id);
  }
  return ran;
}
