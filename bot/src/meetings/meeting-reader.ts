/**
 * Which meetings the chat shows whom (decision 0033): every samordningsgrupp meeting, and a
 * dialogue meeting to the organisation it is with — Samordning, who holds them, sees them all.
 */
import { dialogueOrganisation } from '../domain/meetings/dialogue';
import type { Meeting } from '../domain/meetings/meeting';
import type { StorePort } from '../domain/ports/store.port';
import { isSamordning } from '../domain/roles';

/** The reader of a list of meetings, from the store's member record of the sender. */
export interface MeetingReader {
  readonly samordning: boolean;
  readonly organisationId: string | null;
}

export async function meetingReader(
  store: Pick<StorePort, 'members'>,
  userId: string | null,
): Promise<MeetingReader> {
  const member = userId === null ? undefined : await store.members.get(userId);
  return { samordning: isSamordning(member), organisationId: member?.organisationId ?? null };
}

/** A samordningsgrupp meeting, or a dialogue with `organisationId`: one the reader attends. */
export function concerns(organisationId: string | null, meeting: Meeting): boolean {
  return (
    meeting.kind === 'samordningsgrupp' ||
    (organisationId !== null && dialogueOrganisation(meeting) === organisationId)
  );
}

/** Whether the reader's list of meetings shows `meeting`. */
export function shownTo(reader: MeetingReader, meeting: Meeting): boolean {
  return reader.samordning || concerns(reader.organisationId, meeting);
}
