import { isMe } from './guards';
import type { Me } from './types';

export type { Me } from './types';

/** Why a request failed, for logs and tests; the UI shows its own localised text instead. */
export type ApiFailure = { kind: 'network' } | { kind: 'http'; status: number } | { kind: 'shape' };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

let tokenSource: () => Promise<string | null> = async () => null;

/** Called once at start-up with the host's token source (Teams SSO, or none in a plain browser). */
export function setTokenSource(source: () => Promise<string | null>): void {
  tokenSource = source;
}

/**
 * Headers that authenticate the tab's API calls: in Teams the SSO token from
 * `authentication.getAuthToken()` as `Authorization: Bearer …`; in a plain browser none (the
 * local server answers with its dev identity; production answers 401).
 */
export async function getAuthHeader(): Promise<Record<string, string>> {
  let token: string | null;
  try {
    token = await tokenSource();
  } catch {
    // Consent needed or SSO not set up: the server answers 401 and the view shows its error.
    token = null;
  }
  return token === null ? {} : { Authorization: `Bearer ${token}` };
}

/**
 * `GET path` on the tab's origin: the status and the JSON body (null when it has none), or
 * why nothing came back. Views that read the server's error messages use it directly.
 */
export async function getRaw(
  path: string,
  signal?: AbortSignal,
): Promise<{ ok: true; status: number; body: unknown } | { ok: false; failure: ApiFailure }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: 'application/json', ...(await getAuthHeader()) },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, failure: { kind: 'network' } };
  }
  try {
    return { ok: true, status: response.status, body: (await response.json()) as unknown };
  } catch {
    return response.ok
      ? { ok: false, failure: { kind: 'shape' } }
      : { ok: true, status: response.status, body: null };
  }
}

/**
 * A write (`POST`, `PUT`, `PATCH`, `DELETE`) on the tab's origin with an optional JSON body: the
 * status and the JSON answer (null when it has none, judged by the status alone), or null when
 * the network failed. Every client's writes go through here.
 */
export async function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown } | null> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(await getAuthHeader()),
      },
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return null;
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // judged by the status alone
  }
  return { status: response.status, json };
}

/** `GET path` as JSON, checked with `isExpected`. Shared by the lazily loaded views' clients. */
export async function getJson<T>(
  path: string,
  isExpected: (value: unknown) => value is T,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  const answer = await getRaw(path, signal);
  if (!answer.ok) return answer;
  if (answer.status < 200 || answer.status > 299) {
    return { ok: false, failure: { kind: 'http', status: answer.status } };
  }
  return isExpected(answer.body)
    ? { ok: true, data: answer.body }
    : { ok: false, failure: { kind: 'shape' } };
}

/** `GET /api/v1/me` on the tab's own origin. */
export function fetchMe(signal?: AbortSignal): Promise<ApiResult<Me>> {
  return getJson('/api/v1/me', isMe, signal);
}
