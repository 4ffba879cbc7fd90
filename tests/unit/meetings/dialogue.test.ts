/**
 * Dialogue meetings of a follow-up round (issue 15 item 7, decision 0033): checked together,
 * stored all or nothing, only personal reminders, and they stay dialogues when moved.
 */
import { checkDialogues, type DialogueProblem } from '../../../bot/src/domain/meetings/dialogue';
import {
  planDialogues,
  prepareDialogues,
  roundDialogues,
} from '../../../bot/src/domain/meetings/dialogue-service';
import {
  changeMeeting,
  type MeetingChange,
} from '../../../bot/src/domain/meetings/meeting-service';
import { DEFAULT_RHYTHM, meetingSchedule } from '../../../bot/src/domain/meetings/schedule';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';
import { createFollowUpRoundWithDialogues } from '../../../bot/src/domain/services/round-service';
import { translator } from '../../../bot/src/i18n';
import { applyMeetingChange } from '../../../bot/src/meetings/meeting-changes';
import { describeDialogueProblem } from '../../../bot/src/meetings/meeting-messages';
import { tick } from '../../../bot/src/rhythm/scheduler';
import { friFranVald } from '../../helpers/malmo-plan';
import {
  dialogue as oneDialogue,
  dialogues,
  eachRhythmWorld,
  FOLLOW_UP,
  followUp,
  followUpWith,
  slot,
} from '../../helpers/dialogue-world';
import { MEETING_INPUT, planned, USERS } from '../../helpers/rhythm-world';

const sv = translator('sv');

/** The problems' codes (and the meeting problem's code) by organisation. */
const codes = (problems: readonly DialogueProblem[]) =>
  problems.map((p) => [p.organisationId, p.code === 'meeting' ? p.problem.code : p.code]);

describe('dialogue meetings of a follow-up round', () => {
  const current = eachRhythmWorld();

  async function refused(...slots: Parameters<typeof slot>[]) {
    const world = current();
    const round = await followUp(world);
    const outcome = await planDialogues(
      world.meetingDeps,
      round,
      slots.map((s) => slot(...s)),
    );
    if (outcome.kind !== 'refused') throw new Error(`not refused: ${outcome.kind}`);
    expect(await world.meetings.listMeetings()).toEqual([]);
    return outcome.problems;
  }

  it('plans one dialogue per organisation: kind, one organisation, round, theme, id', async () => {
    const world = current();
    const { round, meetings: saved } = await followUpWith(
      world,
      slot('skola', '2026-12-01', { teamsLink: ' https://teams.microsoft.com/l/meetup-join/s ' }),
      slot('kultur', '2026-11-30', { startTime: '13:00', endTime: '14:30' }),
    );
    expect(
      saved.map((m) => [m.kind, m.constellation, m.roundId, m.theme, m.startsAt, m.endsAt]),
    ).toEqual([
      [
        'dialog',
        { kind: 'organisations', organisationIds: ['kultur'] },
        round.id,
        'Dialogmöte: Uppföljning genom dialog 2026',
        '2026-11-30T12:00:00.000Z',
        '2026-11-30T13:30:00.000Z',
      ],
      [
        'dialog',
        { kind: 'organisations', organisationIds: ['skola'] },
        round.id,
        'Dialogmöte: Uppföljning genom dialog 2026',
        '2026-12-01T08:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
      ],
    ]);
    expect(saved.every((m) => m.id.startsWith('dialog-') && m.status === 'planned')).toBe(true);
    expect(saved[1]?.teamsLink).toBe('https://teams.microsoft.com/l/meetup-join/s');
    expect((await roundDialogues(world.meetings, round)).map((m) => m.id)).toEqual(
      saved.map((m) => m.id),
    );
    // The follow-up round keeps its period; the meeting store's round lookup knows no dialogue.
    expect(await world.store.rounds.get(round.id)).toEqual(round);
    expect(await world.meetings.findByRound(round.id)).toBeUndefined();
  });

  it('refuses an unknown organisation', async () => {
    expect(codes(await refused(['okand', '2026-11-30']))).toEqual([
      ['okand', 'unknown-organisation'],
    ]);
  });

  it('refuses an organisation that ended before the dialogue’s day', async () => {
    const world = current();
    await world.store.organisations.upsert({
      id: 'kultur',
      name: 'Kulturförvaltningen',
      kind: 'forvaltning',
      validTo: '2026-11-24',
    });
    const problems = await refused(['kultur', '2026-11-30']);
    expect(problems).toEqual([
      {
        organisationId: 'kultur',
        organisationName: 'Kulturförvaltningen',
        code: 'organisation-not-valid',
        date: '2026-11-30',
      },
    ]);
    expect(describeDialogueProblem(sv, problems[0] as DialogueProblem)).toBe(
      'Kulturförvaltningen fanns inte den 2026-11-30. Välj en annan dag eller en annan organisation.',
    );
  });

  it('refuses the same organisation twice in one request, and stores neither', async () => {
    expect(codes(await refused(['kultur', '2026-11-30'], ['kultur', '2026-12-01']))).toEqual([
      ['kultur', 'duplicate'],
    ]);
  });

  it('refuses a second dialogue at another time, and repeating one exactly is a no-op', async () => {
    const world = current();
    const round = await followUp(world);
    const [first] = await dialogues(world, round, slot('kultur', '2026-11-30'));
    const again = await planDialogues(world.meetingDeps, round, [slot('kultur', '2026-11-30')]);
    expect(again).toEqual({ kind: 'saved', meetings: [first], created: 0 });
    const other = await planDialogues(world.meetingDeps, round, [
      slot('skola', '2026-12-01'),
      slot('kultur', '2026-12-01'),
    ]);
    expect(other).toEqual({
      kind: 'refused',
      problems: [
        {
          organisationId: 'kultur',
          organisationName: 'Kulturförvaltningen',
          code: 'already-planned',
          meetingId: first?.id,
          startsAt: first?.startsAt,
        },
      ],
    });
    // Skola's good slot was not stored either (all or nothing).
    expect((await world.meetings.listMeetings()).map((m) => m.id)).toEqual([first?.id]);
  });

  it('refuses a day outside the round’s period, and a weekend, with Swedish words', async () => {
    const problems = await refused(['kultur', '2027-01-12'], ['skola', '2026-11-28']);
    expect(codes(problems)).toEqual([
      ['kultur', 'outside-round'],
      ['skola', 'not-a-working-day'],
    ]);
    expect(describeDialogueProblem(sv, problems[0] as DialogueProblem)).toBe(
      'Kulturförvaltningen: Dialogmötet ligger utanför uppföljningsomgången (2026-11-01–2026-12-31). Välj en dag inom omgången.',
    );
  });

  it('records a dialogue after it was held (a past date within the round)', async () => {
    const world = current();
    const round = await followUp(world);
    const [held] = await dialogues(world, round, slot('kultur', '2026-11-10'));
    expect(held?.startsAt).toBe('2026-11-10T08:00:00.000Z');
  });

  it('lets two dialogues run side by side, never beside a samordningsgrupp meeting', async () => {
    const world = current();
    // Kultur's and skola's at the same time.
    const { round, meetings: side } = await followUpWith(
      world,
      slot('kultur', '2026-11-30'),
      slot('skola', '2026-11-30'),
    );
    expect(side).toHaveLength(2);
    const meeting = await planned(world); // 9 December 13:00–15:00 local
    const problems = await prepareDialogues(world.meetingDeps, round, [
      slot('fritid', '2026-12-09', { startTime: '14:00', endTime: '15:30' }),
    ]);
    expect(problems).toEqual({
      kind: 'refused',
      problems: [
        {
          organisationId: 'fritid',
          organisationName: 'Fritidsförvaltningen',
          code: 'meeting',
          problem: { field: 'startsAt', code: 'overlaps', otherMeetingId: meeting.id },
        },
      ],
    });
  });

  it('checks a slot with no stored data (pure): a bad time and an http link', async () => {
    const world = current();
    const round = await followUp(world);
    const check = checkDialogues(
      round,
      [slot('kultur', '2026-11-30', { startTime: '9', teamsLink: 'http://x' })],
      await world.store.organisations.list(),
      {
        now: world.clock.now(),
        settings: DEFAULT_RHYTHM,
        calendar: swedishWorkingDays(),
        organisationIds: new Set(),
        meetings: [],
      },
    );
    expect(codes(check.problems)).toEqual([
      ['kultur', 'invalid'],
      ['kultur', 'invalid-url'],
    ]);
  });

  it('a new round with one bad dialogue stores nothing: neither the round nor the good dialogue', async () => {
    const world = current();
    const before = await world.store.rounds.list(friFranVald.id);
    const outcome = await createFollowUpRoundWithDialogues(world.meetingDeps, FOLLOW_UP, [
      slot('kultur', '2026-11-30'),
      slot('skola', '2026-11-28'),
    ]);
    expect(outcome.kind).toBe('dialogues-refused');
    if (outcome.kind !== 'dialogues-refused') return;
    expect(codes(outcome.problems)).toEqual([['skola', 'not-a-working-day']]);
    expect(outcome.plan.id).toBe(friFranVald.id);
    expect(await world.store.rounds.list(friFranVald.id)).toEqual(before);
    expect(await world.meetings.listMeetings()).toEqual([]);
    // Fixed, the same request stores the round and both dialogues; repeated, it is a no-op.
    const slots = [slot('kultur', '2026-11-30'), slot('skola', '2026-12-01')];
    const saved = await createFollowUpRoundWithDialogues(world.meetingDeps, FOLLOW_UP, slots);
    expect(saved.kind).toBe('created');
    const repeated = await createFollowUpRoundWithDialogues(world.meetingDeps, FOLLOW_UP, slots);
    expect(repeated.kind).toBe('exists');
    if (saved.kind !== 'created' || repeated.kind !== 'exists') return;
    expect(repeated.dialogues).toEqual(saved.dialogues);
    expect(await world.meetings.listMeetings()).toHaveLength(2);
  });

  it('schedules only the personal reminders: no summary, no close', async () => {
    const world = current();
    const round = await followUp(world);
    const dialogue = await oneDialogue(world, round, slot('kultur', '2026-11-30'));
    expect(meetingSchedule(dialogue, DEFAULT_RHYTHM, swedishWorkingDays())).toEqual([
      { step: 'open', at: '2026-11-16T08:00:00.000Z' },
      { step: 'nudge', at: '2026-11-25T08:00:00.000Z' },
    ]);
  });

  describe('moved with the samordningsgrupp meeting form', () => {
    const at = (startsAt: string, endsAt: string) => ({
      kind: 'edit' as const,
      input: { ...MEETING_INPUT, startsAt, endsAt },
    });

    /**
     * Kultur's dialogue on 30 November, its round-open reminder sent (`reminded`), then changed
     * by Samordning; the change's effects applied when saved.
     */
    async function changed(change: MeetingChange, reminded = true) {
      const world = current();
      const round = await followUp(world);
      const dialogue = await oneDialogue(world, round, slot('kultur', '2026-11-30'));
      if (reminded) {
        await tick(world.scheduler(), world.clock.now());
        await world.outbox.deliverAll(world.clock.now().toISOString());
      }
      const result = await changeMeeting(
        world.meetingDeps,
        USERS.samordning,
        dialogue.id,
        dialogue.version,
        change,
      );
      if (result.kind === 'saved' && result.previous !== null) {
        await applyMeetingChange(
          world.outboxDeps,
          result.previous,
          result.meeting,
          world.clock.now(),
        );
      }
      return { world, round, dialogue, result };
    }

    it('stays a dialogue with its one organisation, and its reminders say "dialogmötet"', async () => {
      const {
        world,
        round,
        result: moved,
      } = await changed(at('2026-12-02T09:00:00.000Z', '2026-12-02T10:00:00.000Z'));
      if (moved.kind !== 'saved') throw new Error(moved.kind);
      expect(moved.meeting).toMatchObject({
        kind: 'dialog',
        constellation: { kind: 'organisations', organisationIds: ['kultur'] },
        roundId: round.id,
        revision: 2,
      });
      // A dialogue owns no round: the follow-up round is left as it was.
      expect(moved.round).toBeNull();
      expect(await world.store.rounds.get(round.id)).toEqual(round);
      const told = await world.outbox.list({ kinds: ['meeting-moved'] });
      expect(told.map((j) => [j.recipient, j.message.summary])).toEqual([
        [
          { kind: 'user', userId: USERS.kultur },
          'Dialogmötet om uppföljningen är flyttat till 2 december 2026 kl. 10:00',
        ],
      ]);
      expect(JSON.stringify(told[0]?.message.card)).toContain(
        'Dialogmötet med Samordning om Uppföljning genom dialog 2026, som skulle ha hållits 30 november 2026 kl. 09:00',
      );
    });

    it('refuses a day outside its round and changes nothing', async () => {
      const {
        world,
        dialogue,
        result: moved,
      } = await changed(at('2027-01-12T09:00:00.000Z', '2027-01-12T10:00:00.000Z'), false);
      expect(moved).toEqual({
        kind: 'invalid',
        problems: [
          { field: 'startsAt', code: 'outside-round', from: FOLLOW_UP.from, to: FOLLOW_UP.to },
        ],
      });
      expect(await world.meetings.getMeeting(dialogue.id)).toEqual(dialogue);
    });

    it('cancelled, tells its samordnare in dialogue words and leaves the round open', async () => {
      const { world, round, result } = await changed({ kind: 'cancel' });
      expect(result.kind).toBe('saved');
      expect(await world.store.rounds.get(round.id)).toEqual(round);
      const told = await world.outbox.list({ kinds: ['meeting-cancelled'] });
      expect(told.map((j) => j.message.summary)).toEqual([
        'Dialogmötet om uppföljningen 30 november 2026 kl. 09:00 är inställt',
      ]);
    });
  });
});
