import type { FakeResponse } from './graph-fake-site';

/**
 * Microsoft 365 group calendars for the Graph fake, with the semantics the calendar adapter
 * relies on (docs: "List group calendarView", v1.0):
 *
 *   GET /groups/{id}/calendarView?startDateTime=…&endDateTime=…[&$select=…][&$top=…][&$skip=…]
 *
 * - both window parameters are required (400 otherwise); an offset-less value is UTC;
 * - events overlapping the window are returned, ordered by start, `$top` per page (default
 *   10), `@odata.nextLink` (absolute, with `$skip`) while more remain;
 * - times come back as `{ dateTime, timeZone }` in UTC (the default, and what
 *   `Prefer: outlook.timezone="UTC"` asks for);
 * - `$select` trims the properties (`id` always stays);
 * - app-only access needs Calendars.ReadBasic (or Calendars.Read / Calendars.ReadWrite):
 *   without it 403 ErrorAccessDenied; with only ReadBasic, body and bodyPreview are withheld;
 * - an unknown group is 404.
 */
export interface FakeCalendarEvent {
  readonly id: string;
  readonly subject: string;
  /** ISO-8601 UTC. */
  readonly start: string;
  readonly end: string;
  readonly isAllDay?: boolean;
  readonly isCancelled?: boolean;
  readonly joinUrl?: string | null;
  readonly bodyPreview?: string;
}

export const CALENDAR_READ_PERMISSIONS = [
  'Calendars.ReadBasic',
  'Calendars.Read',
  'Calendars.ReadWrite',
] as const;

const PATH = /^\/groups\/([^/]+)\/calendarView$/i;

/** `2027-01-20T12:00:00.000Z` → Graph's `2027-01-20T12:00:00.0000000`. */
const graphDateTime = (iso: string) => ({
  dateTime: `${new Date(iso).toISOString().slice(0, 19)}.0000000`,
  timeZone: 'UTC',
});

const error = (status: number, code: string, message: string): FakeResponse => ({
  status,
  body: { error: { code, message } },
});

export class GraphFakeCalendars {
  /** The `Prefer` header of every calendar request, in arrival order. */
  readonly prefers: string[] = [];
  private readonly groups = new Map<string, FakeCalendarEvent[]>();

  constructor(private readonly baseUrl: () => string) {}

  /** Replaces a group's calendar (the group exists from then on). */
  setEvents(groupId: string, events: readonly FakeCalendarEvent[]): void {
    this.groups.set(groupId.toLowerCase(), [...events]);
  }

  handles(path: string): boolean {
    return PATH.test(decodeURIComponent(path));
  }

  handle(
    method: string,
    pathAndQuery: string,
    permissions: readonly string[],
    prefer = '',
  ): FakeResponse {
    this.prefers.push(prefer);
    const [rawPath = '', query = ''] = pathAndQuery.split('?');
    const groupId = (PATH.exec(decodeURIComponent(rawPath))?.[1] ?? '').toLowerCase();
    if (method !== 'GET') return error(405, 'ErrorInvalidRequest', 'Only GET is supported.');
    if (!CALENDAR_READ_PERMISSIONS.some((p) => permissions.includes(p))) {
      return error(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
    const events = this.groups.get(groupId);
    if (events === undefined) {
      return error(404, 'Request_ResourceNotFound', `Resource '${groupId}' does not exist.`);
    }
    const params = new URLSearchParams(query);
    const from = Date.parse(asUtc(params.get('startDateTime')));
    const to = Date.parse(asUtc(params.get('endDateTime')));
    if (Number.isNaN(from) || Number.isNaN(to)) {
      return error(
        400,
        'ErrorInvalidParameter',
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      );
    }
    const top = Math.min(Number(params.get('$top') ?? 10) || 10, 1000);
    const skip = Number(params.get('$skip') ?? 0) || 0;
    const select = params.get('$select')?.split(',') ?? null;
    const basicOnly = !permissions.some(
      (p) => p !== 'Calendars.ReadBasic' && p.startsWith('Calendars.'),
    );
    const inWindow = events
      .filter((e) => Date.parse(e.start) < to && Date.parse(e.end) > from)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
    const slice = inWindow.slice(skip, skip + top);
    const value = slice.map((e) => pick(this.json(e, basicOnly), select));
    const more = skip + top < inWindow.length;
    const next = new URLSearchParams(query);
    next.set('$skip', String(skip + top));
    return {
      status: 200,
      body: {
        '@odata.context': `${this.baseUrl()}/v1.0/$metadata#groups('${groupId}')/calendarView`,
        value,
        ...(more
          ? { '@odata.nextLink': `${this.baseUrl()}/v1.0${rawPath}?${next.toString()}` }
          : {}),
      },
    };
  }

  private json(e: FakeCalendarEvent, basicOnly: boolean): Record<string, unknown> {
    return {
      '@odata.etag': `W/"${e.id}"`,
      id: e.id,
      subject: e.subject,
      start: graphDateTime(e.start),
      end: graphDateTime(e.end),
      isAllDay: e.isAllDay ?? false,
      isCancelled: e.isCancelled ?? false,
      type: 'singleInstance',
      isOnlineMeeting: (e.joinUrl ?? null) !== null,
      onlineMeeting: (e.joinUrl ?? null) === null ? null : { joinUrl: e.joinUrl },
      ...(basicOnly
        ? {}
        : {
            bodyPreview: e.bodyPreview ?? '',
            body: { contentType: 'html', content: e.bodyPreview ?? '' },
          }),
    };
  }
}

function asUtc(value: string | null): string {
  if (value === null) return '';
  return /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
}

function pick(json: Record<string, unknown>, select: readonly string[] | null) {
  if (select === null) return json;
  return Object.fromEntries(
    Object.entries(json).filter(([k]) => k === 'id' || k === '@odata.etag' || select.includes(k)),
  );
}
