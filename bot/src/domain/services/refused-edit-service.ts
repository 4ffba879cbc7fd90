import {
  REFUSED_EDIT_FIELDS,
  type RefusedEditChange,
  type RefusedEditsPort,
} from '../ports/refused-edits.port';
import type { StorePort } from '../ports/store.port';
import { canActFor } from '../reporting';
import type { Activity, Member } from '../types';

/** Outcome of dismissing a refused edit's message. */
export type DismissResult = 'dismissed' | 'not-found' | 'forbidden';

/**
 * Dismisses the message about a refused edit of an activity: for those who may edit the
 * activity (Samordning, or a samordnare of its organisation), like the edit itself.
 */
export async function dismissRefusedEdit(
  store: StorePort,
  refused: RefusedEditsPort | null,
  viewer: Member,
  activityId: string,
  editId: string,
): Promise<DismissResult> {
  const activity = await store.activities.get(activityId);
  if (activity === undefined) return 'not-found';
  if (!canActFor(viewer, activity.organisationId)) return 'forbidden';
  if (refused === null) return 'not-found';
  return (await refused.dismiss(activityId, editId)) ? 'dismissed' : 'not-found';
}

/** The refused edit's values that differ from `current` (pure). */
export function refusedChanges(current: Activity, edited: Activity): RefusedEditChange[] {
  return REFUSED_EDIT_FIELDS.filter(
    (field) => JSON.stringify(current[field]) !== JSON.stringify(edited[field]),
  ).map((field) => ({ field, value: edited[field] }) as RefusedEditChange);
}
