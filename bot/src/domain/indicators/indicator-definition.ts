/**
 * An indicator defined by Samordning in the tab (issue 19 item 1, decision 0032): the same
 * fields as a plan file's indicator, kept per plan in the store, optionally tied to one
 * activity. The plan file's indicators stay where they are; the two are listed side by side.
 */
import type { PlanIndicator } from '../plan-file/plan-document';

export interface IndicatorDefinition extends PlanIndicator {
  readonly planId: string;
  /** The activity it follows up (then `goal` is the activity's), or null for a goal or the plan. */
  readonly activityId: string | null;
  /** Who defined or last changed it, and when (ISO-8601 UTC). */
  readonly updatedByName: string;
  readonly updatedAt: string;
  /** When Samordning removed it (ISO-8601 UTC), else null: kept, so its values keep a name. */
  readonly removedAt: string | null;
}

/** The one key of a definition: plan and indicator id. */
export const indicatorDefinitionKey = (d: Pick<IndicatorDefinition, 'planId' | 'id'>): string =>
  `${d.planId}:${d.id}`;
