/**
 * The activity writes of the SQLite store as synchronous functions, so that a single write
 * (SqliteActivities) and an import batch (one transaction, sqlite-import-batch.ts) run the same
 * SQL with the same checks.
 */
import type { Activity } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { SqliteDatabase } from './database';
import { activityFromRow, activityToRow } from './mappers';

/**
 * The fields that make two versions of an activity "the same content": everything but
 * the version and timestamps, in a stable key order (a stored row has a version, the
 * caller's activity does not, and their keys may come in different orders).
 */
function contentKey(activity: Omit<Activity, 'version'> & { version?: number }): string {
  const { createdAt: _created, updatedAt: _updated, version: _version, ...content } = activity;
  return JSON.stringify(Object.entries(content).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function storedActivity(db: SqliteDatabase, activityId: string): Activity | undefined {
  const row = db.prepare('SELECT * FROM activities WHERE id = ?').get(activityId);
  return row === undefined ? undefined : activityFromRow(row);
}

/**
 * Creates an activity with version 1; the same id with the same content is a no-op (the
 * stored one is returned), with other content a ConflictError.
 */
export function insertActivity(db: SqliteDatabase, activity: Omit<Activity, 'version'>): Activity {
  const stored: Activity = { ...activity, version: 1 };
  const result = db
    .prepare(
      `INSERT INTO activities (id, plan_id, organisation_id, goal, strategy_id, heading, title, description,
         focus_area_ids, perspective_ids, target_group_ids, prevention_level, direction, partners, owner,
         start_date, end_date, demo, version, created_at, updated_at)
       VALUES (@id, @plan_id, @organisation_id, @goal, @strategy_id, @heading, @title, @description,
         @focus_area_ids, @perspective_ids, @target_group_ids, @prevention_level, @direction, @partners, @owner,
         @start_date, @end_date, @demo, @version, @created_at, @updated_at)
       ON CONFLICT(id) DO NOTHING`,
    )
    .run(activityToRow(stored));
  if (result.changes === 1) return stored;
  const existing = storedActivity(db, activity.id);
  if (existing !== undefined && contentKey(existing) === contentKey(activity)) return existing;
  throw new ConflictError('activity', activity.id);
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
    .prepare(
      `UPDATE activities SET plan_id = @plan_id, organisation_id = @organisation_id, goal = @goal,
         strategy_id = @strategy_id, heading = @heading, title = @title, description = @description,
         focus_area_ids = @focus_area_ids, perspective_ids = @perspective_ids,
         target_group_ids = @target_group_ids, prevention_level = @prevention_level,
         direction = @direction, partners = @partners, owner = @owner, start_date = @start_date,
         end_date = @end_date, demo = @demo, version = @version, updated_at = @updated_at
       WHERE id = @id AND version = @expected`,
    )
    .run({ ...activityToRow(next), expected: expectedVersion });
  if (result.changes === 1) return next;
  if (storedActivity(db, activity.id) === undefined)
    throw new NotFoundError('activity', activity.id);
  throw new ConflictError('activity', activity.id);
}
