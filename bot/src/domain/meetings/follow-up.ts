import type { ReportingRound } from '../types';
import { DEFAULT_SCHEDULE, type Meeting } from './meeting';

/** One dialogue meeting of the biennial follow-up: Samordning and one organisation. */
export interface DialogueInput {
  readonly organisationId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly teamsLink: string | null;
}

export interface FollowUpInput {
  readonly id: string;
  readonly planId: string;
  readonly title: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly dialogues: readonly DialogueInput[];
}

/**
 * The biennial follow-up (uppföljning): a reporting round without a samordningsgrupp
 * meeting, and one dialogue meeting per organisation in that round. Dialogue meetings
 * do not own the round (they never close it); each one's constellation is its organisation.
 * Pure: the caller stores the round and the meetings.
 */
export function planFollowUp(
  input: FollowUpInput,
  now: string,
): { round: ReportingRound; dialogues: Omit<Meeting, 'version'>[] } {
  const round: ReportingRound = {
    id: input.id,
    planId: input.planId,
    kind: 'uppfoljning',
    title: input.title,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  };
  const dialogues = input.dialogues.map((d) => ({
    id: `${input.id}-dialog-${d.organisationId}`,
    planId: input.planId,
    kind: 'dialog' as const,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    theme: `Dialogmöte: ${input.title}`,
    agenda: '',
    constellation: { kind: 'organisations' as const, organisationIds: [d.organisationId] },
    teamsLink: d.teamsLink,
    status: 'planned' as const,
    roundId: input.id,
    schedule: DEFAULT_SCHEDULE,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  }));
  return { round, dialogues };
}
