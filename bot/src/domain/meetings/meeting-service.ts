import { resolvedPlanOrUndefined } from '../services/resolve-plan';
import type { Clock } from '../ports/clock.port';
import type { MeetingStore } from '../ports/meeting-store.port';
import { ConflictError, NotFoundError, type StorePort } from '../ports/store.port';
import type { Member, ReportingRound } from '../types';
import { cleanLine, cleanText } from '../text/clean-text';
import { localDateOf } from './local-time';
import { outsideRoundProblems } from './dialogue';
import type { Meeting } from './meeting';
import { meetingRound, meetingSchedule, type RhythmSettings } from './schedule';
import {
  meetingProblems,
  rhythmWarning,
  type MeetingInput,
  type MeetingProblem,
  type RhythmWarning,
} from './validation';
import type { WorkingDayCalendar } from './working-days';
import { isSamordning } from '../roles';

export interface MeetingDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly clock: Clock;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  /** New ids for meetings and rounds (random UUIDs in production). */
  readonly newId: () => string;
}

export type MeetingResult =
  | {
      readonly kind: 'saved';
      readonly meeting: Meeting;
      readonly round: ReportingRound | null;
      /** The meeting as it was before a change (null for a new meeting). */
      readonly previous: Meeting | null;
      readonly warning: RhythmWarning | null;
    }
  | { readonly kind: 'invalid'; readonly problems: readonly MeetingProblem[] }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'conflict' };

export type MeetingChange =
  { readonly kind: 'edit'; readonly input: MeetingInput } | { readonly kind: 'cancel' };

/**
 * A meeting's texts as they are stored (clean-text.ts): the theme one line, the agenda
 * cleaned (one item per line), the Teams link without invisible characters ('' → none).
 * Pure; applied before validation, so a theme of only forbidden characters is "required".
 */
export function cleanMeetingInput(input: MeetingInput): MeetingInput {
  const link = input.teamsLink === null ? '' : cleanLine(input.teamsLink);
  return {
    ...input,
    theme: cleanLine(input.theme),
    agenda: cleanText(input.agenda),
    teamsLink: link === '' ? null : link,
  };
}

/** Only Samordning plans meetings. The member comes from the store by the sender's id. */
export async function samordningMember(
  store: StorePort,
  userId: string | null,
): Promise<Member | null> {
  if (userId === null) return null;
  const member = await store.members.get(userId);
  return member !== undefined && isSamordning(member) ? member : null;
}

async function problemsFor(
  deps: MeetingDeps,
  input: MeetingInput,
  meetingId?: string,
): Promise<MeetingProblem[]> {
  const [organisations, meetings] = await Promise.all([
    deps.store.organisations.list(),
    deps.meetings.listMeetings(),
  ]);
  return meetingProblems(input, {
    now: deps.clock.now(),
    settings: deps.settings,
    calendar: deps.calendar,
    organisationIds: new Set(organisations.map((o) => o.id)),
    meetings,
    ...(meetingId === undefined ? {} : { meetingId }),
  });
}

async function warningFor(deps: MeetingDeps, meeting: Meeting): Promise<RhythmWarning | null> {
  if (meeting.kind !== 'samordningsgrupp') return null;
  const year = Number(localDateOf(meeting.startsAt, deps.settings.timeZone).slice(0, 4));
  return rhythmWarning(await deps.meetings.listMeetings(), year, deps.settings.timeZone);
}

/**
 * The round of a samordningsgrupp meeting, written to the store (idempotent upsert). A round
 * that has already opened stays open when its meeting moves: reports are never refused
 * because the meeting got a later date.
 */
async function saveRound(deps: MeetingDeps, meeting: Meeting): Promise<ReportingRound | null> {
  if (meeting.kind !== 'samordningsgrupp') return null;
  const planned = meetingRound(
    meeting,
    meetingSchedule(meeting, deps.settings, deps.calendar),
    deps.settings.timeZone,
  );
  const stored = await deps.store.rounds.get(meeting.roundId);
  const now = deps.clock.now().toISOString();
  const round =
    stored !== undefined && stored.opensAt <= now && stored.opensAt < planned.opensAt
      ? { ...planned, opensAt: stored.opensAt }
      : planned;
  await deps.store.rounds.upsert(round);
  return round;
}

/**
 * "nytt möte": validates, stores the meeting and its round. Bad input stores nothing.
 * `link` ties the meeting to the group-calendar event it is imported from (calendar-import.ts).
 */
export async function planMeeting(
  deps: MeetingDeps,
  actorId: string | null,
  raw: MeetingInput,
  link: { readonly calendarEventId: string } | null = null,
): Promise<MeetingResult> {
  if ((await samordningMember(deps.store, actorId)) === null) return { kind: 'forbidden' };
  const input = cleanMeetingInput(raw);
  const problems = await problemsFor(deps, input);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const plan = await resolvedPlanOrUndefined(deps.store);
  if (plan === undefined) return { kind: 'not-found' };
  const now = deps.clock.now().toISOString();
  const id = deps.newId();
  const meeting = await deps.meetings.createMeeting({
    id: `mote-${id}`,
    planId: plan.id,
    ...input,
    status: 'planned',
    roundId: `runda-${id}`,
    ...(link === null ? {} : { calendarEventId: link.calendarEventId }),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  });
  const round = await saveRound(deps, meeting);
  return {
    kind: 'saved',
    meeting,
    round,
    previous: null,
    warning: await warningFor(deps, meeting),
  };
}

/**
 * A dialogue meeting stays one (decision 0033): the meeting form knows only samordningsgrupp
 * meetings, so moving a dialogue keeps its kind and its one organisation.
 */
function keepDialogue(previous: Meeting, input: MeetingInput): MeetingInput {
  return previous.kind === 'dialog'
    ? { ...input, kind: 'dialog', constellation: previous.constellation }
    : input;
}

/** A dialogue meeting is moved only within its follow-up round's period. */
async function roundPeriodProblems(
  deps: MeetingDeps,
  previous: Meeting,
  input: MeetingInput,
): Promise<MeetingProblem[]> {
  if (previous.kind !== 'dialog') return [];
  const round = await deps.store.rounds.get(previous.roundId);
  return round === undefined ? [] : outsideRoundProblems(round, input, deps.settings.timeZone);
}

const timesChanged = (a: Meeting, b: MeetingInput): boolean =>
  a.startsAt !== b.startsAt ||
  a.endsAt !== b.endsAt ||
  JSON.stringify(a.schedule) !== JSON.stringify(b.schedule);

/**
 * Moves, edits or cancels a meeting with optimistic concurrency. A change of time or schedule
 * increases the revision (the scheduler plans the new times afresh); cancelling closes its
 * round at once. What happens to sent and unsent reminders is the rhythm layer's job.
 */
export async function changeMeeting(
  deps: MeetingDeps,
  actorId: string | null,
  meetingId: string,
  expectedVersion: number,
  change: MeetingChange,
): Promise<MeetingResult> {
  if ((await samordningMember(deps.store, actorId)) === null) return { kind: 'forbidden' };
  const previous = await deps.meetings.getMeeting(meetingId);
  if (previous === undefined) return { kind: 'not-found' };
  if (previous.version !== expectedVersion) return { kind: 'conflict' };
  const now = deps.clock.now().toISOString();
  let next: Omit<Meeting, 'version'>;
  if (change.kind === 'cancel') {
    if (previous.status === 'cancelled') return { kind: 'conflict' };
    next = { ...previous, status: 'cancelled', updatedAt: now };
  } else {
    if (previous.status === 'cancelled') return { kind: 'conflict' };
    const input = keepDialogue(previous, cleanMeetingInput(change.input));
    const problems = [
      ...(await problemsFor(deps, input, meetingId)),
      ...(await roundPeriodProblems(deps, previous, input)),
    ];
    if (problems.length > 0) return { kind: 'invalid', problems };
    next = {
      ...previous,
      ...input,
      revision: previous.revision + (timesChanged(previous, input) ? 1 : 0),
      updatedAt: now,
    };
  }
  let meeting: Meeting;
  try {
    meeting = await deps.meetings.updateMeeting(next, expectedVersion);
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'conflict' };
    if (error instanceof NotFoundError) return { kind: 'not-found' };
    throw error;
  }
  let round: ReportingRound | null;
  if (meeting.status === 'cancelled') {
    const stored = await deps.store.rounds.get(meeting.roundId);
    round =
      stored === undefined || meeting.kind !== 'samordningsgrupp'
        ? null
        : {
            ...stored,
            opensAt: stored.opensAt < now ? stored.opensAt : now,
            closesAt: stored.closesAt < now ? stored.closesAt : now,
          };
    if (round !== null) await deps.store.rounds.upsert(round);
  } else {
    round = await saveRound(deps, meeting);
  }
  return { kind: 'saved', meeting, round, previous, warning: await warningFor(deps, meeting) };
}
