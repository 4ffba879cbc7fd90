import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import { changeMeeting, planMeeting } from '../../../bot/src/domain/meetings/meeting-service';
import { applyMeetingChange, remindNow } from '../../../bot/src/rhythm/meeting-changes';
import { tick } from '../../../bot/src/rhythm/scheduler';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { MEETING_INPUT, rhythmWorld, USERS } from '../../helpers/rhythm-world';

// Meeting 2026-12-09 13:00 local: open 2026-11-25 09:00, nudge 2026-12-04, summary 2026-12-08.
const OPEN = '2026-11-25T08:00:00.000Z';
const NUDGE = '2026-12-04T08:00:00.000Z';
const SUMMARY = '2026-12-08T08:00:00.000Z';
const START = '2026-12-09T12:00:00.000Z';

type World = Awaited<ReturnType<typeof rhythmWorld>>;

async function planned(world: World): Promise<Meeting> {
  const result = await planMeeting(world.meetingDeps, USERS.samordning, MEETING_INPUT);
  if (result.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.meeting;
}

const recipients = (jobs: { recipient: { kind: string } & Record<string, string> }[]) =>
  jobs.map((j) => j.recipient['userId'] ?? j.recipient['conversationId']).sort();

describe('scheduler tick', () => {
  let world: World;
  beforeEach(async () => {
    world = await rhythmWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('plans nothing before the round opens, then one round-open job per samordnare', async () => {
    const meeting = await planned(world);
    expect(
      (await tick(world.scheduler(), new Date('2026-11-25T07:59:00.000Z'))).expansions,
    ).toEqual([]);
    const result = await tick(world.scheduler(), new Date(OPEN));
    expect(result.expansions).toEqual([
      { meetingId: meeting.id, step: 'open', outcome: 'done', jobs: 3 },
    ]);
    const jobs = await world.outbox.list();
    expect(recipients(jobs)).toEqual([USERS.fritid, USERS.kultur, USERS.skola]);
    expect(jobs.map((j) => j.key).sort()).toContain(`${meeting.id}:r1:open:${USERS.fritid}`);
    expect(
      jobs.every((j) => j.dueAt === OPEN && j.expiresAt === START && j.kind === 'round-open'),
    ).toBe(true);
    expect(validateAdaptiveCard(jobs[0]?.message.card)).toEqual([]);
  });

  it('is idempotent: ticking twice, or two instances at once, plans each job once', async () => {
    await planned(world);
    await Promise.all([
      tick(world.scheduler('a'), new Date(OPEN)),
      tick(world.scheduler('b'), new Date(OPEN)),
    ]);
    await tick(world.scheduler('a'), new Date('2026-11-25T08:01:00.000Z'));
    const second = await tick(world.scheduler('b'), new Date('2026-11-25T08:02:00.000Z'));
    expect(second.expansions).toEqual([]);
    expect(await world.outbox.list()).toHaveLength(3);
  });

  it('re-expands to the same keys after a crash between enqueueing and recording', async () => {
    const meeting = await planned(world);
    await tick(world.scheduler(), new Date(OPEN));
    // Simulate the crash: the step record is lost, the jobs are not.
    world.store.database.prepare('DELETE FROM meeting_steps').run();
    await tick(world.scheduler(), new Date('2026-11-25T08:05:00.000Z'));
    expect(await world.outbox.list()).toHaveLength(3);
    expect((await world.meetings.listSteps(meeting.id)).map((s) => s.step)).toEqual(['open']);
  });

  it('nudges only samordnare whose organisation still has unreported activities', async () => {
    const meeting = await planned(world);
    await world.report('a-fritid-1', meeting.roundId, '2026-11-26T10:00:00.000Z');
    await world.report('a-fritid-2', meeting.roundId, '2026-11-26T10:00:00.000Z');
    await world.report('a-kultur-1', 'other-round', '2026-11-26T10:00:00.000Z');
    await tick(world.scheduler(), new Date(NUDGE));
    const nudges = await world.outbox.list({ kinds: ['nudge'] });
    expect(recipients(nudges)).toEqual([USERS.kultur, USERS.skola]);
  });

  it('catches up a step missed while the server was down, but not once the meeting has begun', async () => {
    const meeting = await planned(world);
    // Down from before the open until after the nudge: both steps are expanded on return.
    const result = await tick(world.scheduler(), new Date('2026-12-04T15:00:00.000Z'));
    expect(result.expansions.map((e) => [e.step, e.outcome])).toEqual([
      ['open', 'done'],
      ['nudge', 'done'],
    ]);
    expect((await world.outbox.list({ kinds: ['round-open'] }))[0]?.dueAt).toBe(OPEN);

    const late = await rhythmWorld();
    try {
      const other = await planned(late);
      const after = await tick(late.scheduler(), new Date('2026-12-09T12:30:00.000Z'));
      expect(after.expansions.map((e) => [e.step, e.outcome, e.jobs])).toEqual([
        ['open', 'skipped', 0],
        ['nudge', 'skipped', 0],
        ['summary', 'skipped', 0],
        ['close', 'done', 0],
      ]);
      expect(await late.outbox.list()).toEqual([]);
      expect(await late.meetings.getSnapshot(other.id)).toBeDefined();
    } finally {
      await late.close();
    }
    expect(meeting.status).toBe('planned');
  });

  it('posts the day-before summary with agenda and status per organisation to the team channel', async () => {
    const meeting = await planned(world);
    await world.runtime.conversations.save({
      conversationId: '19:team-channel@thread.tacv2',
      conversationType: 'channel',
      userId: null,
      tenantId: 't',
      serviceUrl: 'https://smba.example/',
      reference: '{}',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    await world.report('a-kultur-1', meeting.roundId, '2026-11-26T10:00:00.000Z');
    await tick(world.scheduler(), new Date(SUMMARY));
    const [summary] = await world.outbox.list({ kinds: ['summary'] });
    expect(summary?.recipient).toEqual({
      kind: 'conversation',
      conversationId: '19:team-channel@thread.tacv2',
    });
    const text = JSON.stringify(summary?.message.card);
    expect(text).toContain('Läget per förvaltning');
    expect(text).toContain('1 av 1 rapporterade');
    expect(text).toContain('Fritidsförvaltningen: Kvar att rapportera: 2');
    expect(text).toContain('https://samordna.example/tab/');
    expect(validateAdaptiveCard(summary?.message.card)).toEqual([]);
  });

  it('closes the round at the meeting and freezes a snapshot of the latest statuses', async () => {
    const meeting = await planned(world);
    await world.report('a-skola-1', meeting.roundId, '2026-11-26T10:00:00.000Z');
    await tick(world.scheduler(), new Date(START));
    const snapshot = await world.meetings.getSnapshot(meeting.id);
    expect(snapshot?.entries.find((e) => e.activityId === 'a-skola-1')).toMatchObject({
      status: 'pagar',
      reportedInRound: true,
    });
    expect(snapshot?.entries.find((e) => e.activityId === 'a-kultur-1')?.status).toBeNull();
    expect((await world.store.rounds.get(meeting.roundId))?.closesAt).toBe(START);
    // A later report does not change the frozen snapshot.
    await world.report('a-kultur-1', 'next-round', '2026-12-10T10:00:00.000Z');
    await tick(world.scheduler(), new Date('2026-12-10T12:00:00.000Z'));
    expect(await world.meetings.getSnapshot(meeting.id)).toEqual(snapshot);
  });
});

describe('moving and cancelling a meeting', () => {
  let world: World;
  beforeEach(async () => {
    world = await rhythmWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('moving withdraws unsent reminders, tells those already reminded, and replans the new time', async () => {
    const meeting = await planned(world);
    await tick(world.scheduler(), new Date(OPEN));
    await world.outbox.deliverAll(OPEN); // the round-open reminders went out
    world.clock.set('2026-11-27T10:00:00.000Z');
    await remindNow(world.outboxDeps, USERS.samordning); // pending, not yet sent
    const moved = await changeMeeting(world.meetingDeps, USERS.samordning, meeting.id, 1, {
      kind: 'edit',
      input: {
        ...MEETING_INPUT,
        startsAt: '2026-12-10T12:00:00.000Z',
        endsAt: '2026-12-10T14:00:00.000Z',
      },
    });
    if (moved.kind !== 'saved' || moved.previous === null) throw new Error(moved.kind);
    expect(moved.meeting.revision).toBe(2);
    const effects = await applyMeetingChange(
      world.outboxDeps,
      moved.previous,
      moved.meeting,
      world.clock.now(),
    );
    expect(effects).toEqual({ withdrawn: 3, told: 3 });
    expect(await world.outbox.list({ kinds: ['remind-now'], statuses: ['pending'] })).toEqual([]);
    const told = await world.outbox.list({ kinds: ['meeting-moved'] });
    expect(recipients(told)).toEqual([USERS.fritid, USERS.kultur, USERS.skola]);
    expect(told[0]?.expiresAt).toBe('2026-12-10T12:00:00.000Z');
    expect(validateAdaptiveCard(told[0]?.message.card)).toEqual([]);
    expect(JSON.stringify(told[0]?.message.card)).toContain(
      'Mötet är flyttat till 10 december 2026 kl. 13:00',
    );
    // The open step is carried over: nobody gets the round-open reminder twice.
    await tick(world.scheduler(), new Date('2026-11-27T10:01:00.000Z'));
    expect(await world.outbox.list({ kinds: ['round-open'] })).toHaveLength(3);
    // The nudge follows the new time (5 December is a Saturday → Friday 4 December).
    const nudge = await tick(world.scheduler(), new Date('2026-12-04T08:00:00.000Z'));
    expect(nudge.expansions.map((e) => e.step)).toEqual(['nudge']);
    expect((await world.store.rounds.get(meeting.roundId))?.closesAt).toBe(
      '2026-12-10T12:00:00.000Z',
    );
  });

  it('cancelling withdraws, tells those reminded, closes the round, and never sends for it again', async () => {
    const meeting = await planned(world);
    await tick(world.scheduler(), new Date(OPEN));
    await world.outbox.deliverAll(OPEN);
    world.clock.set('2026-11-30T10:00:00.000Z');
    const cancelled = await changeMeeting(world.meetingDeps, USERS.samordning, meeting.id, 1, {
      kind: 'cancel',
    });
    if (cancelled.kind !== 'saved' || cancelled.previous === null) throw new Error(cancelled.kind);
    await applyMeetingChange(
      world.outboxDeps,
      cancelled.previous,
      cancelled.meeting,
      world.clock.now(),
    );
    expect(recipients(await world.outbox.list({ kinds: ['meeting-cancelled'] }))).toEqual([
      USERS.fritid,
      USERS.kultur,
      USERS.skola,
    ]);
    expect((await world.store.rounds.get(meeting.roundId))?.closesAt).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    const before = (await world.outbox.list()).length;
    for (const at of [NUDGE, SUMMARY, START]) {
      expect((await tick(world.scheduler(), new Date(at))).expansions).toEqual([]);
    }
    expect(await world.outbox.list()).toHaveLength(before);
    expect(await remindNow(world.outboxDeps, USERS.samordning)).toEqual({ kind: 'no-open-round' });
  });

  it('only Samordning may move or cancel', async () => {
    const meeting = await planned(world);
    expect(
      await changeMeeting(world.meetingDeps, USERS.fritid, meeting.id, 1, { kind: 'cancel' }),
    ).toEqual({ kind: 'forbidden' });
    expect(
      await changeMeeting(world.meetingDeps, USERS.samordning, meeting.id, 7, { kind: 'cancel' }),
    ).toEqual({
      kind: 'conflict',
    });
  });
});

describe('påminn nu', () => {
  let world: World;
  beforeEach(async () => {
    world = await rhythmWorld('2026-11-27T10:00:00.000Z');
  });
  afterEach(async () => {
    await world.close();
  });

  it('reminds samordnare with unreported activities at once; twice in a minute queues once', async () => {
    const meeting = await planned(world);
    await world.report('a-skola-1', meeting.roundId, '2026-11-27T09:00:00.000Z');
    const first = await remindNow(world.outboxDeps, USERS.samordning);
    expect(first).toMatchObject({ kind: 'queued', recipients: 2 });
    world.clock.set('2026-11-27T10:00:40.000Z');
    await remindNow(world.outboxDeps, USERS.samordning);
    const jobs = await world.outbox.list({ kinds: ['remind-now'] });
    expect(recipients(jobs)).toEqual([USERS.fritid, USERS.kultur]);
    expect(jobs.every((j) => j.dueAt === '2026-11-27T10:00:00.000Z')).toBe(true);
    world.clock.set('2026-11-27T10:01:00.000Z');
    await remindNow(world.outboxDeps, USERS.samordning);
    expect(await world.outbox.list({ kinds: ['remind-now'] })).toHaveLength(4);
  });

  it('is refused to anyone but Samordning', async () => {
    await planned(world);
    expect(await remindNow(world.outboxDeps, USERS.fritid)).toEqual({ kind: 'forbidden' });
    expect(await remindNow(world.outboxDeps, null)).toEqual({ kind: 'forbidden' });
  });
});

describe('moving a meeting later while its round is open', () => {
  it('keeps the round open and does not announce its opening again', async () => {
    const world = await rhythmWorld();
    try {
      const meeting = await planned(world);
      await tick(world.scheduler(), new Date(OPEN));
      await world.outbox.deliverAll(OPEN);
      world.clock.set('2026-11-27T10:00:00.000Z');
      const later = {
        ...MEETING_INPUT,
        startsAt: '2027-01-13T12:00:00.000Z',
        endsAt: '2027-01-13T14:00:00.000Z',
      };
      const moved = await changeMeeting(world.meetingDeps, USERS.samordning, meeting.id, 1, {
        kind: 'edit',
        input: later,
      });
      if (moved.kind !== 'saved' || moved.previous === null) throw new Error(moved.kind);
      await applyMeetingChange(world.outboxDeps, moved.previous, moved.meeting, world.clock.now());
      const round = await world.store.rounds.get(meeting.roundId);
      expect(round?.opensAt).toBe(OPEN);
      expect(round?.closesAt).toBe('2027-01-13T12:00:00.000Z');
      // The new opening day (30 December) passes without a second round-open reminder.
      await tick(world.scheduler(), new Date('2026-12-30T08:00:00.000Z'));
      expect(await world.outbox.list({ kinds: ['round-open'] })).toHaveLength(3);
      const nudge = await tick(world.scheduler(), new Date('2027-01-08T08:00:00.000Z'));
      expect(nudge.expansions.map((e) => e.step)).toEqual(['nudge']);
    } finally {
      await world.close();
    }
  });
});
