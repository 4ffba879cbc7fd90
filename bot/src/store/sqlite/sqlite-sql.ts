import { ConflictError } from '../../domain/ports/store.port';
import { sameContent } from '../same-content';
import type { SqliteDatabase } from '../../sqlite/database';

/**
 * The SQL every SQLite repository repeated, written once: a filter's WHERE clause, the INSERT
 * and the versioned UPDATE of a record's columns (named by its codec), and a row looked up by
 * one value.
 */

/**
 * `WHERE …` of the conditions whose value is given (AND), and the parameters they bind. Each
 * condition names its one parameter: `{ 'plan_id = @planId': filter.planId }`.
 */
export function whereOf(conditions: Readonly<Record<string, string | undefined>>): {
  where: string;
  params: Record<string, string>;
} {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  for (const [clause, value] of Object.entries(conditions)) {
    if (value === undefined) continue;
    const name = /@(\w+)/.exec(clause)?.[1];
    if (name === undefined) throw new Error(`No parameter in ${clause}`);
    clauses.push(clause);
    params[name] = value;
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** A record's columns, as its codec names them. */
interface Columns {
  readonly columns: readonly string[];
}

/** `INSERT INTO table (columns) VALUES (@columns)`, each column bound by its name. */
export const insertSql = (table: string, codec: Columns): string =>
  `INSERT INTO ${table} (${codec.columns.join(', ')}) VALUES (${codec.columns
    .map((c) => `@${c}`)
    .join(', ')})`;

/** `INSERT … ON CONFLICT(key) DO UPDATE` of every other column: create or replace by key. */
export const upsertSql = (table: string, codec: Columns, key = 'id'): string =>
  `${insertSql(table, codec)} ON CONFLICT(${key}) DO UPDATE SET ${codec.columns
    .filter((c) => c !== key)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;

/**
 * `UPDATE table SET …` of every column but `id` and `keep` (columns set once, at creation),
 * where the row's id and version are `@id` and `@expected`: an optimistic versioned update.
 */
export const versionedUpdateSql = (
  table: string,
  codec: Columns,
  keep: readonly string[] = [],
): string =>
  `UPDATE ${table} SET ${codec.columns
    .filter((c) => c !== 'id' && !keep.includes(c))
    .map((c) => `${c} = @${c}`)
    .join(', ')} WHERE id = @id AND version = @expected`;

/** The one row `sql` finds for `value`, read with `fromRow`; undefined when there is none. */
export function rowBy<T>(
  db: SqliteDatabase,
  sql: string,
  value: string,
  fromRow: (row: unknown) => T,
): T | undefined {
  const row: unknown = db.prepare(sql).get(value);
  return row === undefined ? undefined : fromRow(row);
}

/** Every row `sql` finds for `value`, read with `fromRow`. */
export const rowsBy = <T>(
  db: SqliteDatabase,
  sql: string,
  value: string,
  fromRow: (row: unknown) => T,
): T[] => db.prepare(sql).all(value).map(fromRow);

/** The rows of `table` the filter's conditions (see `whereOf`) select, in `order`, read with `fromRow`. */
export function rowsWhere<T>(
  db: SqliteDatabase,
  table: string,
  conditions: Readonly<Record<string, string | undefined>>,
  order: string,
  fromRow: (row: unknown) => T,
): T[] {
  const { where, params } = whereOf(conditions);
  return db.prepare(`SELECT * FROM ${table} ${where} ORDER BY ${order}`).all(params).map(fromRow);
}

/**
 * The result of creating a record at version 1 with `INSERT … ON CONFLICT(id) DO NOTHING`:
 * the record when it was inserted; when its id was taken, the stored record if it holds the
 * same content (all but `ignore`: a replayed create), else a ConflictError.
 */
export function createdOrSame<T extends { readonly id: string }>(
  inserted: boolean,
  record: T,
  stored: () => T | undefined,
  list: { readonly entity: string; readonly ignore: readonly string[] },
): T {
  if (inserted) return record;
  const existing = stored();
  if (existing !== undefined && sameContent(existing, record, list.ignore)) return existing;
  throw new ConflictError(list.entity, record.id);
}
