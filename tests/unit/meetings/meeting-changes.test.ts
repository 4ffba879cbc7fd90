/**
 * Moving and cancelling a meeting (withdraw, tell those reminded, replan) and "påminn nu".
 */
import { changeMeeting } from '../../../bot/src/domain/meetings/meeting-service';
import { applyMeetingChange, remindNow } from '../../../bot/src/meetings/meeting-changes';
import { tick } from '../../../bot/src/rhythm/scheduler';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import {
  MEETING_INPUT,
  planned,
  recipients,
  rhythmWorld,
  STEP_TIMES,
  USERS,
  type RhythmWorld,
} from '../../helpers/rhythm-world';

const { open: OPEN, nudge: NUDGE, summary: SUMMARY, start: START } = STEP_TIMES;
type World = RhythmWorld;

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

  it('says how many it reaches and names who has no chat with the bot (issue 18 item 3)', async () => {
    const meeting = await planned(world);
    await world.report('a-skola-1', meeting.roundId, '2026-11-27T09:00:00.000Z');
    const nobody = await remindNow(world.outboxDeps, USERS.samordning);
    expect(nobody).toMatchObject({ kind: 'queued', recipients: 2, reached: 0 });
    if (nobody.kind !== 'queued') throw new Error(nobody.kind);
    expect(nobody.unreached.map((u) => u.name)).toEqual(['Jonas', 'Karin']);
    // Jonas adds the app: his personal chat is known from then on.
    await world.runtime.conversations.save({
      conversationId: 'a:jonas',
      conversationType: 'personal',
      userId: USERS.fritid,
      tenantId: 't',
      serviceUrl: 'https://smba.example/',
      reference: '{}',
      updatedAt: '2026-11-27T10:00:30.000Z',
    });
    world.clock.set('2026-11-27T10:02:00.000Z');
    const one = await remindNow(world.outboxDeps, USERS.samordning);
    expect(one).toEqual(
      expect.objectContaining({
        kind: 'queued',
        recipients: 2,
        reached: 1,
        unreached: [{ userId: USERS.kultur, name: 'Karin' }],
      }),
    );
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
