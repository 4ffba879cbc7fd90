/**
 * What the rhythm does differently for a dialogue meeting (decision 0033): its steps wait for
 * its follow-up round to open, and its cards name that round. The scheduler, the meeting
 * changes and the meetings view share these.
 */
import { addDays, localDateOf, localToUtc } from '../domain/meetings/local-time';
import type { Meeting } from '../domain/meetings/meeting';
import {
  meetingSchedule,
  type PlannedStep,
  type RhythmSettings,
} from '../domain/meetings/schedule';
import type { WorkingDayCalendar } from '../domain/meetings/working-days';
import type { StorePort } from '../domain/ports/store.port';
import type { ReportingRound } from '../domain/types';

/** The first working day on or after `day` (a round may open on a weekend or a holiday). */
function workingDayOnOrAfter(day: string, calendar: WorkingDayCalendar): string {
  let date = day;
  // Swedish holidays and weekends never run for more than a few days; the bound is a guard.
  for (let i = 0; i < 14 && !calendar.isWorkingDay(date); i += 1) date = addDays(date, 1);
  return date;
}

/**
 * A dialogue's steps given its follow-up round (pure). Its reminders ask for status in that
 * round, which takes reports only once open: a step due before the round opens is due on the
 * round's first working day at the reminder time instead, and of the steps moved there only the
 * first is kept (no nudge at the same moment as the round-open reminder).
 */
export function stepsWithinRound(
  steps: readonly PlannedStep[],
  round: Pick<ReportingRound, 'opensAt'>,
  settings: RhythmSettings,
  calendar: WorkingDayCalendar,
): PlannedStep[] {
  const { timeZone, reminderTime } = settings;
  const firstDay = localToUtc(
    workingDayOnOrAfter(localDateOf(round.opensAt, timeZone), calendar),
    reminderTime,
    timeZone,
  );
  const opens = firstDay.toISOString() < round.opensAt ? round.opensAt : firstDay.toISOString();
  const early = steps.filter((s) => s.at < opens);
  const first = early[0];
  return [
    ...(first === undefined ? [] : [{ ...first, at: opens }]),
    ...steps.filter((s) => s.at >= opens),
  ];
}

/**
 * A meeting's planned steps as the scheduler runs them: `meetingSchedule`, and for a dialogue
 * meeting none before its follow-up round opens (`stepsWithinRound`).
 */
export async function plannedSteps(
  deps: {
    readonly store: Pick<StorePort, 'rounds'>;
    readonly settings: RhythmSettings;
    readonly calendar: WorkingDayCalendar;
  },
  meeting: Meeting,
): Promise<PlannedStep[]> {
  const steps = meetingSchedule(meeting, deps.settings, deps.calendar);
  if (meeting.kind !== 'dialog') return steps;
  const round = await deps.store.rounds.get(meeting.roundId);
  return round === undefined ? steps : stepsWithinRound(steps, round, deps.settings, deps.calendar);
}

/**
 * A dialogue meeting's follow-up round title, which its cards name; null for a samordningsgrupp
 * meeting (its cards name no round) or a round no longer stored.
 */
export async function dialogueRoundTitle(
  store: Pick<StorePort, 'rounds'>,
  meeting: Pick<Meeting, 'kind' | 'roundId'>,
): Promise<string | null> {
  if (meeting.kind !== 'dialog') return null;
  return (await store.rounds.get(meeting.roundId))?.title ?? null;
}
