import type { Activity, Member, ReportingRound, ReportStatus } from './types';
import { isSamordning } from './roles';
import type { OutcomeProblem } from './outcomes/outcome';

/** Statuses that need a reason ("Orsak"): a deviation or a postponement must be explained. */
export const REASON_REQUIRED: ReadonlySet<ReportStatus> = new Set([
  'pagar-med-avvikelse',
  'framflyttad',
]);

/** A round accepts reports from its opening until it closes (UTC instants). */
export function isRoundOpen(round: ReportingRound, now: Date): boolean {
  const t = now.toISOString();
  return round.opensAt <= t && t < round.closesAt;
}

/** The open round that opened last, or null. */
export function openRound(rounds: readonly ReportingRound[], now: Date): ReportingRound | null {
  return (
    [...rounds]
      .filter((r) => isRoundOpen(r, now))
      .sort((a, b) => b.opensAt.localeCompare(a.opensAt))[0] ?? null
  );
}

/**
 * Samordning may report and edit for every organisation; a samordnare only for their own.
 * The member comes from the directory by the sender's Entra object id, never from a payload.
 */
export function canActFor(member: Member, organisationId: string): boolean {
  if (isSamordning(member)) return true;
  return member.roles.includes('samordnare') && member.organisationId === organisationId;
}

export function canReport(member: Member, activity: Pick<Activity, 'organisationId'>): boolean {
  return canActFor(member, activity.organisationId);
}

export type ReportProblem = 'reason-required' | OutcomeProblem;

/** Domain rules a report must satisfy beyond its shape (lengths and types are checked at the edge). */
export function reportProblems(input: { status: ReportStatus; reason: string }): ReportProblem[] {
  return REASON_REQUIRED.has(input.status) && input.reason.trim() === '' ? ['reason-required'] : [];
}
