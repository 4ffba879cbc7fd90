import type { SqliteDatabase } from '../../bot/src/store/sqlite/database';

/** Every row of every table, as one JSON string: for checking what a scenario stored. */
export function dumpDatabase(db: SqliteDatabase): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}
