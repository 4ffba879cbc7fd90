/**
 * Starting the next plan period (issue 15 item 4, decision 0028): carries the chosen activities
 * of the old plan into the new one, under the goals a person confirmed. Only new activities are
 * written; the old plan's activities, rounds and reports are left as they are, so its Översikt,
 * export and report draft stay what they were (frozen: the plan has reports). Idempotent.
 */
import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import { planCarry, type CarryChoice, type CarryProblem } from '../carry/carry-plan';
import { suggestGoalMapping, type GoalSuggestion } from '../carry/goal-mapping';
import type { Activity, Plan } from '../types';
import { isPlanNotFound, resolvePlan, type PlanNotFound } from './resolve-plan';

export type CarryOutcome =
  | PlanNotFound
  | { readonly kind: 'refused'; readonly problems: readonly CarryProblem[] }
  | {
      readonly kind: 'carried';
      readonly from: Plan;
      readonly to: Plan;
      /** Newly written (a repeated carry writes none). */
      readonly created: readonly Activity[];
      /** Already carried before. */
      readonly existing: number;
    };

/** What a person confirms: the old plan's goals with a suggestion each, and its activities. */
export async function carrySuggestion(
  store: StorePort,
  fromId: string,
  toId: string,
): Promise<
  PlanNotFound | { from: Plan; to: Plan; goals: GoalSuggestion[]; activities: Activity[] }
> {
  const [from, to] = await Promise.all([resolvePlan(store, fromId), resolvePlan(store, toId)]);
  if (isPlanNotFound(from)) return from;
  if (isPlanNotFound(to)) return to;
  const activities = await store.activities.list({ planId: from.id });
  return { from, to, goals: suggestGoalMapping(from, to), activities };
}

export async function carryActivities(
  store: StorePort,
  clock: Clock,
  fromId: string,
  toId: string,
  choice: CarryChoice,
): Promise<CarryOutcome> {
  const [from, to] = await Promise.all([resolvePlan(store, fromId), resolvePlan(store, toId)]);
  if (isPlanNotFound(from)) return from;
  if (isPlanNotFound(to)) return to;
  const activities = await store.activities.list({ planId: from.id });
  const planned = planCarry(from, to, activities, choice, clock.now().toISOString());
  if (!planned.ok) return { kind: 'refused', problems: planned.problems };
  const created: Activity[] = [];
  let existing = 0;
  for (const activity of planned.activities) {
    if ((await store.activities.get(activity.id)) !== undefined) existing += 1;
    else created.push(await store.activities.create(activity));
  }
  return { kind: 'carried', from, to, created, existing };
}
