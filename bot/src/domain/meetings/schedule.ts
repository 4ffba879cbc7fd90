import type { ReportingRound } from '../types';
import { addDays, localDateOf, localToUtc } from './local-time';
import type { Meeting, ScheduleStep } from './meeting';
import type { WorkingDayCalendar } from './working-days';
import { CLOSE_STEP, daysBeforeOf, plannedKinds } from '../reminders/reminder-kinds';

/** Where reminders are sent from: the configured local time zone and time of day. */
export interface RhythmSettings {
  /** IANA zone, default Europe/Stockholm. */
  readonly timeZone: string;
  /** `HH:MM`, default 09:00. */
  readonly reminderTime: string;
}

export const DEFAULT_RHYTHM: RhythmSettings = {
  timeZone: 'Europe/Stockholm',
  reminderTime: '09:00',
};

export interface PlannedStep {
  readonly step: ScheduleStep;
  /** UTC instant the step is due. */
  readonly at: string;
}

/**
 * A meeting's schedule: every planned reminder kind (domain/reminders/reminder-kinds.ts: the
 * round opens, nudges, posts its summary …) is due N calendar days before
 * the meeting at the reminder time, moved to the working day before when that day is a
 * weekend or holiday; the round closes at the meeting's start (or its override). Pure.
 *
 * A dialogue meeting (kind 'dialog', decision 0033) belongs to its follow-up round and owns
 * none: it has only the personal reminders to its organisation's samordnare — no summary in
 * the team channel and no close step (the follow-up round closes at the end of its period).
 */
export function meetingSchedule(
  meeting: Pick<Meeting, 'startsAt' | 'schedule'> & { readonly kind?: Meeting['kind'] },
  settings: RhythmSettings,
  calendar: WorkingDayCalendar,
): PlannedStep[] {
  const meetingDay = localDateOf(meeting.startsAt, settings.timeZone);
  const reminderAt = (daysBefore: number): string =>
    localToUtc(
      calendar.onOrBefore(addDays(meetingDay, -daysBefore)),
      settings.reminderTime,
      settings.timeZone,
    ).toISOString();
  const { schedule } = meeting;
  const dialogue = meeting.kind === 'dialog';
  const reminders = plannedKinds()
    .filter((entry) => !dialogue || entry.audience !== 'channel')
    .map((entry) => ({
      step: entry.step,
      at: reminderAt(daysBeforeOf(entry, schedule) ?? entry.daysBefore.default),
    }));
  return dialogue
    ? reminders
    : [...reminders, { step: CLOSE_STEP, at: schedule.closesAt ?? meeting.startsAt }];
}

export function stepAt(steps: readonly PlannedStep[], step: ScheduleStep): string {
  const found = steps.find((s) => s.step === step);
  if (found === undefined) throw new RangeError(`No ${step} step`);
  return found.at;
}

const titleDates = new Map<string, Intl.DateTimeFormat>();

/** "3 december 2026" in the meeting's time zone (round titles are Swedish data). */
function swedishDate(iso: string, timeZone: string): string {
  let format = titleDates.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('sv-SE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    titleDates.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** The reporting round a meeting owns: open from the open step until the close step. */
export function meetingRound(
  meeting: Pick<Meeting, 'roundId' | 'planId' | 'startsAt' | 'theme'>,
  steps: readonly PlannedStep[],
  timeZone: string,
): ReportingRound {
  return {
    id: meeting.roundId,
    planId: meeting.planId,
    kind: 'mote',
    title: `Inför mötet ${swedishDate(meeting.startsAt, timeZone)}: ${meeting.theme}`,
    opensAt: stepAt(steps, 'open'),
    closesAt: stepAt(steps, 'close'),
  };
}
