import { getJson, type ApiResult } from './client';
import { isRecord } from './guards';

/** One plan as `GET /api/v1/plans` lists it (bot/src/http/data-api.ts). */
export interface PlanListItem {
  readonly id: string;
  readonly title: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly current: boolean;
  readonly ended: boolean;
  readonly frozen: boolean;
}

export interface PlanList {
  readonly plans: readonly PlanListItem[];
  readonly currentPlanId: string | null;
}

function isPlanListItem(value: unknown): value is PlanListItem {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['title'] === 'string' &&
    typeof value['periodStart'] === 'number' &&
    typeof value['periodEnd'] === 'number' &&
    typeof value['current'] === 'boolean' &&
    typeof value['ended'] === 'boolean' &&
    typeof value['frozen'] === 'boolean'
  );
}

function isPlanList(value: unknown): value is PlanList {
  return (
    isRecord(value) &&
    Array.isArray(value['plans']) &&
    value['plans'].every(isPlanListItem) &&
    (value['currentPlanId'] === null || typeof value['currentPlanId'] === 'string')
  );
}

/** `GET /api/v1/plans`: the plans for the picker, the current one marked. */
export function fetchPlans(signal?: AbortSignal): Promise<ApiResult<PlanList>> {
  return getJson('/api/v1/plans', isPlanList, signal);
}

const PLANS_CHANGED = 'samordna:plans-changed';

/** Tells whoever shows the plan list (the plan picker) that a plan was imported or made current. */
export function announcePlansChanged(): void {
  window.dispatchEvent(new Event(PLANS_CHANGED));
}

/** Calls `reload` whenever a plan was imported or made current in this tab; the unsubscribe. */
export function onPlansChanged(reload: () => void): () => void {
  window.addEventListener(PLANS_CHANGED, reload);
  return () => window.removeEventListener(PLANS_CHANGED, reload);
}

/**
 * The plan the reader chose (`?plan=` of the tab's address, kept across views like the host
 * parameters), or undefined for the current plan. Every plan-aware API call passes it on.
 */
export function chosenPlan(search: string = window.location.search): string | undefined {
  const plan = new URLSearchParams(search).get('plan');
  return plan === null || plan === '' ? undefined : plan;
}

/**
 * The plan whose follow-up is read-only: an ended one, or one with reports that is no longer
 * the current plan (its follow-up was carried to the next period).
 */
export function isClosedPlan(plan: PlanListItem): boolean {
  return plan.ended || (plan.frozen && !plan.current);
}
