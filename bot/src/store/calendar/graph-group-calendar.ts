import { z } from 'zod';
import {
  CalendarAccessError,
  type CalendarEvent,
  type CalendarWindow,
  type GroupCalendar,
} from '../../domain/ports/group-calendar.port';
import { GraphCallError, type GraphHttp } from '../../graph/graph-http';
import { calendarEventFromGraph, EVENT_SELECT } from './calendar-event-mapper';

export interface GraphGroupCalendarOptions {
  /** Events per page (`$top`). */
  readonly pageSize?: number;
  /** A bound on `@odata.nextLink` pages followed in one read. */
  readonly maxPages?: number;
}

const page = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A Microsoft 365 group's default calendar through Graph, app-only:
 * `GET /groups/{id}/calendarView?startDateTime&endDateTime` (occurrences of series expanded),
 * `$select`ed to what Calendars.ReadBasic may read, times in UTC, `@odata.nextLink` followed.
 * The shared GraphHttp client brings the token, Retry-After retries (429/503/504) and the
 * request counter. Graph failures become CalendarAccessError; the detail is for logs only.
 */
export class GraphGroupCalendar implements GroupCalendar {
  private readonly pageSize: number;
  private readonly maxPages: number;

  constructor(
    private readonly http: GraphHttp,
    private readonly groupId: string,
    options: GraphGroupCalendarOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 50;
    this.maxPages = options.maxPages ?? 20;
  }

  async listEvents(window: CalendarWindow): Promise<CalendarEvent[]> {
    const query = [
      `startDateTime=${encodeURIComponent(window.from)}`,
      `endDateTime=${encodeURIComponent(window.to)}`,
      `$select=${EVENT_SELECT}`,
      `$top=${this.pageSize}`,
    ].join('&');
    let next: string | undefined =
      `/groups/${encodeURIComponent(this.groupId)}/calendarView?${query}`;
    const events: CalendarEvent[] = [];
    for (let pages = 0; next !== undefined; pages += 1) {
      if (pages >= this.maxPages) {
        throw new CalendarAccessError(
          'unavailable',
          `more than ${this.maxPages} pages of events; narrow the window`,
        );
      }
      const body = page.safeParse(await this.read(next));
      if (!body.success) throw new CalendarAccessError('unavailable', body.error.message);
      for (const raw of body.data.value) {
        try {
          events.push(calendarEventFromGraph(raw));
        } catch (error) {
          throw new CalendarAccessError('unavailable', `unexpected event: ${String(error)}`);
        }
      }
      next = body.data['@odata.nextLink'];
    }
    return events.sort((a, b) => byText(a.startsAt, b.startsAt) || byText(a.id, b.id));
  }

  private async read(path: string): Promise<unknown> {
    try {
      return await this.http.get<unknown>(path, { Prefer: 'outlook.timezone="UTC"' });
    } catch (error) {
      if (!(error instanceof GraphCallError)) throw error;
      const detail = error.message;
      if (error.status === 401 || error.status === 403) {
        throw new CalendarAccessError('permission', detail);
      }
      if (error.status === 404) throw new CalendarAccessError('not-found', detail);
      throw new CalendarAccessError('unavailable', detail);
    }
  }
}
