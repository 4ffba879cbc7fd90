import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import {
  memberProblems,
  removalProblems,
  standInProblems,
  type PeopleProblem,
} from '../people/people-rules';
import type { PeopleAuditEntry, PeopleChange, StandIn } from '../people/people-types';
import { isCurrentOrUpcoming, peopleToday } from '../people/stand-ins';
import { cleanLine } from '../text/clean-text';
import type { Member, Role } from '../types';
import { isSamordning } from '../roles';
import { isValidOn } from '../organisations/organisation-history';

/**
 * "Personer": Samordning adds, moves and removes samordnare and sets who is Samordning and HR;
 * a samordnare names a stand-in for herself (Samordning for anyone). Every change is stored
 * with its log entry (who, when, before and after) as one unit. The caller is the validated
 * identity (tab: roles from the token and the member list), never a request body.
 * See docs/decisions/0022-people.md.
 */

/** The caller: who she is and her roles (token claims and the member list together). */
export type PeopleActor = Pick<Member, 'userId' | 'name' | 'organisationId' | 'roles'>;

export type PeopleRefusal =
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly problems: readonly PeopleProblem[] };

export type PeopleResult<T> =
  | PeopleRefusal
  /** Stored with its log entry; `unchanged`: it already was so, nothing was written. */
  | { readonly kind: 'saved'; readonly value: T; readonly unchanged: boolean };

export interface PeopleDeps {
  readonly store: StorePort;
  readonly clock: Clock;
  readonly newId: () => string;
}

export interface MemberInput {
  readonly userId: string;
  readonly name: string;
  readonly organisationId: string | null;
  readonly roles: readonly Role[];
}

export interface StandInInput {
  readonly organisationId: string;
  /** The samordnare who is away; a samordnare (not Samordning) may only name her own. */
  readonly absentUserId: string;
  readonly standInUserId: string;
  readonly standInName: string;
  readonly from: string;
  readonly to: string;
}

const ROLE_ORDER: readonly Role[] = ['samordnare', 'samordning', 'hr'];

function entry(
  deps: PeopleDeps,
  actor: PeopleActor,
  subjectUserId: string,
  change: PeopleChange,
): PeopleAuditEntry {
  return {
    id: deps.newId(),
    at: deps.clock.now().toISOString(),
    actorUserId: actor.userId,
    actorName: cleanLine(actor.name),
    subjectUserId,
    change,
  };
}

const sameMember = (a: Member, b: Member): boolean =>
  a.name === b.name &&
  a.organisationId === b.organisationId &&
  a.roles.length === b.roles.length &&
  a.roles.every((r) => b.roles.includes(r));

/** Ends `standIn` now, logged as the actor's change. */
async function endNow(deps: PeopleDeps, actor: PeopleActor, standIn: StandIn): Promise<StandIn> {
  const ended: StandIn = {
    ...standIn,
    endedAt: deps.clock.now().toISOString(),
    endedByName: cleanLine(actor.name),
  };
  await deps.store.standIns.save(
    ended,
    entry(deps, actor, standIn.absentUserId, { kind: 'stand-in', before: standIn, after: ended }),
  );
  return ended;
}

/**
 * Ends the stand-ins of someone who is no longer samordnare of `organisationId` (moved or
 * removed): current and upcoming ones, each logged. Her reports are not touched.
 */
async function endStandInsOf(
  deps: PeopleDeps,
  actor: PeopleActor,
  member: Member,
  organisationId: string,
): Promise<void> {
  const today = peopleToday(deps.clock.now());
  const standing = (await deps.store.standIns.list({ organisationId })).filter(
    (s) => s.absentUserId === member.userId && isCurrentOrUpcoming(s, today),
  );
  for (const standIn of standing) await endNow(deps, actor, standIn);
}

/**
 * Adds a person to the member list or changes her organisation and roles (Samordning only).
 * Refused with the rules' problems (people-rules.ts); someone who stops being samordnare of an
 * organisation has her stand-ins there ended. Reminders and cards read the list when they are
 * planned and sent, so the change counts from the next one.
 */
export async function saveMember(
  deps: PeopleDeps,
  actor: PeopleActor,
  input: MemberInput,
  mode: 'add' | 'change',
): Promise<PeopleResult<Member>> {
  if (!isSamordning(actor)) return { kind: 'forbidden' };
  const [before, organisations, members] = await Promise.all([
    deps.store.members.get(input.userId),
    deps.store.organisations.list(),
    deps.store.members.list(),
  ]);
  if (mode === 'change' && before === undefined) return { kind: 'not-found' };
  if (mode === 'add' && before !== undefined)
    return { kind: 'invalid', problems: ['already-member'] };
  const roles = ROLE_ORDER.filter((r) => input.roles.includes(r));
  const today = peopleToday(deps.clock.now());
  const after: Member = {
    userId: input.userId,
    name: cleanLine(input.name).trim(),
    // Only a samordnare belongs to an organisation in the list's sense; others keep theirs for display.
    organisationId: input.organisationId,
    roles,
  };
  const problems = memberProblems({
    actor,
    before: before ?? null,
    after,
    organisationIds: new Set(organisations.map((o) => o.id)),
    // Placing someone in an organisation that has ended is refused (decision 0030).
    endedIds: new Set(organisations.filter((o) => !isValidOn(o, today)).map((o) => o.id)),
    samordning: members.filter(isSamordning),
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  if (before !== undefined && sameMember(before, after)) {
    return { kind: 'saved', value: before, unchanged: true };
  }
  await deps.store.members.upsert(
    after,
    entry(deps, actor, after.userId, { kind: 'member', before: before ?? null, after }),
  );
  const leftOrganisation =
    before?.roles.includes('samordnare') === true &&
    before.organisationId !== null &&
    (!after.roles.includes('samordnare') || after.organisationId !== before.organisationId);
  if (leftOrganisation && before.organisationId !== null)
    await endStandInsOf(deps, actor, before, before.organisationId);
  return { kind: 'saved', value: after, unchanged: false };
}

/**
 * Removes a person from the member list (Samordning only): reminders skip her from the next
 * one, her stand-ins end, and the reports she made keep her name.
 */
export async function removeMember(
  deps: PeopleDeps,
  actor: PeopleActor,
  userId: string,
): Promise<PeopleResult<Member>> {
  if (!isSamordning(actor)) return { kind: 'forbidden' };
  const [member, members] = await Promise.all([
    deps.store.members.get(userId),
    deps.store.members.list(),
  ]);
  if (member === undefined) return { kind: 'not-found' };
  const problems = removalProblems({
    actor,
    member,
    samordning: members.filter(isSamordning),
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  await deps.store.members.remove(
    userId,
    entry(deps, actor, userId, { kind: 'member', before: member, after: null }),
  );
  if (member.organisationId !== null && member.roles.includes('samordnare'))
    await endStandInsOf(deps, actor, member, member.organisationId);
  return { kind: 'saved', value: member, unchanged: false };
}

/** Whether `actor` may name or end stand-ins for `absentUserId` in `organisationId`. */
function mayManageStandIn(
  actor: PeopleActor,
  organisationId: string,
  absentUserId: string,
): boolean {
  return (
    isSamordning(actor) ||
    (actor.userId === absentUserId &&
      actor.roles.includes('samordnare') &&
      actor.organisationId === organisationId)
  );
}

/**
 * Names a stand-in for an absent samordnare from `from` to `to` (local dates, both included):
 * the samordnare herself for her own organisation, or Samordning for anyone.
 */
export async function addStandIn(
  deps: PeopleDeps,
  actor: PeopleActor,
  input: StandInInput,
): Promise<PeopleResult<StandIn>> {
  if (!mayManageStandIn(actor, input.organisationId, input.absentUserId))
    return { kind: 'forbidden' };
  const [absent, standInMember, existing] = await Promise.all([
    deps.store.members.get(input.absentUserId),
    deps.store.members.get(input.standInUserId),
    deps.store.standIns.list({ organisationId: input.organisationId }),
  ]);
  const now = deps.clock.now();
  const standIn: StandIn = {
    id: deps.newId(),
    organisationId: input.organisationId,
    absentUserId: input.absentUserId,
    absentName: absent?.name ?? '',
    standInUserId: input.standInUserId,
    // A member's name as the list has it; anyone else's as the directory gave it.
    standInName: standInMember?.name ?? cleanLine(input.standInName).trim(),
    from: input.from,
    to: input.to,
    createdByUserId: actor.userId,
    createdByName: cleanLine(actor.name),
    createdAt: now.toISOString(),
    endedAt: null,
    endedByName: null,
  };
  const problems = standInProblems({ standIn, today: peopleToday(now), absent, existing });
  if (problems.length > 0) return { kind: 'invalid', problems };
  await deps.store.standIns.save(
    standIn,
    entry(deps, actor, standIn.absentUserId, { kind: 'stand-in', before: null, after: standIn }),
  );
  return { kind: 'saved', value: standIn, unchanged: false };
}

/**
 * Ends a stand-in now (before or during its period): Samordning, the absent samordnare, or the
 * stand-in herself. Ending one that has ended changes nothing.
 */
export async function endStandIn(
  deps: PeopleDeps,
  actor: PeopleActor,
  id: string,
): Promise<PeopleResult<StandIn>> {
  const standIn = await deps.store.standIns.get(id);
  if (standIn === undefined) return { kind: 'not-found' };
  const allowed =
    mayManageStandIn(actor, standIn.organisationId, standIn.absentUserId) ||
    actor.userId === standIn.standInUserId;
  if (!allowed) return { kind: 'forbidden' };
  if (standIn.endedAt !== null) return { kind: 'saved', value: standIn, unchanged: true };
  return { kind: 'saved', value: await endNow(deps, actor, standIn), unchanged: false };
}

/** The people log, newest first (Samordning only). */
export async function peopleLog(
  store: StorePort,
  actor: PeopleActor,
  limit: number,
): Promise<PeopleAuditEntry[] | PeopleRefusal> {
  if (!isSamordning(actor)) return { kind: 'forbidden' };
  return store.members.auditLog({ limit });
}
