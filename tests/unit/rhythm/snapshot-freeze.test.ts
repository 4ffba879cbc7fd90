import { freezeInstant, latestAsOf } from '../../../bot/src/domain/meetings/freeze';
import type { StatusReport } from '../../../bot/src/domain/types';
import { tick } from '../../../bot/src/rhythm/scheduler';
import { planned, rhythmWorld, STEP_TIMES } from '../../helpers/rhythm-world';

const report = (id: string, reportedAt: string, roundId = 'r1'): StatusReport => ({
  id,
  activityId: 'a1',
  roundId,
  status: 'pagar',
  done: 'Gjort',
  next: 'Nästa',
  reason: '',
  reportedByUserId: 'x',
  reportedByName: 'X',
  reportedAt,
});

describe('freezing a meeting (#18 item 2)', () => {
  it('freezes at the close instant, never at a later now', () => {
    expect(freezeInstant('2026-06-05T11:00:00.000Z', '2026-12-04T09:00:00.000Z')).toBe(
      '2026-06-05T11:00:00.000Z',
    );
    expect(freezeInstant('2026-06-05T11:00:00.000Z', '2026-06-05T11:00:00.000Z')).toBe(
      '2026-06-05T11:00:00.000Z',
    );
    // A close not due yet (never planned so) falls back to now.
    expect(freezeInstant('2026-06-05T11:00:00.000Z', '2026-06-01T09:00:00.000Z')).toBe(
      '2026-06-01T09:00:00.000Z',
    );
  });

  it('picks the latest report at the instant (a tie: the later append), optionally in a round', () => {
    const history = [
      report('a', '2026-06-01T09:00:00.000Z'),
      report('b', '2026-06-02T09:00:00.000Z'),
      report('c', '2026-06-02T09:00:00.000Z'),
      report('d', '2026-06-03T09:00:00.000Z', 'r2'),
      report('e', '2026-06-09T09:00:00.000Z'),
    ];
    expect(latestAsOf(history, '2026-06-05T00:00:00.000Z')?.id).toBe('d');
    expect(latestAsOf(history, '2026-06-05T00:00:00.000Z', 'r1')?.id).toBe('c');
    expect(latestAsOf(history, '2026-05-01T00:00:00.000Z')).toBeUndefined();
  });

  it('a server that first ticks long after a meeting freezes it at the meeting, without later reports', async () => {
    const world = await rhythmWorld();
    try {
      const meeting = await planned(world);
      await world.report('a-skola-1', meeting.roundId, '2026-11-26T10:00:00.000Z');
      // After the meeting: a late report in the round and a report in the next round.
      await world.report('a-kultur-1', meeting.roundId, '2026-12-10T10:00:00.000Z');
      await world.report('a-fritid-1', 'next-round', '2026-12-11T10:00:00.000Z');
      // The server starts months later (the symptom: "Läget frystes" on the start day).
      await tick(world.scheduler(), new Date('2027-03-04T09:00:00.000Z'));
      const snapshot = await world.meetings.getSnapshot(meeting.id);
      expect(snapshot?.takenAt).toBe(STEP_TIMES.start);
      expect(snapshot?.takenAt).toBe(meeting.startsAt);
      const entry = (id: string) => snapshot?.entries.find((e) => e.activityId === id);
      expect(entry('a-skola-1')).toMatchObject({ status: 'pagar', reportedInRound: true });
      expect(entry('a-kultur-1')).toMatchObject({
        status: null,
        reportId: null,
        reportedInRound: false,
      });
      expect(entry('a-fritid-1')?.status).toBeNull();
      expect((await world.store.rounds.get(meeting.roundId))?.closesAt).toBe(meeting.startsAt);
    } finally {
      await world.close();
    }
  });
});
