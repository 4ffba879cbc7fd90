/**
 * "Lägg till som möte": a group-calendar event becomes a meeting through the same validation
 * as a typed one, and at most once. The times, subject and link come from the calendar as
 * read on the server, never from the request.
 */
import type { CalendarWindow, GroupCalendar } from '../ports/group-calendar.port';
import { ConflictError } from '../ports/store.port';
import { meetingInputFromEvent } from './calendar-link';
import {
  planMeeting,
  samordningMember,
  type MeetingDeps,
  type MeetingResult,
} from './meeting-service';

export type CalendarImportResult =
  | MeetingResult
  | { readonly kind: 'already-imported'; readonly meetingId: string }
  | { readonly kind: 'event-not-found' };

/**
 * Imports one event of `window` as a samordningsgrupp meeting. Refused (and nothing stored)
 * when the caller is not Samordning, the event is unknown or cancelled, it was imported
 * before, or the meeting would be invalid (past, outside working hours, a clash …).
 * Throws CalendarAccessError when the calendar cannot be read.
 */
export async function importCalendarEvent(
  deps: MeetingDeps & { readonly groupCalendar: GroupCalendar },
  actorId: string | null,
  eventId: string,
  window: CalendarWindow,
): Promise<CalendarImportResult> {
  if ((await samordningMember(deps.store, actorId)) === null) return { kind: 'forbidden' };
  const before = await deps.meetings.findByCalendarEvent(eventId);
  if (before !== undefined) return { kind: 'already-imported', meetingId: before.id };
  const event = (await deps.groupCalendar.listEvents(window)).find((e) => e.id === eventId);
  if (event === undefined || event.cancelled) return { kind: 'event-not-found' };
  // Another request may import the same event meanwhile: then the store refuses the second
  // meeting (ConflictError), or validation sees the first as a clash. Either way: "already".
  const raced = async (): Promise<CalendarImportResult | null> => {
    const winner = await deps.meetings.findByCalendarEvent(eventId);
    return winner === undefined ? null : { kind: 'already-imported', meetingId: winner.id };
  };
  try {
    const result = await planMeeting(deps, actorId, meetingInputFromEvent(event), {
      calendarEventId: event.id,
    });
    return result.kind === 'invalid' ? ((await raced()) ?? result) : result;
  } catch (error) {
    const already = error instanceof ConflictError ? await raced() : null;
    if (already !== null) return already;
    throw error;
  }
}
