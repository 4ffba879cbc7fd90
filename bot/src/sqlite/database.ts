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
  // In WAL mode NORMAL never corrupts and survives a process crash (kill -9); only an OS crash
  // or power loss can drop the last commits. FULL would fsync every report.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  cacheStatements(db);
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

/** Opens the database at `path` and applies the migrations recorded in `table` (see `migrate`). */
export function openMigrated(
  path: string,
  table: string,
  migrations: readonly Migration[],
): SqliteDatabase {
  const db = openDatabase(path);
  migrate(db, table, migrations);
  return db;
}

/** An adapter over one SQLite file (or `:memory:`): its database, raw for tests, and closing it. */
export abstract class SqliteFile {
  protected constructor(protected readonly db: SqliteDatabase) {}

  /** Raw table access for tests that must inspect every row (e.g. privacy checks). */
  get database(): SqliteDatabase {
    return this.db;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Makes `db.prepare` reuse compiled statements per SQL text: adapters keep their SQL next to
 * the code that uses it, and compiling on every call cost ~10% of a status submit. A cached
 * statement is handed out with pluck/raw reset, so one caller's mode never leaks to another.
 */
function cacheStatements(db: SqliteDatabase): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = compile(source);
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.pluck(false).raw(false);
    }
    return statement;
  };
  db.prepare = prepare as SqliteDatabase['prepare'];
}
