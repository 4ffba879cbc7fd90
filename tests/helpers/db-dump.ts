import type { SqliteDatabase } from '../../bot/src/sqlite/database';

/**
 * Tables that change by themselves and hold no user data: the dispatcher renews its lease
 * every few seconds, so a before/after comparison would flicker.
 */
const VOLATILE_TABLES = new Set(['leases']);

/** Every row of every table, as one JSON string: for checking what a scenario stored. */
export function dumpDatabase(db: SqliteDatabase): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables
      .filter(({ name }) => !VOLATILE_TABLES.has(name))
      .map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}
