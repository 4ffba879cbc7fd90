import type { Response, Server } from 'restify';
import { z } from 'zod';
import { importCalendarEvent } from '../domain/meetings/calendar-import';
import { linkCalendar } from '../domain/meetings/calendar-link';
import type { MeetingDeps } from '../domain/meetings/meeting-service';
import {
  CalendarAccessError,
  type CalendarWindow,
  type GroupCalendar,
} from '../domain/ports/group-calendar.port';
import type { Logger } from '../logging';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { sendResult } from './meetings-api';
import { forbidden, sendError } from './replies';
import { isSamordning } from '../domain/roles';
import { samordningJson } from './samordning-json';
import { CORRELATION_HEADER } from './request-context';
import type { TabApiDeps } from './tab-api-deps';

/*
 * The group calendar beside the meetings (Samordning only, role from the store's member
 * record): GET proposals and drift, POST import one event as a meeting. Off (enabled: false)
 * when no calendar is configured, which is always so in local mode.
 */

/** The calendar is read from now and one year ahead. */
const WINDOW_DAYS = 365;

export function calendarWindow(now: Date): CalendarWindow {
  return {
    from: now.toISOString(),
    to: new Date(now.getTime() + WINDOW_DAYS * 86_400_000).toISOString(),
  };
}

const importSchema = z.object({ eventId: z.string().min(1).max(1000) });

const FAILURES = {
  permission: {
    status: 503,
    log: 'Graph refused to read the group calendar: grant the app registration the application permission Calendars.ReadBasic with admin consent (infra/README.md)',
    sv: 'Samordna har inte behörighet att läsa gruppkalendern. Be en administratör ge appen behörigheten (se drifthandledningen).',
    en: 'Samordna may not read the group calendar. Ask an administrator to grant the app the permission (see the operations guide).',
  },
  'not-found': {
    status: 503,
    log: 'the group calendar was not found: check SAMORDNA_CALENDAR_GROUP_ID (the samordningsgrupp team’s Microsoft 365 group id)',
    sv: 'Gruppkalendern hittades inte. Be en administratör kontrollera inställningen för gruppkalendern.',
    en: 'The group calendar was not found. Ask an administrator to check the group calendar setting.',
  },
  unavailable: {
    status: 503,
    log: 'the group calendar could not be read now (throttled, unavailable or an unexpected answer)',
    sv: 'Gruppkalendern går inte att läsa just nu. Försök igen om en stund.',
    en: 'The group calendar cannot be read right now. Try again in a while.',
  },
} as const;

/** Logs what the operator needs and answers the user in Swedish (never Graph's message). */
function sendCalendarFailure(res: Response, logger: Logger, error: CalendarAccessError): void {
  const failure = FAILURES[error.reason];
  const correlationId = res.getHeader(CORRELATION_HEADER);
  const entry = { event: `group-calendar-${error.reason}`, detail: error.detail, correlationId };
  if (error.reason === 'unavailable') logger.warn(entry, failure.log);
  else logger.error(entry, failure.log);
  sendError(res, failure.status, `calendar-${error.reason}`, failure.sv, failure.en);
}

const OFF = {
  sv: 'Gruppkalendern är inte kopplad till Samordna.',
  en: 'The group calendar is not connected to Samordna.',
} as const;

function sendOff(res: Response): void {
  sendError(res, 404, 'calendar-off', OFF.sv, OFF.en);
}

export function registerCalendarApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const meetingDeps: MeetingDeps = { store: deps.store, clock: deps.clock, ...deps.rhythm };

  /** Runs `read` on the calendar; a CalendarAccessError is answered here. */
  async function withCalendar(
    res: Response,
    read: (calendar: GroupCalendar) => Promise<void>,
  ): Promise<void> {
    const calendar = deps.rhythm.groupCalendar;
    if (calendar === null) return sendOff(res);
    try {
      await read(calendar);
    } catch (error) {
      if (error instanceof CalendarAccessError) return sendCalendarFailure(res, deps.logger, error);
      throw error;
    }
  }

  server.get(
    '/api/v1/meetings/calendar',
    authenticated(async (_req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      if (deps.rhythm.groupCalendar === null) {
        return sendJson(res, 200, { enabled: false, proposals: [], drift: [] });
      }
      await withCalendar(res, async (calendar) => {
        const now = deps.clock.now();
        const window = calendarWindow(now);
        const [events, meetings] = await Promise.all([
          calendar.listEvents(window),
          deps.rhythm.meetings.listMeetings(),
        ]);
        const links = linkCalendar(events, meetings, window, now);
        const themes = new Map(meetings.map((m) => [m.id, m.theme]));
        sendJson(res, 200, {
          enabled: true,
          proposals: links.proposals,
          drift: links.drift.map((d) => ({ ...d, theme: themes.get(d.meetingId) ?? '' })),
        });
      });
    }),
  );

  server.post(
    '/api/v1/meetings/calendar/import',
    samordningJson(authenticated, importSchema, async (_req, res, user, body) => {
      await withCalendar(res, async (groupCalendar) => {
        const result = await importCalendarEvent(
          { ...meetingDeps, groupCalendar },
          user.userId,
          body.eventId,
          calendarWindow(deps.clock.now()),
        );
        if (result.kind === 'already-imported') {
          return sendError(
            res,
            409,
            'already-imported',
            'Händelsen är redan tillagd som möte. Inget ändrades.',
            'The event is already added as a meeting. Nothing was changed.',
            { meetingId: result.meetingId },
          );
        }
        if (result.kind === 'event-not-found') {
          return sendError(
            res,
            404,
            'event-not-found',
            'Händelsen finns inte (längre) i gruppkalendern, eller är inställd.',
            'The event is not (or no longer) in the group calendar, or it is cancelled.',
          );
        }
        sendResult(res, result, true);
      });
    }),
  );
}
