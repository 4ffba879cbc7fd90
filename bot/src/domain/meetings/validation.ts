import { localDateOf, localTimeOf } from './local-time';
import type { Meeting } from './meeting';
import { meetingSchedule, stepAt, type RhythmSettings } from './schedule';
import type { WorkingDayCalendar } from './working-days';

/** What Samordning fills in when planning or moving a meeting. */
export type MeetingInput = Pick<
  Meeting,
  'kind' | 'startsAt' | 'endsAt' | 'theme' | 'agenda' | 'constellation' | 'teamsLink' | 'schedule'
>;

/** One thing wrong with a meeting; the edge turns it into a Swedish (or English) message. */
export type MeetingProblem =
  | { readonly field: 'theme'; readonly code: 'required' | 'too-long' }
  | { readonly field: 'agenda'; readonly code: 'too-long' }
  | { readonly field: 'startsAt'; readonly code: 'invalid' | 'in-past' | 'outside-working-hours' }
  | {
      readonly field: 'startsAt';
      readonly code: 'not-a-working-day';
      readonly holiday: string | null;
    }
  | { readonly field: 'startsAt'; readonly code: 'overlaps'; readonly otherMeetingId: string }
  /** A dialogue meeting outside its follow-up round's period (local dates, inclusive). */
  | {
      readonly field: 'startsAt';
      readonly code: 'outside-round';
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly field: 'endsAt';
      readonly code: 'invalid' | 'before-start' | 'outside-working-hours';
    }
  | { readonly field: 'schedule'; readonly code: 'closes-before-opens' | 'invalid' }
  | { readonly field: 'constellation'; readonly code: 'empty' }
  | {
      readonly field: 'constellation';
      readonly code: 'unknown-organisation';
      readonly organisationId: string;
    }
  | { readonly field: 'teamsLink'; readonly code: 'invalid-url' };

/** Meetings are held within working hours, local time. */
export const WORKING_HOURS = { start: '08:00', end: '17:00' } as const;
export const MEETING_LIMITS = { theme: 200, agenda: 4000 } as const;

export interface ValidationContext {
  readonly now: Date;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  /** Known organisation ids. */
  readonly organisationIds: ReadonlySet<string>;
  /** Other meetings (the one being changed is skipped by id). */
  readonly meetings: readonly Meeting[];
  /** The id of the meeting being changed, if any. */
  readonly meetingId?: string;
}

const isInstant = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

function timeProblems(input: MeetingInput, ctx: ValidationContext): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const { timeZone } = ctx.settings;
  // A dialogue meeting may be recorded after it was held (a past follow-up's dialogues,
  // decision 0033): it gets no reminders. A samordningsgrupp meeting is planned ahead.
  if (input.kind !== 'dialog' && input.startsAt <= ctx.now.toISOString())
    problems.push({ field: 'startsAt', code: 'in-past' });
  const day = localDateOf(input.startsAt, timeZone);
  if (!ctx.calendar.isWorkingDay(day)) {
    problems.push({
      field: 'startsAt',
      code: 'not-a-working-day',
      holiday: ctx.calendar.holidayName(day),
    });
  } else if (localTimeOf(input.startsAt, timeZone) < WORKING_HOURS.start) {
    problems.push({ field: 'startsAt', code: 'outside-working-hours' });
  }
  if (input.endsAt <= input.startsAt) {
    problems.push({ field: 'endsAt', code: 'before-start' });
  } else if (
    localDateOf(input.endsAt, timeZone) !== day ||
    localTimeOf(input.endsAt, timeZone) > WORKING_HOURS.end
  ) {
    problems.push({ field: 'endsAt', code: 'outside-working-hours' });
  }
  // Two dialogue meetings (each with one organisation) may run side by side: Samordning's
  // people hold them in parallel. Nothing overlaps a samordningsgrupp meeting.
  const overlapping = ctx.meetings.find(
    (m) =>
      m.id !== ctx.meetingId &&
      m.status === 'planned' &&
      !(m.kind === 'dialog' && input.kind === 'dialog') &&
      m.startsAt < input.endsAt &&
      input.startsAt < m.endsAt,
  );
  if (overlapping !== undefined) {
    problems.push({ field: 'startsAt', code: 'overlaps', otherMeetingId: overlapping.id });
  }
  return problems;
}

function scheduleProblems(input: MeetingInput, ctx: ValidationContext): MeetingProblem[] {
  const s = input.schedule;
  const days = [s.openDaysBefore, s.nudgeDaysBefore, s.summaryDaysBefore];
  if (
    days.some((d) => !Number.isInteger(d) || d < 0 || d > 365) ||
    (s.closesAt !== null && !isInstant(s.closesAt))
  ) {
    return [{ field: 'schedule', code: 'invalid' }];
  }
  // A dialogue meeting owns no round: nothing to close (schedule.ts).
  if (input.kind === 'dialog') return [];
  const steps = meetingSchedule(input, ctx.settings, ctx.calendar);
  return stepAt(steps, 'close') <= stepAt(steps, 'open')
    ? [{ field: 'schedule', code: 'closes-before-opens' }]
    : [];
}

/**
 * Everything wrong with a meeting, or [] when it may be stored: a meeting in the past, a
 * time outside working hours or on a day off, a round that closes before it opens, an
 * unknown organisation, a second meeting at the same time. Pure.
 */
export function meetingProblems(input: MeetingInput, ctx: ValidationContext): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const theme = input.theme.trim();
  if (theme === '') problems.push({ field: 'theme', code: 'required' });
  else if (theme.length > MEETING_LIMITS.theme) problems.push({ field: 'theme', code: 'too-long' });
  if (input.agenda.length > MEETING_LIMITS.agenda)
    problems.push({ field: 'agenda', code: 'too-long' });
  const startOk = isInstant(input.startsAt);
  const endOk = isInstant(input.endsAt);
  if (!startOk) problems.push({ field: 'startsAt', code: 'invalid' });
  if (!endOk) problems.push({ field: 'endsAt', code: 'invalid' });
  if (startOk && endOk) problems.push(...timeProblems(input, ctx), ...scheduleProblems(input, ctx));
  if (input.constellation.kind === 'organisations') {
    if (input.constellation.organisationIds.length === 0) {
      problems.push({ field: 'constellation', code: 'empty' });
    }
    for (const organisationId of input.constellation.organisationIds) {
      if (!ctx.organisationIds.has(organisationId)) {
        problems.push({ field: 'constellation', code: 'unknown-organisation', organisationId });
      }
    }
  }
  if (input.teamsLink !== null && !/^https:\/\/\S+$/.test(input.teamsLink)) {
    problems.push({ field: 'teamsLink', code: 'invalid-url' });
  }
  return problems;
}

/** The plan's rhythm: 4–6 samordningsgrupp meetings a year. Outside it is a warning, never a refusal. */
export const RHYTHM = { min: 4, max: 6 } as const;

export interface RhythmWarning {
  readonly year: number;
  readonly count: number;
  readonly code: 'too-few' | 'too-many';
}

/** The rhythm warning for a calendar year (local), or null when the year holds 4–6 meetings. */
export function rhythmWarning(
  meetings: readonly Meeting[],
  year: number,
  timeZone: string,
): RhythmWarning | null {
  const count = meetings.filter(
    (m) =>
      m.kind === 'samordningsgrupp' &&
      m.status === 'planned' &&
      localDateOf(m.startsAt, timeZone).startsWith(`${year}-`),
  ).length;
  if (count < RHYTHM.min) return { year, count, code: 'too-few' };
  if (count > RHYTHM.max) return { year, count, code: 'too-many' };
  return null;
}
