import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import { sameContent } from '../same-content';
import type { ListReplica } from './list-replica';
import type { SharePointContext } from './sharepoint-context';

/**
 * The repository skeleton every SharePoint list shares: fresh reads from the read model,
 * create-once, versioned create and update, upsert. The repositories add only what is their
 * own (filters, orders, the records written beside).
 */

/** Whether `record` holds every value `given` names; an undefined value matches anything. */
export function matches<T extends object>(
  record: T,
  given: { readonly [K in keyof T]?: T[K] | undefined },
): boolean {
  return (Object.keys(given) as (keyof T)[]).every(
    (key) => given[key] === undefined || record[key] === given[key],
  );
}

/** Every record of a list, the read model brought up to date first. */
export async function readAll<T>(ctx: SharePointContext, replica: ListReplica<T>): Promise<T[]> {
  await ctx.fresh();
  return replica.all();
}

/** One record by its key, the read model brought up to date first. */
export async function readOne<T>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  key: string,
): Promise<T | undefined> {
  await ctx.fresh();
  return replica.get(key)?.record;
}

/** Create-or-replace for the simple lists; an unchanged record costs no Graph call. */
export async function upsert<T>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  record: T,
): Promise<void> {
  await ctx.fresh();
  const existing = replica.get(replica.mapper.key(record));
  if (
    existing !== undefined &&
    sameContent(replica.mapper.toFields(existing.record), replica.mapper.toFields(record), [])
  ) {
    return;
  }
  await ctx.write(replica, record, 'upsert', existing);
}

/** Last write wins: an upsert over whatever item holds the record's key. */
export async function replace<T>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  record: T,
): Promise<void> {
  await ctx.fresh();
  await ctx.write(replica, record, 'upsert', replica.get(replica.mapper.key(record)));
}

interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** What a versioned record is called in its errors, and the fields "same content" ignores. */
export interface VersionedList {
  readonly entity: string;
  readonly ignore: readonly string[];
}

/**
 * Creates `record` at version 1 and returns it; when its id is stored with the same content
 * (but `ignore`), the stored record instead (`created: false`); other content is a ConflictError.
 * `before` runs checks of the caller's own once the id is known to be new.
 */
export async function createVersioned<T extends Versioned>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  list: VersionedList,
  record: Omit<T, 'version'>,
  before: () => Promise<void> = async () => {},
): Promise<{ record: T; created: boolean }> {
  await ctx.fresh();
  const existing = replica.get(record.id);
  if (existing !== undefined) {
    if (sameContent(existing.record, record, list.ignore))
      return { record: existing.record, created: false };
    throw new ConflictError(list.entity, record.id);
  }
  await before();
  const stored = { ...record, version: 1 } as T;
  await ctx.write(replica, stored, 'create');
  return { record: stored, created: true };
}

/**
 * Replaces a record stored at `expectedVersion` with version + 1 (PATCH with If-Match):
 * NotFoundError when it is not stored, ConflictError when its version differs.
 */
export async function updateVersioned<T extends Versioned>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  list: VersionedList,
  record: Omit<T, 'version'>,
  expectedVersion: number,
): Promise<T> {
  await ctx.fresh();
  const existing = replica.get(record.id);
  if (existing === undefined) throw new NotFoundError(list.entity, record.id);
  if (existing.record.version !== expectedVersion) throw new ConflictError(list.entity, record.id);
  const next = { ...record, version: expectedVersion + 1 } as T;
  await ctx.write(replica, next, 'update', existing);
  return next;
}

/**
 * Creates `record` unless one with its key exists: the stored one (first record wins), or
 * null when `record` was created. The read model answers first; when it knows nothing, the
 * indexed `SamordnaId` is looked up in SharePoint (one call), so another instance's record
 * written in the last 30 s still wins.
 */
export async function createOnce<T>(
  ctx: SharePointContext,
  replica: ListReplica<T>,
  record: T,
): Promise<T | null> {
  await ctx.fresh();
  const key = replica.mapper.key(record);
  const known = replica.get(key);
  if (known !== undefined) return known.record;
  const [stored] = await ctx.lists.findBy(replica.mapper.list, 'SamordnaId', key);
  if (stored !== undefined) {
    replica.applyServer([stored]);
    return replica.get(key)?.record ?? replica.mapper.fromFields(stored.fields);
  }
  await ctx.write(replica, record, 'create');
  return null;
}
