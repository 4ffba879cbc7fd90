import { getJson, sendJson, type ApiResult } from './client';
import {
  currentOf,
  entryOf,
  isEditorList,
  isSupportList,
  isVersions,
  problemsOf,
} from './support-guards';
import type {
  EditorList,
  SupportEntryInput,
  SupportList,
  SupportStatusAction,
  SupportVersion,
  SupportWriteResult,
} from './support-types';

/*
 * The support API. Readers fetch every published entry once and filter in the browser, so
 * the server never learns whom a reader is asking for.
 */

/** `GET /api/v1/support`: every published, valid entry (akut hjälp first). */
export function fetchSupport(signal?: AbortSignal): Promise<ApiResult<SupportList>> {
  return getJson('/api/v1/support', isSupportList, signal);
}

/** `GET /api/v1/support/editor` (HR only; 403 for others). */
export function fetchSupportEditor(signal?: AbortSignal): Promise<ApiResult<EditorList>> {
  return getJson('/api/v1/support/editor', isEditorList, signal);
}

/** `GET /api/v1/support/:id/versions`. */
export async function fetchSupportVersions(
  id: string,
  signal?: AbortSignal,
): Promise<ApiResult<SupportVersion[]>> {
  const result = await getJson(
    `/api/v1/support/${encodeURIComponent(id)}/versions`,
    isVersions,
    signal,
  );
  return result.ok ? { ok: true, data: result.data.versions } : result;
}

async function write(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
): Promise<SupportWriteResult> {
  const answer = await sendJson(method, path, body);
  if (answer === null) return { kind: 'failed' };
  const { status, json } = answer;
  if (status >= 200 && status <= 299) {
    const entry = entryOf(json);
    return entry ? { kind: 'saved', entry } : { kind: 'failed' };
  }
  switch (status) {
    case 400:
      return { kind: 'invalid', problems: problemsOf(json) };
    case 403:
      return { kind: 'forbidden' };
    case 409:
      return { kind: 'conflict', current: currentOf(json) };
    default:
      return { kind: 'failed' };
  }
}

/** `POST /api/v1/support`: a new entry (a draft). */
export function createSupportEntry(input: SupportEntryInput): Promise<SupportWriteResult> {
  return write('POST', '/api/v1/support', input);
}

/** `PUT /api/v1/support/:id`, only if the entry is still at `version`. */
export function updateSupportEntry(
  id: string,
  version: number,
  input: SupportEntryInput,
): Promise<SupportWriteResult> {
  return write('PUT', `/api/v1/support/${encodeURIComponent(id)}`, { ...input, version });
}

/** `POST /api/v1/support/:id/status`: publish, archive, back to draft, or mark reviewed. */
export function changeSupportStatus(
  id: string,
  version: number,
  action: SupportStatusAction,
): Promise<SupportWriteResult> {
  return write('POST', `/api/v1/support/${encodeURIComponent(id)}/status`, { version, action });
}
