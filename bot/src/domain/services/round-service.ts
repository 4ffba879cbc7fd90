/**
 * Follow-up rounds that are not meetings (issue 15 item 7): created by Samordning for any
 * period, also in the past, so that a follow-up that already happened can be imported into
 * its own round on a store without demo data.
 */
import type { StorePort } from '../ports/store.port';
import {
  followUpRound,
  roundPeriod,
  type FollowUpRoundInput,
  type FollowUpRoundOutcome,
} from '../follow-up-round';
import type { Plan, ReportingRound } from '../types';
import { isPlanNotFound, resolvePlan, type PlanNotFound } from './resolve-plan';

/** Creates the round in the chosen plan (the current one by default); idempotent by name. */
export async function createFollowUpRound(
  store: Pick<StorePort, 'plans' | 'rounds'>,
  input: FollowUpRoundInput,
  planId?: string,
): Promise<(FollowUpRoundOutcome & { readonly plan: Plan }) | PlanNotFound> {
  const plan = await resolvePlan(store, planId);
  if (isPlanNotFound(plan)) return plan;
  const outcome = followUpRound(plan, input, await store.rounds.list(plan.id));
  if (outcome.kind === 'created') await store.rounds.upsert(outcome.round);
  return { ...outcome, plan };
}

/** A round as a terminal or a list shows it: its period in local dates. */
export interface ListedRound {
  readonly round: ReportingRound;
  readonly from: string;
  readonly to: string;
}

/** The rounds of the chosen plan (the current one by default), oldest first. */
export async function listRounds(
  store: Pick<StorePort, 'plans' | 'rounds'>,
  planId?: string,
): Promise<{ readonly plan: Plan; readonly rounds: readonly ListedRound[] } | PlanNotFound> {
  const plan = await resolvePlan(store, planId);
  if (isPlanNotFound(plan)) return plan;
  const rounds = await store.rounds.list(plan.id);
  return { plan, rounds: rounds.map((round) => ({ round, ...roundPeriod(round) })) };
}
