/**
 * DEMO DATA for local mode only: a year of the samordningsgrupp's use, so the demo looks like
 * an app that has been used. Five past meetings (about every ten weeks before the day the demo
 * was first seeded), each with its round, the reports the organisations made in it (response
 * rates of about 60–95 %, some organisations late, statuses mixed with reasons, a few edits)
 * and the reminders that went out. Pure and deterministic: the same anchor day, activities and
 * members always give the same history (no randomness, no clock). Names are marked "(demo)".
 */
import { cityWideHeadingOf } from '../figures/city-wide';
import { addDays, localDateOf, localToUtc, type LocalDate } from '../meetings/local-time';
import { DEFAULT_SCHEDULE, type Meeting } from '../meetings/meeting';
import {
  organisationProgress,
  samordnareOf,
  type OrganisationProgress,
} from '../meetings/progress';
import {
  meetingRound,
  meetingSchedule,
  stepAt,
  type PlannedStep,
  type RhythmSettings,
} from '../meetings/schedule';
import type { WorkingDayCalendar } from '../meetings/working-days';
import type { Activity, Member, Organisation, ReportingRound, StatusReport } from '../types';
import {
  DEMO_AGENDA,
  DEMO_HISTORY_THEMES,
  demoHash,
  demoReporterName,
  demoTexts,
} from './demo-history-texts';

/** Past meetings, in weeks before the anchor day (oldest first). */
const WEEKS_BEFORE = [46, 36, 26, 16, 6] as const;
/** How many past meetings the history has. */
export const DEMO_HISTORY_MEETINGS = WEEKS_BEFORE.length;
/** Meeting ids `demo-historik-<anchor day>-<n>`: the anchor is read back on a restart. */
export const DEMO_HISTORY_PREFIX = 'demo-historik-';

export interface DemoHistoryActivity {
  readonly activity: Activity;
  /** The activity's first (seeded) report: its texts and status carry on; null = never reported. */
  readonly base: StatusReport | null;
}

export interface DemoHistoryInput {
  readonly planId: string;
  /** The local day the history was first seeded; every date is relative to it. */
  readonly anchorDay: LocalDate;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  readonly activities: readonly DemoHistoryActivity[];
  readonly organisations: readonly Organisation[];
  readonly members: readonly Member[];
}

/** One reminder that went out for a step of a past meeting. */
export interface DemoHistoryReminder {
  readonly step: 'open' | 'nudge';
  readonly at: string;
  readonly userId: string;
  readonly progress: OrganisationProgress;
}

export interface DemoHistoryMeeting {
  readonly meeting: Omit<Meeting, 'version'>;
  readonly round: ReportingRound;
  readonly steps: readonly PlannedStep[];
  /** Oldest first; an edit is a second report of the same activity in the round. */
  readonly reports: readonly { readonly report: StatusReport; readonly key: string }[];
  readonly reminders: readonly DemoHistoryReminder[];
}

/** How often an organisation reports (0.60–0.95) and whether it tends to report late. */
function traits(organisationId: string): { rate: number; late: boolean } {
  return {
    rate: 0.6 + 0.35 * demoHash(`${organisationId}:rate`),
    late: demoHash(`${organisationId}:late`) < 0.35,
  };
}

/** An instant on a working day `days` after `from` (never before it), between 09:30 and 16:30. */
function workingInstant(
  input: DemoHistoryInput,
  from: LocalDate,
  days: number,
  salt: string,
): string {
  const day = input.calendar.onOrBefore(addDays(from, days));
  const minutes = 9 * 60 + 30 + Math.floor(demoHash(`${salt}:minute`) * 7 * 60);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return localToUtc(day < from ? from : day, time, input.settings.timeZone).toISOString();
}

function progressAt(
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  reports: readonly StatusReport[],
  at: string,
): OrganisationProgress[] {
  const reported = new Set(reports.filter((r) => r.reportedAt <= at).map((r) => r.activityId));
  // The demo is Malmö's plan: its stored plan's city-wide heading.
  return organisationProgress(organisations, activities, reported, cityWideHeadingOf(undefined));
}

function meetingOf(input: DemoHistoryInput, n: number, day: LocalDate): Omit<Meeting, 'version'> {
  const { timeZone } = input.settings;
  const theme = DEMO_HISTORY_THEMES[(n - 1) % DEMO_HISTORY_THEMES.length] ?? '';
  const startsAt = localToUtc(day, '13:00', timeZone).toISOString();
  // Planned three weeks before its round opened.
  const created = localToUtc(
    addDays(day, -(DEFAULT_SCHEDULE.openDaysBefore + 21)),
    '10:00',
    timeZone,
  ).toISOString();
  return {
    id: `${DEMO_HISTORY_PREFIX}${input.anchorDay}-${n}`,
    planId: input.planId,
    kind: 'samordningsgrupp',
    startsAt,
    endsAt: localToUtc(day, '15:00', timeZone).toISOString(),
    theme: `${theme} (demo)`,
    agenda: DEMO_AGENDA,
    constellation: { kind: 'all' },
    teamsLink: null,
    status: 'planned',
    roundId: `${DEMO_HISTORY_PREFIX}runda-${input.anchorDay}-${n}`,
    schedule: DEFAULT_SCHEDULE,
    revision: 1,
    createdAt: created,
    updatedAt: created,
  };
}

/** The reports of one past round: who reported what, when (on time or after the nudge). */
function roundReports(
  input: DemoHistoryInput,
  meeting: Omit<Meeting, 'version'>,
  steps: readonly PlannedStep[],
  index: number,
): { report: StatusReport; key: string }[] {
  const { timeZone } = input.settings;
  const openDay = localDateOf(stepAt(steps, 'open'), timeZone);
  const nudgeDay = localDateOf(stepAt(steps, 'nudge'), timeZone);
  const meetingDay = localDateOf(meeting.startsAt, timeZone);
  const onTimeDays = Math.max(1, dayCount(openDay, nudgeDay));
  const lateDays = Math.max(1, dayCount(nudgeDay, meetingDay));
  const out: { report: StatusReport; key: string }[] = [];
  for (const { activity, base } of input.activities) {
    if (base === null) continue; // never reported: the demo keeps an "aldrig rapporterat"
    const salt = `${meeting.id}:${activity.id}`;
    const org = traits(activity.organisationId);
    if (demoHash(`${salt}:reported`) >= org.rate) continue;
    const late = demoHash(`${salt}:late`) < (org.late ? 0.75 : 0.1);
    const reportedAt = late
      ? workingInstant(input, nudgeDay, Math.floor(demoHash(`${salt}:day`) * lateDays), salt)
      : workingInstant(input, openDay, Math.floor(demoHash(`${salt}:day`) * onTimeDays), salt);
    const member = samordnareOf(input.members, new Set([activity.organisationId]))[0];
    const texts = demoTexts(activity, base, meetingDay, index, salt);
    const report: StatusReport = {
      id: `demo-historik-${meeting.roundId}-${activity.id}`,
      activityId: activity.id,
      roundId: meeting.roundId,
      ...texts.final,
      reportedByUserId: member?.userId ?? 'demo',
      reportedByName: member?.name ?? demoReporterName(activity.organisationId),
      reportedAt,
    };
    if (texts.first === null) {
      out.push({ report, key: `demo-historik:${meeting.roundId}:${activity.id}` });
    } else {
      // An edit: a first report, corrected two hours later (both stay in the history).
      const editedAt = new Date(new Date(reportedAt).getTime() + 2 * 3600_000).toISOString();
      out.push({
        report: { ...report, ...texts.first, id: `${report.id}-1` },
        key: `demo-historik:${meeting.roundId}:${activity.id}:1`,
      });
      out.push({
        report: { ...report, reportedAt: editedAt },
        key: `demo-historik:${meeting.roundId}:${activity.id}`,
      });
    }
  }
  return out.sort((a, b) => a.report.reportedAt.localeCompare(b.report.reportedAt));
}

function dayCount(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day of the n-th past meeting (1 = oldest): a working day, weeks before the anchor. */
function meetingDay(input: DemoHistoryInput, weeks: number): LocalDate {
  return input.calendar.onOrBefore(addDays(input.anchorDay, -7 * weeks));
}

/** The whole demo history, oldest meeting first. */
export function demoHistory(input: DemoHistoryInput): DemoHistoryMeeting[] {
  const invited = input.organisations.filter((o) =>
    input.activities.some((a) => a.activity.organisationId === o.id),
  );
  const activities = input.activities.map((a) => a.activity);
  return WEEKS_BEFORE.map((weeks, i) => {
    const meeting = meetingOf(input, i + 1, meetingDay(input, weeks));
    const steps = meetingSchedule(meeting, input.settings, input.calendar);
    const reports = roundReports(input, meeting, steps, i);
    const inRound = reports.map((r) => r.report);
    const reminders: DemoHistoryReminder[] = [];
    for (const step of ['open', 'nudge'] as const) {
      const at = stepAt(steps, step);
      const progress = progressAt(invited, activities, inRound, at);
      for (const p of progress) {
        if (step === 'nudge' && p.unreported === 0) continue;
        for (const member of samordnareOf(input.members, new Set([p.organisationId]))) {
          reminders.push({ step, at, userId: member.userId, progress: p });
        }
      }
    }
    return {
      meeting,
      round: meetingRound(meeting, steps, input.settings.timeZone),
      steps,
      reports,
      reminders,
    };
  });
}
