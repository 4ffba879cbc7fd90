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
import type { DialogueProblem, DialogueSlot } from '../meetings/dialogue';
import {
  planDialogues,
  prepareDialogues,
  type DialogueOutcome,
} from '../meetings/dialogue-service';
import { resolveRound } from './import-service';
import type { Meeting } from '../meetings/meeting';
import type { MeetingDeps } from '../meetings/meeting-service';
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

export type RoundWithDialoguesOutcome =
  | (Exclude<FollowUpRoundOutcome, { kind: 'refused' }> & {
      readonly plan: Plan;
      /** The round's dialogue meetings asked for (created now or the same stored before). */
      readonly dialogues: readonly Meeting[];
      /** How many of them were created now (0: the request repeated stored ones). */
      readonly createdDialogues: number;
    })
  | (Extract<FollowUpRoundOutcome, { kind: 'refused' }> & { readonly plan: Plan })
  /** The round is fine, a dialogue is not: nothing is stored, not even the round. */
  | {
      readonly kind: 'dialogues-refused';
      readonly plan: Plan;
      readonly problems: readonly DialogueProblem[];
    }
  | PlanNotFound;

/**
 * A follow-up round with a dialogue meeting per organisation (decision 0033), checked together
 * and stored together: a problem with the round or with any dialogue stores nothing. Without
 * slots it is `createFollowUpRound`. Repeating the same request is a no-op.
 */
export async function createFollowUpRoundWithDialogues(
  deps: MeetingDeps,
  input: FollowUpRoundInput,
  slots: readonly DialogueSlot[],
  planId?: string,
): Promise<RoundWithDialoguesOutcome> {
  const plan = await resolvePlan(deps.store, planId);
  if (isPlanNotFound(plan)) return plan;
  const outcome = followUpRound(plan, input, await deps.store.rounds.list(plan.id));
  if (outcome.kind === 'refused') return { ...outcome, plan };
  const prepared = slots.length === 0 ? null : await prepareDialogues(deps, outcome.round, slots);
  // A stored round of the same name is always a follow-up round (its id says so); a meeting's
  // round never matches by name here, but say so rather than assume.
  if (prepared?.kind === 'not-follow-up') {
    return {
      kind: 'refused',
      problems: ['Omgången hör till ett möte och kan inte få dialogmöten.'],
      plan,
    };
  }
  if (prepared?.kind === 'refused') {
    return { kind: 'dialogues-refused', plan, problems: prepared.problems };
  }
  if (outcome.kind === 'created') await deps.store.rounds.upsert(outcome.round);
  const { meetings, created } =
    prepared === null ? { meetings: [], created: 0 } : await prepared.store();
  return { ...outcome, plan, dialogues: meetings, createdDialogues: created };
}

export type AddDialoguesOutcome =
  | PlanNotFound
  | { readonly kind: 'round-not-found'; readonly plan: Plan }
  | (DialogueOutcome & { readonly plan: Plan; readonly round: ReportingRound });

/**
 * More dialogue meetings in a stored follow-up round of the chosen plan (the current one by
 * default), the round named by id or title (decision 0033): the tab's "Lägg till dialogmöten"
 * and `npm run round -- dialog`. All or nothing, like `planDialogues`.
 */
export async function addDialogues(
  deps: MeetingDeps,
  roundRef: string,
  slots: readonly DialogueSlot[],
  planId?: string,
): Promise<AddDialoguesOutcome> {
  const plan = await resolvePlan(deps.store, planId);
  if (isPlanNotFound(plan)) return plan;
  const round = await resolveRound(deps.store, deps.clock, plan, roundRef);
  if (round === null) return { kind: 'round-not-found', plan };
  return { ...(await planDialogues(deps, round, slots)), plan, round };
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
