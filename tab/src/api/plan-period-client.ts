/*
 * "Ny planperiod" and "Ny uppföljningsomgång" (bot/src/http/plans-api.ts and rounds-api.ts,
 * decision 0031): check and import a plan file's text, the carry suggestion and the confirmed
 * carry, making a plan current, and follow-up rounds for any period. Every answer is the
 * server's data or a refusal with its Swedish (and English) lines, for the view to list.
 */
import { getJson, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';

export interface PlanSummary {
  readonly id: string;
  readonly title: string;
  readonly periodStart: number;
  readonly periodEnd: number;
}

/** A plan's period as the tab writes it: 2027–2030. */
export const planPeriod = (p: PlanSummary): string =>
  `${String(p.periodStart)}–${String(p.periodEnd)}`;

export interface CheckedPlan extends PlanSummary {
  readonly goals: number;
  readonly organisations: number;
}

export interface GoalTitle {
  readonly number: number;
  readonly title: string;
}

export interface CarryActivity {
  readonly id: string;
  readonly title: string;
  readonly goal: number;
  readonly organisationName: string;
  /** Already carried into the new plan (a repeated carry writes nothing for it). */
  readonly carried: boolean;
}

export interface CarrySuggestion {
  readonly from: PlanSummary & { readonly goals: readonly GoalTitle[] };
  readonly to: PlanSummary & { readonly goals: readonly GoalTitle[] };
  readonly goals: readonly {
    readonly from: number;
    readonly to: number | null;
    readonly match: 'same-text' | 'similar-text' | null;
  }[];
  readonly activities: readonly CarryActivity[];
}

/** A follow-up round's dialogue meeting with one organisation (local date and times). */
export interface ListedDialogue {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly status: 'planned' | 'cancelled';
  readonly teamsLink: string | null;
}

export interface ListedRound {
  readonly id: string;
  readonly title: string;
  /** 'uppfoljning' (a follow-up round, may have dialogues) or 'mote' (a meeting's round). */
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly dialogues: readonly ListedDialogue[];
}

/** An organisation a dialogue may invite, with the days it exists (null: open-ended). */
export interface InvitableOrganisation {
  readonly id: string;
  readonly name: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export interface RoundList {
  readonly plan: { readonly id: string; readonly title: string };
  readonly rounds: readonly ListedRound[];
  readonly organisations: readonly InvitableOrganisation[];
  readonly canCreate: boolean;
}

/** One dialogue meeting as the tab sends it: an organisation's id, local date and times. */
export interface DialogueInput {
  readonly organisation: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly teamsLink: string;
}

/** One line the server refused (a plan file's problem has its line in the text). */
export interface Refusal {
  readonly message: string;
  readonly lines: readonly string[];
  /** The lines about one organisation's dialogue, by the organisation's id. */
  readonly byOrganisation: Readonly<Record<string, readonly string[]>>;
}

/** A write's answer: the data, a refusal to show, or nothing came back (network, server). */
export type WriteResult<T> =
  | { readonly kind: 'ok'; readonly data: T; readonly status: number }
  | { readonly kind: 'refused'; readonly refusal: Refusal }
  | { readonly kind: 'failed' };

const text = (value: unknown, key: string): string | null =>
  isRecord(value) && typeof value[key] === 'string' ? value[key] : null;

/** The refusal's message and its lines (`text` of a plan problem, else `message`). */
function refusalOf(json: unknown, english: boolean): Refusal | null {
  if (!isRecord(json) || !isRecord(json['error'])) return null;
  const message = text(json['error'], english ? 'messageEn' : 'message') ?? '';
  const problems: unknown[] = Array.isArray(json['problems']) ? json['problems'] : [];
  const lineOf = (p: unknown) =>
    text(p, english ? 'textEn' : 'text') ??
    text(p, 'text') ??
    (english ? text(p, 'messageEn') : null) ??
    text(p, 'message');
  const lines = problems.flatMap((p) => {
    const line = lineOf(p);
    return line === null ? [] : [line];
  });
  const byOrganisation: Record<string, string[]> = {};
  for (const p of problems) {
    const organisation = text(p, 'organisation');
    const line = lineOf(p);
    if (organisation !== null && line !== null) (byOrganisation[organisation] ??= []).push(line);
  }
  return { message, lines, byOrganisation };
}

export async function write<T>(
  method: 'POST',
  path: string,
  body: unknown,
  isExpected: (value: unknown) => value is T,
  english: boolean,
): Promise<WriteResult<T>> {
  const answer = await sendJson(method, path, body);
  if (answer === null) return { kind: 'failed' };
  if (answer.status >= 200 && answer.status < 300)
    return isExpected(answer.json)
      ? { kind: 'ok', data: answer.json, status: answer.status }
      : { kind: 'failed' };
  const refusal = answer.status >= 500 ? null : refusalOf(answer.json, english);
  return refusal === null ? { kind: 'failed' } : { kind: 'refused', refusal };
}

const isSummary = (value: unknown): value is PlanSummary =>
  isRecord(value) &&
  typeof value['id'] === 'string' &&
  typeof value['title'] === 'string' &&
  typeof value['periodStart'] === 'number';

const hasPlan = (value: unknown): value is { plan: PlanSummary } =>
  isRecord(value) && isSummary(value['plan']);

/** The tab API's limit on a request body (bot/src/http/body.ts MAX_BODY_BYTES). */
export const MAX_REQUEST_BYTES = 256 * 1024;

/**
 * The bytes a plan file's text takes as the check's and the import's request, or null when it
 * fits: a larger file is refused by the server with a general "too large", so the tab says
 * what to do before sending it.
 */
export function planTextTooLarge(planText: string): number | null {
  const bytes = new TextEncoder().encode(JSON.stringify({ text: planText })).length;
  return bytes > MAX_REQUEST_BYTES ? bytes : null;
}

export function checkPlanText(planText: string, english = false) {
  return write<{ plan: CheckedPlan; exists: boolean }>(
    'POST',
    '/api/v1/plans/check',
    { text: planText },
    (v): v is { plan: CheckedPlan; exists: boolean } => hasPlan(v),
    english,
  );
}

export function importPlanText(planText: string, english = false) {
  return write<{ outcome: 'created' | 'updated' | 'unchanged'; plan: PlanSummary }>(
    'POST',
    '/api/v1/plans/import',
    { text: planText },
    (v): v is { outcome: 'created' | 'updated' | 'unchanged'; plan: PlanSummary } =>
      isRecord(v) && typeof v['outcome'] === 'string' && isSummary(v['plan']),
    english,
  );
}

export function makePlanCurrent(planId: string, english = false) {
  return write<{ currentPlanId: string; plan: PlanSummary }>(
    'POST',
    `/api/v1/plans/${encodeURIComponent(planId)}/current`,
    undefined,
    (v): v is { currentPlanId: string; plan: PlanSummary } => hasPlan(v),
    english,
  );
}

function isSuggestion(value: unknown): value is CarrySuggestion {
  return (
    isRecord(value) &&
    isSummary(value['from']) &&
    isSummary(value['to']) &&
    Array.isArray(value['goals']) &&
    Array.isArray(value['activities'])
  );
}

/** `GET /api/v1/plans/carry`: each old goal with its suggested new goal, and the activities. */
export function fetchCarrySuggestion(
  from: string | undefined,
  to: string,
  signal?: AbortSignal,
): Promise<ApiResult<CarrySuggestion>> {
  const query = new URLSearchParams(from === undefined ? { to } : { from, to });
  return getJson(`/api/v1/plans/carry?${query.toString()}`, isSuggestion, signal);
}

export interface CarryDone {
  readonly created: readonly { readonly id: string; readonly title: string }[];
  readonly existing: number;
}

export function confirmCarry(
  choice: {
    from: string;
    to: string;
    goals: readonly { from: number; to: number }[];
    activityIds: readonly string[];
  },
  english = false,
) {
  return write<CarryDone>(
    'POST',
    '/api/v1/plans/carry',
    choice,
    (v): v is CarryDone =>
      isRecord(v) && Array.isArray(v['created']) && typeof v['existing'] === 'number',
    english,
  );
}

function isRoundList(value: unknown): value is RoundList {
  return (
    isRecord(value) &&
    isRecord(value['plan']) &&
    Array.isArray(value['rounds']) &&
    Array.isArray(value['organisations'])
  );
}

/** `GET /api/v1/rounds`: the chosen plan's rounds with their periods (none: the current plan). */
export function fetchRounds(
  plan: string | undefined,
  signal?: AbortSignal,
): Promise<ApiResult<RoundList>> {
  const query = plan === undefined ? '' : `?${new URLSearchParams({ plan }).toString()}`;
  return getJson(`/api/v1/rounds${query}`, isRoundList, signal);
}

/** A written round: the round and its dialogues (those asked for, new or already there). */
export interface RoundDialogues {
  readonly round: Omit<ListedRound, 'dialogues'>;
  readonly dialogues: readonly ListedDialogue[];
}

/** A written round's answer with `extra` of the expected type (`outcome`, `created`). */
const hasRoundDialogues = (v: unknown, extra: string, type: 'string' | 'number'): boolean =>
  isRecord(v) && isRecord(v['round']) && Array.isArray(v['dialogues']) && typeof v[extra] === type;

/** `POST /api/v1/rounds`: a round, optionally with a dialogue meeting per organisation. */
export function createRound(
  input: {
    title: string;
    from: string;
    to: string;
    plan?: string;
    dialogues?: readonly DialogueInput[];
  },
  english = false,
) {
  return write<RoundDialogues & { outcome: 'created' | 'exists' }>(
    'POST',
    '/api/v1/rounds',
    input,
    (v): v is RoundDialogues & { outcome: 'created' | 'exists' } =>
      hasRoundDialogues(v, 'outcome', 'string'),
    english,
  );
}

/** `POST /api/v1/rounds/:id/dialogues`: dialogue meetings added to a follow-up round. */
export function addDialogues(
  roundId: string,
  input: { dialogues: readonly DialogueInput[]; plan?: string },
  english = false,
) {
  return write<RoundDialogues & { created: number }>(
    'POST',
    `/api/v1/rounds/${encodeURIComponent(roundId)}/dialogues`,
    input,
    (v): v is RoundDialogues & { created: number } => hasRoundDialogues(v, 'created', 'number'),
    english,
  );
}
