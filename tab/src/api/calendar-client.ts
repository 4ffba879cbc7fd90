import { getRaw, sendJson, type ApiResult } from './client';
import type { Problem } from './meetings-client';
import { isObject } from './guards';

/** The shapes of /api/v1/meetings/calendar (see bot/src/http/calendar-api.ts). */

export interface CalendarEvent {
  id: string;
  subject: string;
  startsAt: string;
  endsAt: string;
  joinUrl: string | null;
}

export type CalendarDrift =
  | {
      kind: 'moved';
      meetingId: string;
      theme: string;
      meetingStartsAt: string;
      eventStartsAt: string;
      eventEndsAt: string;
    }
  | { kind: 'cancelled' | 'missing'; meetingId: string; theme: string; meetingStartsAt: string };

/** A server message in both languages. */
export interface Said {
  message: string;
  messageEn: string;
}

export interface CalendarLinks {
  enabled: boolean;
  proposals: CalendarEvent[];
  drift: CalendarDrift[];
  /** The calendar could not be read: the server's message (no permission, not found, down). */
  failure?: Said;
}

export type ImportResult =
  | { kind: 'saved' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'refused'; said: Said }
  | { kind: 'failed' };

function saidOf(json: unknown): Said | null {
  const error = isObject(json) ? json['error'] : null;
  return isObject(error) &&
    typeof error['message'] === 'string' &&
    typeof error['messageEn'] === 'string'
    ? { message: error['message'], messageEn: error['messageEn'] }
    : null;
}

/** `GET /api/v1/meetings/calendar` (Samordning). A calendar failure comes back as `failure`. */
export async function fetchCalendarLinks(signal?: AbortSignal): Promise<ApiResult<CalendarLinks>> {
  const answer = await getRaw('/api/v1/meetings/calendar', signal);
  if (!answer.ok) return answer;
  const { status, body } = answer;
  const said = saidOf(body);
  if (status === 503 && said !== null) {
    return { ok: true, data: { enabled: true, proposals: [], drift: [], failure: said } };
  }
  if (status !== 200) return { ok: false, failure: { kind: 'http', status } };
  if (!isObject(body) || !Array.isArray(body['proposals']) || !Array.isArray(body['drift'])) {
    return { ok: false, failure: { kind: 'shape' } };
  }
  return { ok: true, data: body as unknown as CalendarLinks };
}

/** `POST /api/v1/meetings/calendar/import`: "Lägg till som möte" (Samordning). */
export async function importCalendarEvent(eventId: string): Promise<ImportResult> {
  const answer = await sendJson('POST', '/api/v1/meetings/calendar/import', { eventId });
  if (answer === null) return { kind: 'failed' };
  if (answer.status === 201) return { kind: 'saved' };
  const { json } = answer;
  if (answer.status === 400 && isObject(json) && Array.isArray(json['problems'])) {
    return { kind: 'invalid', problems: json['problems'] as Problem[] };
  }
  const said = saidOf(json);
  return said === null ? { kind: 'failed' } : { kind: 'refused', said };
}
