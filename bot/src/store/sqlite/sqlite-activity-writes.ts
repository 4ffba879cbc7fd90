/**
 * The activity writes of the SQLite store as synchronous functions, so that a single write
 * (SqliteActivities) and an import batch (one transaction, sqlite-import-batch.ts) run the same
 * SQL with the same checks.
 */
import type { Activity } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { SqliteDatabase } from '../../sqlite/database';
import { activityFromRow, activityRows, activityToRow } from './mappers';
import { createdOrSame, insertSql, rowBy, versionedUpdateSql } from './sqlite-sql';

/** Two versions of an activity hold the same content when all but these fields agree. */
const ACTIVITY = { entity: 'activity', ignore: ['version', 'createdAt', 'updatedAt'] };

function storedActivity(db: SqliteDatabase, activityId: string): Activity | undefined {
  return rowBy(db, 'SELECT * FROM activities WHERE id = ?', activityId, activityFromRow);
}

/**
 * Creates an activity with version 1; the same id with the same content is a no-op (the
 * stored one is returned), with other content a ConflictError.
 */
export function insertActivity(db: SqliteDatabase, activity: Omit<Activity, 'version'>): Activity {
  const stored: Activity = { ...activity, version: 1 };
  const result = db
    .prepare(`${insertSql('activities', activityRows)} ON CONFLICT(id) DO NOTHING`)
    .run(activityToRow(stored));
  return createdOrSame(
    result.changes === 1,
    stored,
    () => storedActivity(db, activity.id),
    ACTIVITY,
  );
}

/**
 * Replaces an activity stored at `expectedVersion` (version + 1); ConflictError when its
 * version differs, NotFoundError when it does not exist.
 */
export function replaceActivity(
  db: SqliteDatabase,
  activity: Omit<Activity, 'version'>,
  expectedVersion: number,
): Activity {
  const next: Activity = { ...activity, version: expectedVersion + 1 };
  const result = db
    // created_at is the first version's: an update keeps it.
    .prepare(versionedUpdateSql('activities', activityRows, ['created_at']))
    .run({ ...activityToRow(next), expected: expectedVersion });
  if (result.changes === 1) return next;
  if (storedActivity(db, activity.id) === undefined)
    throw new NotFoundError('activity', activity.id);
  throw new ConflictError('activity', activity.id);
}
