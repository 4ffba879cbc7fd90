/**
 * The group calendar beside the planned meetings: which calendar events are not yet meetings
 * (proposals to import), which meetings are linked to an event, and where a linked meeting
 * and its event disagree (drift). Pure.
 */
import { cleanLine } from '../text/clean-text';
import type { CalendarEvent, CalendarWindow } from '../ports/group-calendar.port';
import { DEFAULT_SCHEDULE, type Meeting } from './meeting';
import type { MeetingInput } from './validation';

export type CalendarDrift =
  /** The event now starts or ends at another time than the meeting. */
  | {
      readonly kind: 'moved';
      readonly meetingId: string;
      readonly eventId: string;
      readonly meetingStartsAt: string;
      readonly eventStartsAt: string;
      readonly eventEndsAt: string;
    }
  /** The event was cancelled in the calendar, the meeting is still planned. */
  | {
      readonly kind: 'cancelled';
      readonly meetingId: string;
      readonly eventId: string;
      readonly meetingStartsAt: string;
    }
  /** The meeting lies in the window but its event is gone (deleted, or moved out of it). */
  | {
      readonly kind: 'missing';
      readonly meetingId: string;
      readonly eventId: string;
      readonly meetingStartsAt: string;
    };

export interface CalendarLinks {
  /** Events that are no meeting yet, still ahead, not cancelled, not all-day: "Lägg till som möte". */
  readonly proposals: readonly CalendarEvent[];
  /** Meetings linked to an event that was found in the window. */
  readonly linked: readonly { readonly meetingId: string; readonly eventId: string }[];
  readonly drift: readonly CalendarDrift[];
}

/**
 * Matches calendar events against meetings by `meeting.calendarEventId === event.id`.
 * `window` is the one the events were read for (a linked meeting outside it is not judged);
 * `now` hides events that have started. Cancelled meetings never drift. A proposal's subject is
 * cleaned (clean-text.ts) as the theme it would become.
 */
export function linkCalendar(
  events: readonly CalendarEvent[],
  meetings: readonly Meeting[],
  window: CalendarWindow,
  now: Date,
): CalendarLinks {
  const byEvent = new Map<string, Meeting>();
  for (const m of meetings) if (m.calendarEventId !== undefined) byEvent.set(m.calendarEventId, m);
  const eventIds = new Set(events.map((e) => e.id));
  const nowIso = now.toISOString();
  const proposals: CalendarEvent[] = [];
  const linked: { meetingId: string; eventId: string }[] = [];
  const drift: CalendarDrift[] = [];
  for (const event of events) {
    const meeting = byEvent.get(event.id);
    if (meeting === undefined) {
      // Shown as the meeting's theme would be stored: no bidi or forbidden characters.
      if (!event.cancelled && !event.isAllDay && event.startsAt > nowIso)
        proposals.push({ ...event, subject: cleanLine(event.subject) });
      continue;
    }
    linked.push({ meetingId: meeting.id, eventId: event.id });
    if (meeting.status !== 'planned') continue;
    const base = { meetingId: meeting.id, eventId: event.id, meetingStartsAt: meeting.startsAt };
    if (event.cancelled) {
      drift.push({ kind: 'cancelled', ...base });
    } else if (event.startsAt !== meeting.startsAt || event.endsAt !== meeting.endsAt) {
      drift.push({
        kind: 'moved',
        ...base,
        eventStartsAt: event.startsAt,
        eventEndsAt: event.endsAt,
      });
    }
  }
  for (const meeting of meetings) {
    const eventId = meeting.calendarEventId;
    if (eventId === undefined || eventIds.has(eventId) || meeting.status !== 'planned') continue;
    if (meeting.startsAt >= window.from && meeting.startsAt < window.to) {
      drift.push({
        kind: 'missing',
        meetingId: meeting.id,
        eventId,
        meetingStartsAt: meeting.startsAt,
      });
    }
  }
  return { proposals, linked, drift };
}

/**
 * The meeting an event becomes when imported: a samordningsgrupp meeting for the whole group
 * with the default schedule, the event's subject as theme and its Teams link. The usual
 * validation (past, working hours, clashes …) still decides whether it may be stored.
 */
export function meetingInputFromEvent(event: CalendarEvent): MeetingInput {
  return {
    kind: 'samordningsgrupp',
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    theme: event.subject,
    agenda: '',
    constellation: { kind: 'all' },
    teamsLink: event.joinUrl,
    schedule: DEFAULT_SCHEDULE,
  };
}
