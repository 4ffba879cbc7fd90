/**
 * The samordningsgrupp team's group calendar (a Microsoft 365 group's default calendar),
 * read-only. Production reads it through Microsoft Graph when SAMORDNA_CALENDAR_GROUP_ID is
 * set; otherwise (and always in local mode) there is no adapter and the feature is off.
 * See docs/decisions/0014-group-calendar.md.
 */

/** One occurrence in the group calendar (a series is expanded into its occurrences). */
export interface CalendarEvent {
  /** The calendar's id of this occurrence; a meeting imported from it keeps it. */
  readonly id: string;
  readonly subject: string;
  /** ISO-8601 UTC. */
  readonly startsAt: string;
  /** ISO-8601 UTC. */
  readonly endsAt: string;
  readonly isAllDay: boolean;
  readonly cancelled: boolean;
  /** The Teams (online meeting) join link, or null. */
  readonly joinUrl: string | null;
}

/** A time window, ISO-8601 UTC: events overlapping [from, to). */
export interface CalendarWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * Why the calendar could not be read:
 * - permission: the app lacks the Graph permission (or admin consent) to read it;
 * - not-found: no such group (wrong SAMORDNA_CALENDAR_GROUP_ID) or it has no calendar;
 * - unavailable: throttled past the retry budget, Graph down, network trouble.
 */
export type CalendarFailure = 'permission' | 'not-found' | 'unavailable';

/** Thrown by a GroupCalendar when it cannot answer. `detail` is for logs, never for users. */
export class CalendarAccessError extends Error {
  constructor(
    readonly reason: CalendarFailure,
    readonly detail: string,
  ) {
    super(`Group calendar ${reason}: ${detail}`);
    this.name = 'CalendarAccessError';
  }
}

export interface GroupCalendar {
  /**
   * Every event overlapping the window, ordered by start then id, cancelled ones included
   * (flagged). Throws CalendarAccessError when the calendar cannot be read.
   */
  listEvents(window: CalendarWindow): Promise<CalendarEvent[]>;
}
