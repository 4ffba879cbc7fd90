import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import { computeOverview, type Overview } from '../overview';
import { currentRound } from '../rounds';

/** Loads what the overview needs from the store and aggregates it. Undefined when the plan is unknown. */
export async function loadOverview(
  store: StorePort,
  clock: Clock,
  planId?: string,
): Promise<Overview | undefined> {
  const plans = await store.plans.list();
  const plan = planId === undefined ? plans[0] : plans.find((p) => p.id === planId);
  if (plan === undefined) return undefined;
  const [organisations, activities, rounds] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
    store.rounds.list(plan.id),
  ]);
  const round = currentRound(rounds, clock.now());
  const roundReports = round === null ? [] : await store.reports.latest({ roundId: round.id });
  return computeOverview({ plan, organisations, activities, currentRound: round, roundReports });
}
