/**
 * Issue 15 item 7 (decision 0033): the scheduler plans a dialogue meeting's personal reminders
 * only, to its one organisation's samordnare, about the follow-up round's progress.
 */
import { localToUtc } from '../../../bot/src/domain/meetings/local-time';
import { DEFAULT_RHYTHM } from '../../../bot/src/domain/meetings/schedule';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';
import { createFollowUpRoundWithDialogues } from '../../../bot/src/domain/services/round-service';
import { stepsWithinRound } from '../../../bot/src/rhythm/dialogue-rhythm';
import { tick } from '../../../bot/src/rhythm/scheduler';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import {
  dialogue as oneDialogue,
  dialogues,
  eachRhythmWorld,
  followUp,
  slot,
} from '../../helpers/dialogue-world';
import { texts } from '../../helpers/card-nodes';
import { planned, recipients, USERS, type RhythmWorld } from '../../helpers/rhythm-world';

describe('scheduler tick: dialogue meetings', () => {
  const TEAM_CHANNEL = '19:team-channel@thread.tacv2';
  const current = eachRhythmWorld();

  async function chooseTeamChannel(world: RhythmWorld): Promise<void> {
    await world.runtime.conversations.save({
      conversationId: TEAM_CHANNEL,
      conversationType: 'channel',
      userId: null,
      tenantId: 't',
      serviceUrl: 'https://smba.example/',
      reference: '{}',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    await world.runtime.teamChannel.set({
      conversationId: TEAM_CHANNEL,
      chosenByUserId: USERS.samordning,
      chosenAt: '2026-11-02T00:00:00.000Z',
    });
  }

  // Ten days ahead of the world's clock (Friday 20 November): Monday 30 November 09:00–10:00.
  const NOW = '2026-11-20T10:00:00.000Z';
  const NUDGE = '2026-11-25T08:00:00.000Z';
  const START = '2026-11-30T08:00:00.000Z';

  it('reminds only the samordnare of its organisation, once, with a deterministic key', async () => {
    const world = current();
    await chooseTeamChannel(world);
    const round = await followUp(world);
    const dialogue = await oneDialogue(
      world,
      round,
      slot('kultur', '2026-11-30', { teamsLink: 'https://teams.microsoft.com/l/meetup-join/d' }),
    );
    // Its open step (14 days before) has passed: the first tick catches it up.
    const first = await tick(world.scheduler('a'), new Date(NOW));
    await tick(world.scheduler('b'), new Date('2026-11-20T10:01:00.000Z'));
    expect(first.expansions).toEqual([
      { meetingId: dialogue.id, step: 'open', outcome: 'done', jobs: 1 },
    ]);
    const jobs = await world.outbox.list();
    expect(jobs.map((j) => [j.key, j.kind, j.recipient, j.groupKey, j.expiresAt])).toEqual([
      [
        `${dialogue.id}:r1:open:${USERS.kultur}`,
        'round-open',
        { kind: 'user', userId: USERS.kultur },
        dialogue.id,
        START,
      ],
    ]);
    const card = jobs[0]?.message.card;
    expect(jobs[0]?.message.summary).toBe('Dialogmöte om uppföljningen 30 november 2026 kl. 09:00');
    expect(texts(card)).toContain(
      'Samordning har bokat ett dialogmöte med din förvaltning om Uppföljning genom dialog 2026. Uppdatera status på förvaltningens aktiviteter före mötet.',
    );
    // The follow-up round's progress of the one organisation.
    expect(JSON.stringify(card)).toContain('1 för Kulturförvaltningen');
    expect(JSON.stringify(card)).toContain('https://teams.microsoft.com/l/meetup-join/d');
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('nudges its samordnare only while the follow-up round has unreported activities', async () => {
    const world = current();
    const round = await followUp(world);
    await dialogues(world, round, slot('kultur', '2026-11-30'), slot('skola', '2026-11-30'));
    // Skola reported in the follow-up round, kultur only in another round.
    await world.report('a-skola-1', round.id, '2026-11-21T10:00:00.000Z');
    await world.report('a-kultur-1', 'other-round', '2026-11-21T10:00:00.000Z');
    await tick(world.scheduler(), new Date(NOW));
    await tick(world.scheduler(), new Date(NUDGE));
    expect(recipients(await world.outbox.list({ kinds: ['round-open'] }))).toEqual([
      USERS.kultur,
      USERS.skola,
    ]);
    const nudges = await world.outbox.list({ kinds: ['nudge'] });
    expect(recipients(nudges)).toEqual([USERS.kultur]);
    expect(nudges[0]?.message.summary).toBe(
      'Påminnelse: dialogmötet om uppföljningen 30 november 2026 kl. 09:00 närmar sig',
    );
  });

  it('posts no summary, closes nothing, freezes no snapshot and leaves the round as it was', async () => {
    const world = current();
    await chooseTeamChannel(world);
    const round = await followUp(world);
    const dialogue = await oneDialogue(world, round, slot('kultur', '2026-11-30'));
    const expansions = [
      ...(await tick(world.scheduler(), new Date(NOW))).expansions,
      ...(await tick(world.scheduler(), new Date('2026-11-29T12:00:00.000Z'))).expansions,
      ...(await tick(world.scheduler(), new Date(START))).expansions,
      ...(await tick(world.scheduler(), new Date('2026-12-01T12:00:00.000Z'))).expansions,
    ];
    expect(expansions.map((e) => e.step)).toEqual(['open', 'nudge']);
    expect((await world.meetings.listSteps(dialogue.id)).map((s) => s.step)).toEqual([
      'open',
      'nudge',
    ]);
    expect(await world.outbox.list({ kinds: ['summary'] })).toEqual([]);
    expect((await world.outbox.list()).every((j) => j.recipient.kind === 'user')).toBe(true);
    expect(await world.meetings.getSnapshot(dialogue.id)).toBeUndefined();
    expect(await world.store.rounds.get(round.id)).toEqual(round);
  });

  it('plans nothing for a dialogue recorded after it was held', async () => {
    const world = current();
    const round = await followUp(world);
    const dialogue = await oneDialogue(world, round, slot('kultur', '2026-11-10'));
    const result = await tick(world.scheduler(), new Date(NOW));
    expect(result.expansions.map((e) => [e.meetingId, e.step, e.outcome, e.jobs])).toEqual([
      [dialogue.id, 'open', 'skipped', 0],
      [dialogue.id, 'nudge', 'skipped', 0],
    ]);
    expect(await world.outbox.list()).toEqual([]);
    expect(await world.store.rounds.get(round.id)).toEqual(round);
  });

  it('keeps the samordningsgrupp meeting’s reminders to every samordnare beside a dialogue', async () => {
    const world = current();
    const meeting = await planned(world);
    const round = await followUp(world);
    await dialogues(world, round, slot('kultur', '2026-11-30'));
    // 25 November: the meeting's round opens and the dialogue's nudge is due.
    await tick(world.scheduler(), new Date(NUDGE));
    const forMeeting = await world.outbox.list({ groupKey: meeting.id });
    expect(recipients(forMeeting)).toEqual([USERS.fritid, USERS.kultur, USERS.skola]);
    expect(
      forMeeting.every((j) => j.message.summary?.startsWith('Dags att rapportera') === true),
    ).toBe(true);
  });
  it('waits for the follow-up round to open: the open reminder on its first day, no nudge beside it', async () => {
    const world = current();
    // The round opens on Thursday 26 November, after the dialogue's open and nudge steps.
    const outcome = await createFollowUpRoundWithDialogues(
      world.meetingDeps,
      { title: 'Uppföljning i december', from: '2026-11-26', to: '2026-12-31' },
      [slot('kultur', '2026-11-30')],
    );
    if (outcome.kind !== 'created') throw new Error(outcome.kind);
    const [dialogue] = outcome.dialogues;
    expect((await tick(world.scheduler(), new Date(NOW))).expansions).toEqual([]);
    expect((await tick(world.scheduler(), new Date(NUDGE))).expansions).toEqual([]);
    const opened = await tick(world.scheduler(), new Date('2026-11-26T08:00:00.000Z'));
    expect(opened.expansions).toEqual([
      { meetingId: dialogue?.id, step: 'open', outcome: 'done', jobs: 1 },
    ]);
    await tick(world.scheduler(), new Date('2026-11-29T08:00:00.000Z'));
    const jobs = await world.outbox.list();
    expect(jobs.map((j) => [j.kind, j.dueAt])).toEqual([
      ['round-open', '2026-11-26T08:00:00.000Z'],
    ]);
  });
});

describe('stepsWithinRound', () => {
  const steps = [
    { step: 'open', at: '2026-11-16T08:00:00.000Z' },
    { step: 'nudge', at: '2026-11-25T08:00:00.000Z' },
  ];
  const opening = (from: string) => ({
    opensAt: localToUtc(from, '00:00', 'Europe/Stockholm').toISOString(),
  });

  it('keeps the steps of a round already open', () => {
    expect(
      stepsWithinRound(steps, opening('2026-11-01'), DEFAULT_RHYTHM, swedishWorkingDays()),
    ).toEqual(steps);
  });

  it('moves an early open to the round’s first day at the reminder time, and keeps a later nudge', () => {
    expect(
      stepsWithinRound(steps, opening('2026-11-20'), DEFAULT_RHYTHM, swedishWorkingDays()),
    ).toEqual([
      { step: 'open', at: '2026-11-20T08:00:00.000Z' },
      { step: 'nudge', at: '2026-11-25T08:00:00.000Z' },
    ]);
  });

  it('moves an early open to the first working day when the round opens on a weekend', () => {
    // Saturday 21 November 2026 → Monday 23 November at the reminder time (09:00 local).
    expect(
      stepsWithinRound(steps, opening('2026-11-21'), DEFAULT_RHYTHM, swedishWorkingDays()),
    ).toEqual([
      { step: 'open', at: '2026-11-23T08:00:00.000Z' },
      { step: 'nudge', at: '2026-11-25T08:00:00.000Z' },
    ]);
  });

  it('folds the steps due before the round opens into the first one', () => {
    expect(
      stepsWithinRound(steps, opening('2026-11-27'), DEFAULT_RHYTHM, swedishWorkingDays()),
    ).toEqual([{ step: 'open', at: '2026-11-27T08:00:00.000Z' }]);
  });
});
