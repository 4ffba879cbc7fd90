import type { RecipientState } from '../../../bot/src/domain/delivery/recipient-states';
import { getJson, sendJson, type ApiResult } from './client';
import { isObject } from './guards';

export type { RecipientState };
export { RECIPIENT_STATES } from '../../../bot/src/domain/delivery/recipient-states';

/** The shapes of /api/v1/meetings (see bot/src/http/meetings-api.ts). */

/** A schedule step: a reminder kind's step (kebab-case, from `reminderKinds`) or 'close'. */
export type StepName = string;

export interface Labels {
  sv: string;
  en: string;
}

/**
 * A reminder kind from the bot's registry (bot/src/domain/reminders/reminder-kinds.ts): the
 * tab names steps and reminders from these, never from a list of its own.
 */
export interface ReminderKind {
  kind: string;
  step: string | null;
  audience: string;
  labels: Labels;
  stepLabels: Labels | null;
}

/** A step's name in the host's language, or null for a step no kind plans ('close'). */
export function stepLabel(
  kinds: readonly ReminderKind[],
  step: string,
  language: 'sv' | 'en',
): string | null {
  return kinds.find((k) => k.step === step)?.stepLabels?.[language] ?? null;
}

/** A reminder kind's name in the host's language, or null for an unknown kind. */
export function kindLabel(
  kinds: readonly ReminderKind[],
  kind: string,
  language: 'sv' | 'en',
): string | null {
  return kinds.find((k) => k.kind === kind)?.labels[language] ?? null;
}

export interface Progress {
  organisationId: string;
  name: string;
  total: number;
  reported: number;
  unreported: number;
}

export interface Meeting {
  id: string;
  /** samordningsgrupp: a meeting of the group; dialog: a follow-up's dialogue with one organisation. */
  kind: 'samordningsgrupp' | 'dialog';
  startsAt: string;
  endsAt: string;
  theme: string;
  agenda: string;
  constellation: { kind: 'all' } | { kind: 'organisations'; organisationIds: string[] };
  teamsLink: string | null;
  status: 'planned' | 'cancelled';
  version: number;
}

/** One person's line: the state of the latest reminder she was due (decision 0023). */
export interface RecipientLine {
  key: string;
  userId: string;
  name: string;
  kind: string;
  state: RecipientState;
  at: string;
  lastSentAt: string | null;
  attempts: number;
}

export interface MeetingView {
  meeting: Meeting;
  /** A dialogue meeting's one organisation, under its name on the meeting's day. */
  dialogue?: { organisation: { id: string; name: string } };
  steps: {
    step: StepName;
    at: string;
    outcome: 'done' | 'skipped' | null;
    /** A due summary waiting for a team channel, and why. */
    waiting?: 'none' | 'not-installed';
  }[];
  progress: Progress[];
  snapshotTakenAt: string | null;
  /** Counts per state (one per person); `recipients` (one line per person) only for Samordning. */
  reminders: { counts: Record<RecipientState, number>; recipients?: RecipientLine[] } | null;
}

export interface RhythmWarning {
  year: number;
  count: number;
  message: string;
  messageEn: string;
}

export interface MeetingsOverview {
  year: number;
  warning: RhythmWarning | null;
  meetings: MeetingView[];
  /** Every reminder kind with its labels (the bot's registry). */
  reminderKinds: ReminderKind[];
  current: { meeting: Meeting; unreported: Progress[] } | null;
  organisations: { id: string; name: string }[];
  canPlan: boolean;
  deliveryAvailable: boolean;
  /** Whether the team's group calendar is connected (never in local mode). */
  calendarEnabled?: boolean;
  /** The technical fix for IT ("För IT"): sent to Samordning only. */
  itHelp?: { sv: string; en: string };
}

/** What the form sends: a local date and times (Europe/Stockholm) and [] for the whole group. */
export interface MeetingFormInput {
  date: string;
  startTime: string;
  endTime: string;
  theme: string;
  agenda: string;
  organisationIds: string[];
  teamsLink: string;
}

export interface Problem {
  field: string;
  message: string;
  messageEn: string;
}

export type WriteResult =
  | { kind: 'saved'; warning: RhythmWarning | null }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'forbidden' }
  | { kind: 'conflict' }
  | { kind: 'failed' };

function isOverview(value: unknown): value is MeetingsOverview {
  return (
    isObject(value) &&
    typeof value['year'] === 'number' &&
    Array.isArray(value['meetings']) &&
    Array.isArray(value['reminderKinds']) &&
    Array.isArray(value['organisations']) &&
    typeof value['canPlan'] === 'boolean'
  );
}

/** `GET /api/v1/meetings?year=`. */
export function fetchMeetings(
  year: number | null,
  signal?: AbortSignal,
): Promise<ApiResult<MeetingsOverview>> {
  return getJson(`/api/v1/meetings${year === null ? '' : `?year=${year}`}`, isOverview, signal);
}

function writeResult(answer: { status: number; json: unknown } | null): WriteResult {
  if (answer === null) return { kind: 'failed' };
  const { status, json } = answer;
  if (status === 200 || status === 201) {
    const warning =
      isObject(json) && isObject(json['warning'])
        ? (json['warning'] as unknown as RhythmWarning)
        : null;
    return { kind: 'saved', warning };
  }
  if (status === 400 && isObject(json) && Array.isArray(json['problems'])) {
    return { kind: 'invalid', problems: json['problems'] as Problem[] };
  }
  if (status === 403) return { kind: 'forbidden' };
  if (status === 409) return { kind: 'conflict' };
  return { kind: 'failed' };
}

/** `POST /api/v1/meetings` (Samordning). */
export async function createMeeting(input: MeetingFormInput): Promise<WriteResult> {
  return writeResult(await sendJson('POST', '/api/v1/meetings', input));
}

/** `PATCH /api/v1/meetings/:id`: move (new date and times) or cancel (Samordning). */
export async function changeMeeting(
  id: string,
  body:
    | ({ action: 'move' } & MeetingFormInput & { version: number })
    | { action: 'cancel'; version: number },
): Promise<WriteResult> {
  return writeResult(await sendJson('PATCH', `/api/v1/meetings/${encodeURIComponent(id)}`, body));
}

/** `POST /api/v1/outbox/:key/retry` ("Försök igen", Samordning). */
export async function retryReminder(key: string): Promise<boolean> {
  const answer = await sendJson('POST', `/api/v1/outbox/${encodeURIComponent(key)}/retry`, {});
  return answer !== null && answer.status === 200;
}
