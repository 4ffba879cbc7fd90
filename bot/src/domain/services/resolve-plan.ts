/**
 * The one way to find the plan a request works on (issue 15, decision 0021): the chosen plan
 * when an id is given, else the current one. Nothing else picks a plan from `plans.list()`.
 */
import type { StorePort } from '../ports/store.port';
import type { Plan } from '../types';

/** No plan with the requested id, or (no id given) no plan in the store at all. */
export interface PlanNotFound {
  readonly kind: 'plan-not-found';
  /** The id asked for; null when the current plan was asked for. */
  readonly requested: string | null;
}

export async function resolvePlan(
  store: Pick<StorePort, 'plans'>,
  planId?: string | null,
): Promise<Plan | PlanNotFound> {
  const plan =
    planId === undefined || planId === null
      ? await store.plans.current()
      : await store.plans.get(planId);
  return plan ?? { kind: 'plan-not-found', requested: planId ?? null };
}

export function isPlanNotFound(value: Plan | PlanNotFound): value is PlanNotFound {
  return 'kind' in value && value.kind === 'plan-not-found';
}

/** The plan, or undefined when it cannot be resolved (for callers that refuse in their own words). */
export async function resolvedPlanOrUndefined(
  store: Pick<StorePort, 'plans'>,
  planId?: string | null,
): Promise<Plan | undefined> {
  const plan = await resolvePlan(store, planId);
  return isPlanNotFound(plan) ? undefined : plan;
}
