import { isMe, isOverview } from './guards';
import type { Me, Overview } from './types';

export type { GoalSummary, Me, Overview } from './types';

/** Why a request failed, for logs and tests; the UI shows its own localised text instead. */
export type ApiFailure = { kind: 'network' } | { kind: 'http'; status: number } | { kind: 'shape' };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

/**
 * Headers that authenticate the tab's API calls.
 *
 * Returns no headers for now: in a plain browser the local server answers with its dev
 * identity. Teams SSO (a token from `authentication.getAuthToken()` sent as
 * `Authorization: Bearer …`) is added by the tab issue.
 */
export async function getAuthHeader(): Promise<Record<string, string>> {
  return {};
}

/** `GET path` as JSON, checked with `isExpected`. Shared by the lazily loaded views' clients. */
export async function getJson<T>(
  path: string,
  isExpected: (value: unknown) => value is T,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
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
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, failure: { kind: 'shape' } };
  }
  return isExpected(body) ? { ok: true, data: body } : { ok: false, failure: { kind: 'shape' } };
}

/** `GET /api/v1/overview` on the tab's own origin. */
export function fetchOverview(signal?: AbortSignal): Promise<ApiResult<Overview>> {
  return getJson('/api/v1/overview', isOverview, signal);
}

/** `GET /api/v1/me` on the tab's own origin. */
export function fetchMe(signal?: AbortSignal): Promise<ApiResult<Me>> {
  return getJson('/api/v1/me', isMe, signal);
}
