import { seedDemoMeetings } from '../../../bot/src/domain/meetings/demo-meetings';
import { DEFAULT_RHYTHM } from '../../../bot/src/domain/meetings/schedule';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';
import { newActivity } from '../../helpers/fixtures';
import { rhythmWorld } from '../../helpers/rhythm-world';

describe('demo meetings', () => {
  it('seeds five past meetings (the demo history) and one upcoming that owns the open demo round, once', async () => {
    const world = await rhythmWorld('2026-11-23T10:00:00.000Z');
    try {
      const planId = 'fri-fran-vald-2022-2026';
      // The history reports on the demo activities (a seeded report each).
      for (const [id, organisationId] of [
        ['demo-a', 'fritid'],
        ['demo-b', 'kultur'],
      ] as const) {
        await world.store.activities.create(
          newActivity({ id, planId, organisationId, demo: true }),
        );
        await world.report(id, 'other-round', '2026-01-01T10:00:00.000Z');
      }
      await world.store.rounds.upsert({
        id: 'demo-runda-2026-11-23',
        planId,
        kind: 'mote',
        title: 'Samordningsgruppens möte (demo)',
        opensAt: '2026-11-22T10:00:00.000Z',
        closesAt: '2026-12-14T10:00:00.000Z',
      });
      const deps = {
        store: world.store,
        meetings: world.meetings,
        clock: world.clock,
        settings: DEFAULT_RHYTHM,
        calendar: swedishWorkingDays(),
      };
      expect(await seedDemoMeetings(deps, planId)).toBe(6);
      expect(await seedDemoMeetings(deps, planId)).toBe(0);
      const meetings = await world.meetings.listMeetings({ planId });
      expect(meetings).toHaveLength(6);
      const now = world.clock.now().toISOString();
      expect(meetings.filter((m) => m.startsAt < now)).toHaveLength(5);
      const [upcoming] = meetings.filter((m) => m.startsAt > now);
      expect(upcoming?.roundId).toBe('demo-runda-2026-11-23');
      expect(upcoming?.startsAt).toBe('2026-12-03T12:00:00.000Z'); // Thursday 13:00 local
      const round = await world.store.rounds.get('demo-runda-2026-11-23');
      expect((round?.opensAt ?? '') < now && now < (round?.closesAt ?? '')).toBe(true);
      expect(round?.closesAt).toBe(upcoming?.startsAt);
    } finally {
      await world.close();
    }
  });
});
