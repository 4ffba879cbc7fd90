/**
 * Renames, merges and splits of organisations on the store (issue 15 item 5, decision 0030).
 * The decision is pure (organisations/organisation-changes.ts); this reads what it needs and
 * writes the result only when nothing was refused. Samordnare and stand-ins who move are logged
 * in the people log (who, when), like every other change of a member or stand-in.
 */
import type { PeopleAuditEntry, PeopleChange } from '../people/people-types';
import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import {
  isChangeRefusal,
  planMerge,
  planRename,
  planSplit,
  type ChangeContext,
  type OrganisationChange,
  type OrganisationChangeRefusal,
  type MergeRequest,
  type RenameRequest,
  type ReportedRound,
  type SplitRequest,
} from '../organisations/organisation-changes';
import { roundDay } from '../organisations/organisation-history';
import type { Activity, Organisation, Plan } from '../types';
import { isPlanNotFound, resolvePlan, type PlanNotFound } from './resolve-plan';

export type OrganisationChangeRequest =
  | ({ readonly kind: 'rename' } & RenameRequest)
  | ({ readonly kind: 'merge' } & MergeRequest)
  | ({ readonly kind: 'split' } & SplitRequest);

/** Who made the change (the people log's actor). */
export interface ChangeActor {
  readonly userId: string;
  readonly name: string;
}

export interface OrganisationChangeDone {
  readonly kind: 'done';
  readonly plan: Plan;
  readonly change: OrganisationChange;
}

/** Every organisation (ended ones too) and the chosen plan's activities (current when absent). */
export interface PlanOrganisations {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  readonly activities: readonly Activity[];
}

/** What a listing of organisations shows: `npm run plan -- organisations` and the tab. */
export async function organisationsOfPlan(
  store: Pick<StorePort, 'plans' | 'organisations' | 'activities'>,
  planId?: string,
): Promise<PlanOrganisations | PlanNotFound> {
  const plan = await resolvePlan(store, planId);
  if (isPlanNotFound(plan)) return plan;
  const [organisations, activities] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
  ]);
  return { plan, organisations, activities };
}

/** Rounds of every plan that have reports: a change must not reach back into them. */
async function reportedRounds(
  store: Pick<StorePort, 'plans' | 'rounds' | 'reports'>,
): Promise<ReportedRound[]> {
  const found: ReportedRound[] = [];
  for (const plan of await store.plans.list()) {
    for (const round of await store.rounds.list(plan.id)) {
      const reports = await store.reports.latest({ roundId: round.id });
      if (reports.length > 0) found.push({ title: round.title, day: roundDay(round) });
    }
  }
  return found;
}

function decide(ctx: ChangeContext, request: OrganisationChangeRequest) {
  switch (request.kind) {
    case 'rename':
      return planRename(ctx, request);
    case 'merge':
      return planMerge(ctx, request);
    case 'split':
      return planSplit(ctx, request);
  }
}

/** Decides a change on the chosen plan (current when absent) and writes it unless refused. */
export async function changeOrganisations(
  store: StorePort,
  clock: Clock,
  actor: ChangeActor,
  request: OrganisationChangeRequest,
  planId?: string,
): Promise<OrganisationChangeDone | OrganisationChangeRefusal | PlanNotFound> {
  const plan = await resolvePlan(store, planId);
  if (isPlanNotFound(plan)) return plan;
  const [organisations, activities, members, standIns, reported] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: plan.id }),
    store.members.list(),
    store.standIns.list(),
    reportedRounds(store),
  ]);
  const outcome = decide(
    { plan, organisations, activities, members, standIns, reportedRounds: reported },
    request,
  );
  if (isChangeRefusal(outcome)) return outcome;
  const now = clock.now().toISOString();
  // The history first: should a later write fail, the figures of earlier rounds still hold.
  for (const organisation of outcome.organisations) await store.organisations.upsert(organisation);
  for (const { activity, to } of outcome.moves) {
    const { version, ...rest } = activity;
    await store.activities.update({ ...rest, organisationId: to, updatedAt: now }, version);
  }
  const entry = (key: string, subjectUserId: string, change: PeopleChange): PeopleAuditEntry => ({
    id: `organisation-${request.kind}-${key}-${now}`,
    at: now,
    actorUserId: actor.userId,
    actorName: actor.name,
    subjectUserId,
    change,
  });
  for (const { before, after } of outcome.members) {
    const key = `${before.organisationId ?? ''}-${after.userId}`;
    await store.members.upsert(after, entry(key, after.userId, { kind: 'member', before, after }));
  }
  for (const { before, after } of outcome.standIns) {
    const key = `${before.organisationId}-stand-in-${after.id}`;
    const change = { kind: 'stand-in', before, after } as const;
    await store.standIns.save(after, entry(key, after.absentUserId, change));
  }
  return { kind: 'done', plan, change: outcome };
}
