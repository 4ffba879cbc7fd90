import type { AgendaItem, MeetingDecision } from '../../../bot/src/domain/minutes/minutes-types';
import { getJson, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';

/** The shapes of /api/v1/meetings/:id/agenda and /minutes (bot/src/http/minutes-api.ts). */
export type { AgendaItem, MeetingDecision };

export interface AgendaView {
  meeting: { id: string; startsAt: string; endsAt: string; theme: string; status: string };
  items: AgendaItem[];
  edited: { at: string; by: string } | null;
  organisations: { id: string; name: string }[];
  canEdit: boolean;
}

export interface MinutesView {
  meeting: { id: string; startsAt: string; theme: string };
  items: AgendaItem[];
  decisions: MeetingDecision[];
  organisations: { id: string; name: string }[];
  canEdit: boolean;
}

const isAgenda = (v: unknown): v is AgendaView =>
  isRecord(v) &&
  isRecord(v['meeting']) &&
  Array.isArray(v['items']) &&
  typeof v['canEdit'] === 'boolean';
const isMinutes = (v: unknown): v is MinutesView =>
  isRecord(v) && Array.isArray(v['items']) && Array.isArray(v['decisions']);

export function fetchAgenda(
  meetingId: string,
  signal?: AbortSignal,
): Promise<ApiResult<AgendaView>> {
  return getJson(`/api/v1/meetings/${encodeURIComponent(meetingId)}/agenda`, isAgenda, signal);
}

export function fetchMinutes(
  meetingId: string,
  signal?: AbortSignal,
): Promise<ApiResult<MinutesView>> {
  return getJson(`/api/v1/meetings/${encodeURIComponent(meetingId)}/minutes`, isMinutes, signal);
}

/** What a write came to: done, refused with the server's Swedish/English messages, or failed. */
export type MinutesWrite =
  | { kind: 'saved' }
  | { kind: 'invalid'; messages: { message: string; messageEn: string }[] }
  | { kind: 'failed' };

function writeResult(answer: { status: number; json: unknown } | null): MinutesWrite {
  if (answer !== null && answer.status >= 200 && answer.status < 300) return { kind: 'saved' };
  if (answer !== null && answer.status === 400 && isRecord(answer.json)) {
    const problems = Array.isArray(answer.json['problems']) ? answer.json['problems'] : [];
    const error = isRecord(answer.json['error']) ? answer.json['error'] : {};
    const messages = problems.filter(isRecord).map((p) => ({
      message: String(p['message'] ?? ''),
      messageEn: String(p['messageEn'] ?? ''),
    }));
    return {
      kind: 'invalid',
      messages:
        messages.length > 0
          ? messages
          : [
              {
                message: String(error['message'] ?? ''),
                messageEn: String(error['messageEn'] ?? ''),
              },
            ],
    };
  }
  return { kind: 'failed' };
}

export async function saveAgenda(
  meetingId: string,
  order: string[],
  added: { id?: string; title: string }[],
): Promise<MinutesWrite> {
  return writeResult(
    await sendJson('PUT', `/api/v1/meetings/${encodeURIComponent(meetingId)}/agenda`, {
      order,
      added,
    }),
  );
}

export async function postDecision(
  meetingId: string,
  decision: {
    id: string;
    agendaItemId: string;
    note: string;
    kind: string;
    what: string;
    organisationId: string | null;
    dueDate: string | null;
  },
): Promise<MinutesWrite> {
  return writeResult(
    await sendJson('POST', `/api/v1/meetings/${encodeURIComponent(meetingId)}/decisions`, decision),
  );
}

export async function sendDecisions(meetingId: string): Promise<{ queued: number } | null> {
  const answer = await sendJson(
    'POST',
    `/api/v1/meetings/${encodeURIComponent(meetingId)}/minutes/send`,
    {},
  );
  if (answer === null || answer.status !== 200 || !isRecord(answer.json)) return null;
  return { queued: Number(answer.json['queued'] ?? 0) };
}
