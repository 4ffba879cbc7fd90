import { tick } from '../../../bot/src/rhythm/scheduler';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import {
  planned,
  recipients,
  rhythmWorld,
  STEP_TIMES,
  USERS,
  type RhythmWorld,
} from '../../helpers/rhythm-world';

const { open: OPEN, nudge: NUDGE, summary: SUMMARY, start: START } = STEP_TIMES;
type World = RhythmWorld;

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

  it('plans no reminder for an organisation that has ended by the reminder’s day', async () => {
    await planned(world);
    // Merged away the day before the round opens (decision 0030).
    await world.store.organisations.upsert({
      id: 'kultur',
      name: 'Kulturförvaltningen',
      kind: 'forvaltning',
      validTo: '2026-11-24',
    });
    await tick(world.scheduler(), new Date(OPEN));
    expect(recipients(await world.outbox.list())).toEqual([USERS.fritid, USERS.skola]);
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

  const TEAM_CHANNEL = '19:team-channel@thread.tacv2';
  const channel = (conversationId: string, updatedAt: string) => ({
    conversationId,
    conversationType: 'channel',
    userId: null,
    tenantId: 't',
    serviceUrl: 'https://smba.example/',
    reference: '{}',
    updatedAt,
  });

  it('posts the day-before summary with agenda and status per organisation to the chosen team channel', async () => {
    const meeting = await planned(world);
    await world.runtime.conversations.save(channel(TEAM_CHANNEL, '2026-11-01T00:00:00.000Z'));
    await world.runtime.teamChannel.set({
      conversationId: TEAM_CHANNEL,
      chosenByUserId: USERS.samordning,
      chosenAt: '2026-11-02T00:00:00.000Z',
    });
    // A channel the app was installed in later (anyone's team) changes nothing.
    await world.runtime.conversations.save(
      channel('19:stranger@thread.tacv2', '2026-12-07T00:00:00.000Z'),
    );
    await world.report('a-kultur-1', meeting.roundId, '2026-11-26T10:00:00.000Z');
    await tick(world.scheduler(), new Date(SUMMARY));
    const summaries = await world.outbox.list({ kinds: ['summary'] });
    expect(summaries.map((j) => j.recipient)).toEqual([
      { kind: 'conversation', conversationId: TEAM_CHANNEL },
    ]);
    const text = JSON.stringify(summaries[0]?.message.card);
    expect(text).toContain('Läget per förvaltning');
    // The Dagordning built from the deviations comes first (decision 0025).
    expect(text).toContain('1. Tema: Våld i nära relation');
    expect(text).toContain(
      'Har inte rapporterat: Grundskoleförvaltningen (kvar att rapportera: 1)',
    );
    expect(text).toContain('1 av 1 rapporterade');
    expect(text).toContain('Fritidsförvaltningen: Kvar att rapportera: 2');
    expect(text).toContain('https://samordna.example/tab/');
    expect(validateAdaptiveCard(summaries[0]?.message.card)).toEqual([]);
  });

  it('lets the summary wait, unrecorded, until Samordning chooses a channel, and not past the meeting', async () => {
    const meeting = await planned(world);
    // Channels the app is installed in, but none chosen: nothing is posted anywhere.
    await world.runtime.conversations.save(channel(TEAM_CHANNEL, '2026-11-01T00:00:00.000Z'));
    await world.runtime.conversations.save(
      channel('19:stranger@thread.tacv2', '2026-12-07T00:00:00.000Z'),
    );
    const waiting = await tick(world.scheduler(), new Date(SUMMARY));
    expect(waiting.expansions.find((e) => e.step === 'summary')).toEqual({
      meetingId: meeting.id,
      step: 'summary',
      outcome: 'waiting',
      jobs: 0,
    });
    expect(await world.outbox.list({ kinds: ['summary'] })).toEqual([]);
    expect((await world.meetings.listSteps(meeting.id)).map((s) => s.step)).not.toContain(
      'summary',
    );
    // Chosen later the same day: the next tick posts it to that channel, once.
    await world.runtime.teamChannel.set({
      conversationId: TEAM_CHANNEL,
      chosenByUserId: USERS.samordning,
      chosenAt: '2026-12-08T09:00:00.000Z',
    });
    await tick(world.scheduler(), new Date('2026-12-08T09:01:00.000Z'));
    await tick(world.scheduler(), new Date('2026-12-08T09:02:00.000Z'));
    expect(
      (await world.outbox.list({ kinds: ['summary'] })).map((j) => [j.recipient, j.dueAt]),
    ).toEqual([[{ kind: 'conversation', conversationId: TEAM_CHANNEL }, SUMMARY]]);
  });

  it('skips a summary still waiting when the meeting begins', async () => {
    const meeting = await planned(world);
    // The chosen channel lost the app (removed): the summary waits, then is skipped.
    await world.runtime.teamChannel.set({
      conversationId: TEAM_CHANNEL,
      chosenByUserId: USERS.samordning,
      chosenAt: '2026-11-02T00:00:00.000Z',
    });
    expect(
      (await tick(world.scheduler(), new Date(SUMMARY))).expansions.map((e) => e.outcome),
    ).toEqual(['done', 'done', 'waiting']);
    await tick(world.scheduler(), new Date(START));
    const steps = await world.meetings.listSteps(meeting.id);
    expect(steps.find((s) => s.step === 'summary')).toMatchObject({ outcome: 'skipped', jobs: 0 });
    expect(await world.outbox.list({ kinds: ['summary'] })).toEqual([]);
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
