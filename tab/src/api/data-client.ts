import { getAuthHeader, getJson, type ApiResult } from './client';
import { chosenPlan } from './plans-client';
import { isObject } from './guards';

/*
 * Import, export and the report draft (`/api/v1/data`). An upload is the file's raw bytes;
 * the preview is a dry run, the confirm sends the same file again (the server keeps no state).
 */

export interface DataRound {
  id: string;
  title: string;
}

export interface DataRounds {
  rounds: DataRound[];
  currentRoundId: string | null;
  canImport: boolean;
}

export interface ImportCounts {
  activities: { create: number; update: number; unchanged: number };
  reports: { create: number; unchanged: number; none: number };
  organisations: number;
}

export interface PlannedRow {
  row: number;
  organisation: string;
  goal: number;
  title: string;
  activity: 'create' | 'update' | 'unchanged';
  report: 'create' | 'unchanged' | 'none';
}

export interface ImportAnswer {
  imported: boolean;
  /** Null when no round exists and the file has no reports. */
  round: DataRound | null;
  counts: ImportCounts;
  rows: PlannedRow[];
}

export type ImportResult =
  | { kind: 'ok'; answer: ImportAnswer }
  /** Swedish "Rad n: …" lines from the server. */
  | { kind: 'invalid'; rowErrors: string[] }
  | { kind: 'too-large' }
  | { kind: 'forbidden' }
  /** The plan or the chosen reporting round does not exist. */
  | { kind: 'no-round' }
  | { kind: 'failed' };

function isRounds(value: unknown): value is DataRounds {
  return (
    isObject(value) &&
    Array.isArray(value['rounds']) &&
    value['rounds'].every((r) => isObject(r) && typeof r['id'] === 'string') &&
    typeof value['canImport'] === 'boolean'
  );
}

function isImportAnswer(value: unknown): value is ImportAnswer {
  return (
    isObject(value) &&
    typeof value['imported'] === 'boolean' &&
    isObject(value['counts']) &&
    Array.isArray(value['rows'])
  );
}

function rowErrorsOf(value: unknown): string[] {
  if (!isObject(value) || !Array.isArray(value['rowErrors'])) return [];
  return value['rowErrors'].flatMap((e) =>
    isObject(e) && typeof e['text'] === 'string' ? [e['text']] : [],
  );
}

/** `GET /api/v1/data/rounds`: the rounds to choose from and whether the caller may import. */
export function fetchDataRounds(
  signal?: AbortSignal,
  plan: string | undefined = chosenPlan(),
): Promise<ApiResult<DataRounds>> {
  return getJson(`/api/v1/data/rounds${planAndRound(plan, null)}`, isRounds, signal);
}

/** `?plan=…&round=…` for the chosen plan (none: the current) and round (none: the current). */
function planAndRound(plan: string | undefined, roundId: string | null): string {
  const params = new URLSearchParams();
  if (plan !== undefined) params.set('plan', plan);
  if (roundId !== null) params.set('round', roundId);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Uploads `file` for a preview (dry run) or the import itself. */
export async function uploadImport(
  step: 'preview' | 'confirm',
  file: Blob,
  roundId: string | null,
  plan: string | undefined = chosenPlan(),
): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/data/import/${step}${planAndRound(plan, roundId)}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/octet-stream',
        ...(await getAuthHeader()),
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    return { kind: 'failed' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return isImportAnswer(json) ? { kind: 'ok', answer: json } : { kind: 'failed' };
  if (response.status === 400) return { kind: 'invalid', rowErrors: rowErrorsOf(json) };
  if (response.status === 413) return { kind: 'too-large' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status === 404) return { kind: 'no-round' };
  return { kind: 'failed' };
}

export type DownloadKind = 'xlsx' | 'csv' | 'docx';

/** Fetches a download (with the tab's auth header) and saves it under the server's file name. */
export async function download(
  kind: DownloadKind,
  roundId: string | null,
  plan: string | undefined = chosenPlan(),
): Promise<boolean> {
  const base = kind === 'docx' ? '/api/v1/data/report' : `/api/v1/data/export`;
  const params = new URLSearchParams();
  if (plan !== undefined) params.set('plan', plan);
  if (kind !== 'docx') params.set('format', kind);
  if (roundId !== null) params.set('round', roundId);
  try {
    const response = await fetch(`${base}?${params.toString()}`, {
      headers: await getAuthHeader(),
      credentials: 'same-origin',
    });
    if (!response.ok) return false;
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
      `samordna.${kind}`;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
