import { addDays } from '../meetings/local-time';
import type { Member, Role } from '../types';
import type { StandIn } from './people-types';

/**
 * The rules of "Personer", pure: what a change to the member list or the stand-ins must
 * satisfy. Each broken rule is a code; the edge says it in Swedish (English second).
 */
export type PeopleProblem =
  /** The name is empty (after cleaning). */
  | 'name-required'
  /** Neither samordnare, Samordning nor HR: remove the person instead. */
  | 'no-roles'
  /** A samordnare belongs to an organisation. */
  | 'samordnare-needs-organisation'
  | 'unknown-organisation'
  /** The organisation has ended (merged, split): choose the one that took over. */
  | 'organisation-ended'
  /** Nobody gives themselves a role they do not already hold (by the token or the list). */
  | 'self-elevation'
  /** Nobody takes away their own Samordning: another member of Samordning does that. */
  | 'own-samordning'
  /** Someone in the member list must remain Samordning (the bot knows no other). */
  | 'last-samordning'
  | 'dates-invalid'
  | 'dates-reversed'
  /** The whole period lies before today. */
  | 'period-past'
  | 'period-too-long'
  | 'stand-in-is-absent'
  /** The absent person is not a samordnare of the organisation. */
  | 'absent-not-samordnare'
  /** The absent samordnare already has a stand-in for part of the period. */
  | 'overlapping'
  /** "Lägg till" for someone already in the list (change her there instead). */
  | 'already-member';

/** The longest stand-in period, in days (a year, leap day included). */
export const MAX_STAND_IN_DAYS = 366;

/** What a member change must satisfy; `actor` is the caller with her roles from token and list. */
export function memberProblems(input: {
  readonly actor: Pick<Member, 'userId' | 'roles'>;
  readonly before: Member | null;
  readonly after: Member;
  readonly organisationIds: ReadonlySet<string>;
  /** Organisations that have ended: nobody is newly placed in one. */
  readonly endedIds?: ReadonlySet<string>;
  /** Members of Samordning in the list now. */
  readonly samordning: readonly Member[];
}): PeopleProblem[] {
  const { actor, before, after } = input;
  const problems: PeopleProblem[] = [];
  if (after.name.trim() === '') problems.push('name-required');
  if (after.roles.length === 0) problems.push('no-roles');
  if (after.roles.includes('samordnare') && after.organisationId === null)
    problems.push('samordnare-needs-organisation');
  if (after.organisationId !== null && !input.organisationIds.has(after.organisationId))
    problems.push('unknown-organisation');
  if (
    after.organisationId !== null &&
    after.organisationId !== before?.organisationId &&
    input.endedIds?.has(after.organisationId) === true
  )
    problems.push('organisation-ended');
  problems.push(...selfProblems(actor, after.userId, before, after.roles));
  if (before?.roles.includes('samordning') === true && !after.roles.includes('samordning'))
    problems.push(...lastSamordning(input.samordning, after.userId));
  return [...new Set(problems)];
}

/** Removing `member`: not one's own Samordning, not the last Samordning. */
export function removalProblems(input: {
  readonly actor: Pick<Member, 'userId' | 'roles'>;
  readonly member: Member;
  readonly samordning: readonly Member[];
}): PeopleProblem[] {
  const problems = selfProblems(input.actor, input.member.userId, input.member, []);
  if (input.member.roles.includes('samordning'))
    problems.push(...lastSamordning(input.samordning, input.member.userId));
  return [...new Set(problems)];
}

/**
 * A change to one's own record: no role one does not already hold (by the token or the list),
 * which leaves the bootstrap open (Samordning by app role records herself), and never one's
 * own Samordning taken away.
 */
function selfProblems(
  actor: Pick<Member, 'userId' | 'roles'>,
  subjectUserId: string,
  before: Member | null,
  roles: readonly Role[],
): PeopleProblem[] {
  if (actor.userId !== subjectUserId) return [];
  const problems: PeopleProblem[] = [];
  const held = before?.roles ?? [];
  if (roles.some((r) => !held.includes(r) && !actor.roles.includes(r)))
    problems.push('self-elevation');
  if (held.includes('samordning') && !roles.includes('samordning')) problems.push('own-samordning');
  return problems;
}

function lastSamordning(samordning: readonly Member[], leaving: string): PeopleProblem[] {
  return samordning.some((m) => m.userId !== leaving) ? [] : ['last-samordning'];
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What a new stand-in must satisfy on `today` (a local date). */
export function standInProblems(input: {
  readonly standIn: Pick<
    StandIn,
    'organisationId' | 'absentUserId' | 'standInUserId' | 'standInName' | 'from' | 'to'
  >;
  readonly today: string;
  /** The absent person's member record, if any. */
  readonly absent: Member | undefined;
  /** The organisation's stand-ins so far. */
  readonly existing: readonly StandIn[];
}): PeopleProblem[] {
  const { standIn, today, absent } = input;
  const problems: PeopleProblem[] = [];
  if (standIn.standInName.trim() === '') problems.push('name-required');
  if (standIn.standInUserId === standIn.absentUserId) problems.push('stand-in-is-absent');
  if (
    absent === undefined ||
    !absent.roles.includes('samordnare') ||
    absent.organisationId !== standIn.organisationId
  ) {
    problems.push('absent-not-samordnare');
  }
  if (!isLocalDate(standIn.from) || !isLocalDate(standIn.to)) {
    problems.push('dates-invalid');
    return problems;
  }
  if (standIn.to < standIn.from) problems.push('dates-reversed');
  else if (standIn.to < today) problems.push('period-past');
  else if (addDays(standIn.from, MAX_STAND_IN_DAYS - 1) < standIn.to)
    problems.push('period-too-long');
  const overlaps = input.existing.some(
    (s) =>
      s.absentUserId === standIn.absentUserId &&
      s.endedAt === null &&
      s.from <= standIn.to &&
      standIn.from <= s.to,
  );
  if (overlaps) problems.push('overlapping');
  return problems;
}
