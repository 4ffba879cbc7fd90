import type {
  DirectoryUser,
  PeopleAction,
  PeopleAuditEntry,
} from '../../../bot/src/domain/people/people-types';
import type {
  OrganisationPeople,
  PeopleView,
  PersonView,
  StandInView,
} from '../../../bot/src/domain/services/people-view';
import { getJson, getRaw, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';

/** The shapes of /api/v1/people (see bot/src/http/people-api.ts). */
export type { DirectoryUser, OrganisationPeople, PeopleView, PersonView, StandInView };
export type Role = 'samordnare' | 'samordning' | 'hr';
export type AuditEntry = PeopleAuditEntry & { action: PeopleAction };

export interface Problem {
  code: string;
  message: string;
  messageEn: string;
}

/** What a write came to: saved, refused with the server's reasons, or failed. */
export type PeopleWrite =
  | { kind: 'saved'; unchanged: boolean }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'forbidden' | 'not-found' | 'failed' };

const isObject = isRecord;

function isPeopleView(value: unknown): value is PeopleView {
  return (
    isObject(value) &&
    typeof value['canManage'] === 'boolean' &&
    typeof value['registered'] === 'boolean' &&
    Array.isArray(value['organisations']) &&
    Array.isArray(value['samordning']) &&
    Array.isArray(value['standingInFor'])
  );
}

/** `GET /api/v1/people`. */
export function fetchPeople(signal?: AbortSignal): Promise<ApiResult<PeopleView>> {
  return getJson('/api/v1/people', isPeopleView, signal);
}

/** `GET /api/v1/people/audit` (Samordning). */
export function fetchAudit(signal?: AbortSignal): Promise<ApiResult<{ entries: AuditEntry[] }>> {
  return getJson(
    '/api/v1/people/audit?limit=100',
    (value): value is { entries: AuditEntry[] } =>
      isObject(value) && Array.isArray(value['entries']),
    signal,
  );
}

export type SearchResult =
  | { kind: 'found'; users: DirectoryUser[] }
  /** The server's Swedish and English reason (no permission, directory off or down). */
  | { kind: 'unavailable'; message: string; messageEn: string }
  | { kind: 'failed' };

/** `GET /api/v1/people/search?q=` (Samordning, and a samordnare looking up her stand-in). */
export async function searchDirectory(query: string, signal?: AbortSignal): Promise<SearchResult> {
  const answer = await getRaw(`/api/v1/people/search?q=${encodeURIComponent(query)}`, signal);
  if (!answer.ok) return { kind: 'failed' };
  const body = answer.body;
  if (answer.status === 200 && isObject(body) && Array.isArray(body['users'])) {
    return { kind: 'found', users: body['users'] as DirectoryUser[] };
  }
  const error = isObject(body) && isObject(body['error']) ? body['error'] : null;
  if (error !== null && typeof error['message'] === 'string') {
    return {
      kind: 'unavailable',
      message: error['message'],
      messageEn: String(error['messageEn'] ?? error['message']),
    };
  }
  return { kind: 'failed' };
}

function writeResult(answer: { status: number; json: unknown } | null): PeopleWrite {
  if (answer === null) return { kind: 'failed' };
  const { status, json } = answer;
  if (status === 200 || status === 201) {
    return { kind: 'saved', unchanged: isObject(json) && json['unchanged'] === true };
  }
  if (status === 400 && isObject(json) && Array.isArray(json['problems'])) {
    return { kind: 'invalid', problems: json['problems'] as Problem[] };
  }
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'not-found' };
  return { kind: 'failed' };
}

export interface MemberInput {
  name: string;
  organisationId: string | null;
  roles: Role[];
}

/** `POST /api/v1/people/members` (Samordning): adds a person found in the directory. */
export async function addMember(userId: string, input: MemberInput): Promise<PeopleWrite> {
  return writeResult(await sendJson('POST', '/api/v1/people/members', { userId, ...input }));
}

/** `PUT /api/v1/people/members/:userId` (Samordning): another organisation or other roles. */
export async function changeMember(userId: string, input: MemberInput): Promise<PeopleWrite> {
  return writeResult(
    await sendJson('PUT', `/api/v1/people/members/${encodeURIComponent(userId)}`, input),
  );
}

/** `DELETE /api/v1/people/members/:userId` (Samordning). */
export async function removeMember(userId: string): Promise<PeopleWrite> {
  return writeResult(
    await sendJson('DELETE', `/api/v1/people/members/${encodeURIComponent(userId)}`),
  );
}

export interface StandInInput {
  organisationId: string;
  /** Absent: the caller herself. */
  absentUserId?: string;
  standInUserId: string;
  standInName: string;
  from: string;
  to: string;
}

/** `POST /api/v1/people/stand-ins`. */
export async function addStandIn(input: StandInInput): Promise<PeopleWrite> {
  return writeResult(await sendJson('POST', '/api/v1/people/stand-ins', input));
}

/** `DELETE /api/v1/people/stand-ins/:id`: ends the stand-in now. */
export async function endStandIn(id: string): Promise<PeopleWrite> {
  return writeResult(
    await sendJson('DELETE', `/api/v1/people/stand-ins/${encodeURIComponent(id)}`),
  );
}
