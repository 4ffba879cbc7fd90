import type { Activity } from '../types';

/**
 * Activity edits the system of record (SharePoint) refused for good after the user was told
 * "sparad, synkas": someone else changed the activity meanwhile, or the write was refused.
 * They are kept (never thrown away) and shown in the activity's detail to those who may edit
 * it, until someone dismisses the message. Without SharePoint there are none.
 */

/** The edited fields shown back to the user (the ones the tab can name). */
export const REFUSED_EDIT_FIELDS = [
  'title',
  'description',
  'goal',
  'heading',
  'owner',
  'partners',
  'startDate',
  'endDate',
] as const satisfies readonly (keyof Activity)[];

export type RefusedEditField = (typeof REFUSED_EDIT_FIELDS)[number];

/** One refused value: the field and what the user had entered. */
export type RefusedEditChange = {
  [F in RefusedEditField]: { readonly field: F; readonly value: Activity[F] };
}[RefusedEditField];

/** Why: 'changed-meanwhile' (someone else saved first), 'refused' (anything else). */
export type RefusedEditReason = 'changed-meanwhile' | 'refused';

export interface RefusedEdit {
  /** Stable id of the refused write (for dismissing it). */
  readonly id: string;
  readonly activityId: string;
  /** UTC instant the user saved the edit. */
  readonly savedAt: string;
  readonly reason: RefusedEditReason;
  /** The edited values that differ from the activity as it is now, in field order. */
  readonly changes: readonly RefusedEditChange[];
}

export interface RefusedEditsPort {
  /** Refused, not yet dismissed edits of the activity, oldest first (none that change nothing). */
  forActivity(activityId: string): Promise<RefusedEdit[]>;
  /** Marks the message dismissed (the write itself is kept); false when there is no such edit. */
  dismiss(activityId: string, editId: string): Promise<boolean>;
}
