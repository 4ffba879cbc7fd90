import type { Clock } from '../ports/clock.port';
import type { MeetingStore } from '../ports/meeting-store.port';
import type { StorePort } from '../ports/store.port';
import { openRound } from '../reporting';
import { seedDemoHistory, type DemoHistoryDeps } from './demo-history-seed';
import { localDateOf, localToUtc } from './local-time';
import { DEFAULT_SCHEDULE, type Meeting } from './meeting';
import { meetingRound, meetingSchedule, type RhythmSettings } from './schedule';
import type { WorkingDayCalendar } from './working-days';

const UPCOMING_THEME = 'Läget inför årsuppföljningen';
const AGENDA = '1. Läget per förvaltning och bolag\n2. Det som är försenat\n3. Nästa steg';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoMeetingDeps extends DemoHistoryDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly clock: Clock;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
}

/** 13:00–15:00 local on the working day on or before `daysFromNow`. */
function meetingTimes(
  deps: DemoMeetingDeps,
  daysFromNow: number,
): { startsAt: string; endsAt: string } {
  const { timeZone } = deps.settings;
  const day = deps.calendar.onOrBefore(
    localDateOf(new Date(deps.clock.now().getTime() + daysFromNow * DAY_MS), timeZone),
  );
  return {
    startsAt: localToUtc(day, '13:00', timeZone).toISOString(),
    endsAt: localToUtc(day, '15:00', timeZone).toISOString(),
  };
}

function demoMeeting(
  id: string,
  planId: string,
  roundId: string,
  theme: string,
  times: { startsAt: string; endsAt: string },
  now: string,
): Omit<Meeting, 'version'> {
  return {
    id,
    planId,
    kind: 'samordningsgrupp',
    ...times,
    theme: `${theme} (demo)`,
    agenda: AGENDA,
    constellation: { kind: 'all' },
    teamsLink: null,
    status: 'planned',
    roundId,
    schedule: DEFAULT_SCHEDULE,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Demo mode only: a year of samordningsgrupp meetings, five past with their reports and
 * reminders (demo-history-seed.ts) and one upcoming about ten days ahead whose round is the open demo round
 * (so reporting in the demo fills the nudge list). Idempotent across restarts.
 */
export async function seedDemoMeetings(deps: DemoMeetingDeps, planId: string): Promise<number> {
  const now = deps.clock.now();
  const stamp = now.toISOString();
  const existing = (await deps.meetings.listMeetings({ planId })).filter((m) =>
    m.id.startsWith('demo-mote-'),
  );
  let created = 0;
  const save = async (meeting: Omit<Meeting, 'version'>) => {
    await deps.meetings.createMeeting(meeting);
    const steps = meetingSchedule(meeting, deps.settings, deps.calendar);
    await deps.store.rounds.upsert(meetingRound(meeting, steps, deps.settings.timeZone));
    created += 1;
  };
  // The past year: meetings, reports, reminders and snapshots (demo-history-seed.ts).
  created += await seedDemoHistory(deps, planId);
  const upcoming = existing.some((m) => m.status === 'planned' && m.startsAt > stamp);
  const round = openRound(await deps.store.rounds.list(planId), now);
  if (!upcoming && round !== null && round.id.startsWith('demo-runda-')) {
    const times = meetingTimes(deps, 10);
    await save(
      demoMeeting(
        `demo-mote-${localDateOf(times.startsAt, deps.settings.timeZone)}`,
        planId,
        round.id,
        UPCOMING_THEME,
        times,
        stamp,
      ),
    );
  }
  return created;
}
