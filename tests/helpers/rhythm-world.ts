import { randomUUID } from 'node:crypto';
import { friFranVald } from './malmo-plan';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { DEFAULT_SCHEDULE, type Meeting } from '../../bot/src/domain/meetings/meeting';
import { planMeeting, type MeetingDeps } from '../../bot/src/domain/meetings/meeting-service';
import { DEFAULT_RHYTHM } from '../../bot/src/domain/meetings/schedule';
import type { MeetingInput } from '../../bot/src/domain/meetings/validation';
import { swedishWorkingDays } from '../../bot/src/domain/meetings/working-days';
import type { SchedulerDeps } from '../../bot/src/rhythm/scheduler';
import { SqliteRuntimeState } from '../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { SqliteMeetingStore } from '../../bot/src/store/sqlite/sqlite-meeting-store';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { reminderRenderer } from '../../bot/src/teams/cards/reminder-card';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { newActivity } from './fixtures';

/** A settable clock for tests. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const USERS = {
  fritid: 'u-fritid',
  kultur: 'u-kultur',
  skola: 'u-skola',
  samordning: 'u-samordning',
} as const;

/** A meeting on Wednesday 9 December 2026 13:00–15:00 local with the whole group. */
export const MEETING_INPUT: MeetingInput = {
  kind: 'samordningsgrupp',
  startsAt: '2026-12-09T12:00:00.000Z',
  endsAt: '2026-12-09T14:00:00.000Z',
  theme: 'Våld i nära relation',
  agenda: '1. Läget per förvaltning\n2. Nästa steg',
  constellation: { kind: 'all' },
  teamsLink: 'https://teams.microsoft.com/l/meetup-join/demo',
  schedule: DEFAULT_SCHEDULE,
};

/**
 * Three organisations (fritid 2 activities, kultur 1, skola 1), a samordnare in each and a
 * member of Samordning; an in-memory outbox and leases; SQLite for the rest.
 */
export async function rhythmWorld(now = '2026-11-20T10:00:00.000Z') {
  const store = SqliteStore.open(':memory:');
  const runtime = SqliteRuntimeState.open(':memory:');
  const meetings = new SqliteMeetingStore(store.database);
  const clock = new TestClock(new Date(now));
  const outbox = new InMemoryOutbox();
  const leases = new InMemoryLeases();
  const plan = friFranVald;
  await store.plans.upsert(plan);
  const orgs = [
    { id: 'fritid', name: 'Fritidsförvaltningen', kind: 'forvaltning' as const },
    { id: 'kultur', name: 'Kulturförvaltningen', kind: 'forvaltning' as const },
    { id: 'skola', name: 'Grundskoleförvaltningen', kind: 'forvaltning' as const },
  ];
  for (const o of orgs) await store.organisations.upsert(o);
  // Two rounds unrelated to the meeting, for reports that must not count.
  for (const id of ['other-round', 'next-round']) {
    await store.rounds.upsert({
      id,
      planId: plan.id,
      kind: 'mote',
      title: id,
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2026-01-02T00:00:00.000Z',
    });
  }
  for (const [id, organisationId] of [
    ['a-fritid-1', 'fritid'],
    ['a-fritid-2', 'fritid'],
    ['a-kultur-1', 'kultur'],
    ['a-skola-1', 'skola'],
  ] as const) {
    await store.activities.create(newActivity({ id, planId: plan.id, organisationId }));
  }
  await store.members.upsert({
    userId: USERS.fritid,
    name: 'Jonas',
    organisationId: 'fritid',
    roles: ['samordnare'],
  });
  await store.members.upsert({
    userId: USERS.kultur,
    name: 'Karin',
    organisationId: 'kultur',
    roles: ['samordnare'],
  });
  await store.members.upsert({
    userId: USERS.skola,
    name: 'Sara',
    organisationId: 'skola',
    roles: ['samordnare'],
  });
  await store.members.upsert({
    userId: USERS.samordning,
    name: 'Omar',
    organisationId: 'fritid',
    roles: ['samordning'],
  });
  const calendar = swedishWorkingDays();
  const meetingDeps: MeetingDeps = {
    store,
    meetings,
    clock,
    settings: DEFAULT_RHYTHM,
    calendar,
    newId: () => randomUUID(),
  };
  const scheduler = (owner = 'instance-a'): SchedulerDeps => ({
    store,
    meetings,
    outbox,
    leases,
    channel: runtime,
    renderer: reminderRenderer('sv'),
    settings: DEFAULT_RHYTHM,
    calendar,
    owner,
    tabUrl: () => 'https://samordna.example/tab/',
  });
  const outboxDeps = {
    ...meetingDeps,
    outbox,
    renderer: reminderRenderer('sv'),
    tabUrl: () => null,
    conversations: runtime.conversations,
  };
  const report = async (activityId: string, roundId: string, at: string) =>
    store.reports.append(
      {
        id: `r-${activityId}-${roundId}`,
        activityId,
        roundId,
        status: 'pagar',
        done: 'Gjort',
        next: 'Nästa',
        reason: '',
        reportedByUserId: 'x',
        reportedByName: 'X',
        reportedAt: at,
      },
      `k-${activityId}-${roundId}`,
    );
  const close = async () => {
    await store.close();
    await runtime.close();
  };
  return {
    store,
    runtime,
    meetings,
    clock,
    outbox,
    leases,
    meetingDeps,
    scheduler,
    outboxDeps,
    report,
    close,
  };
}

export type RhythmWorld = Awaited<ReturnType<typeof rhythmWorld>>;

// MEETING_INPUT's schedule: open 2026-11-25 09:00, nudge 2026-12-04, summary 2026-12-08 (local).
export const STEP_TIMES = {
  open: '2026-11-25T08:00:00.000Z',
  nudge: '2026-12-04T08:00:00.000Z',
  summary: '2026-12-08T08:00:00.000Z',
  start: '2026-12-09T12:00:00.000Z',
} as const;

/** MEETING_INPUT planned by the member of Samordning. */
export async function planned(world: RhythmWorld): Promise<Meeting> {
  const result = await planMeeting(world.meetingDeps, USERS.samordning, MEETING_INPUT);
  if (result.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.meeting;
}

/** The user or conversation ids jobs go to, sorted. */
export const recipients = (jobs: readonly { recipient: { kind: string } & object }[]): string[] =>
  jobs
    .map((j) => {
      const r = j.recipient as { userId?: string; conversationId?: string };
      return r.userId ?? r.conversationId ?? '';
    })
    .sort();
