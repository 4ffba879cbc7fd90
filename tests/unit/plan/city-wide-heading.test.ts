/**
 * The stored plan carries its city-wide heading from the plan file (decision 0024 addendum);
 * Malmö's plan stored before the flag was kept reads as `stadsovergripande`, so its unchanged
 * file is not refused as a changed frozen plan (decision 0021).
 */
import { cityWideHeadingOf, samverkanHeadingsOf } from '../../../bot/src/domain/figures/city-wide';
import { activityAggregates } from '../../../bot/src/domain/figures/coverage';
import { planFromDocument } from '../../../bot/src/domain/plan-file/to-plan';
import { importPlan } from '../../../bot/src/domain/services/plan-import';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { newActivity } from '../../helpers/fixtures';
import { loadPlanDocument } from '../../helpers/malmo-plan';
import { PLAN_FILES } from '../../helpers/plan-documents';

const malmo = loadPlanDocument(PLAN_FILES.malmo);

describe('the city-wide heading of a stored plan', () => {
  it('comes from the plan file: stadsovergripande for Malmö, kommungemensamt for Ekby', () => {
    expect(planFromDocument(malmo).cityWideHeading).toBe('stadsovergripande');
    expect(planFromDocument(loadPlanDocument(PLAN_FILES.ekby)).cityWideHeading).toBe(
      'kommungemensamt',
    );
  });

  it('keeps the samverkan headings: i-samverkan for Malmö, med-andra for Ekby, counted as samverkan', () => {
    const ekby = planFromDocument(loadPlanDocument(PLAN_FILES.ekby));
    expect(planFromDocument(malmo).samverkanHeadings).toEqual(['i-samverkan']);
    expect(ekby.samverkanHeadings).toEqual(['med-andra']);
    const under = (heading: string) => ({
      ...newActivity({ id: heading, planId: ekby.id, organisationId: 'x', heading }),
      version: 1,
    });
    const aggregates = activityAggregates(
      [under('med-andra'), under('egen-verksamhet'), under('kommungemensamt')],
      cityWideHeadingOf(ekby),
      samverkanHeadingsOf(ekby),
    );
    expect([aggregates.samverkan, aggregates.stadsovergripande]).toEqual([1, 1]);
    // A plan stored before the flags were kept: Malmö's ids.
    expect(samverkanHeadingsOf({})).toEqual(['i-samverkan']);
  });

  it('re-imports Malmö’s unchanged file into a store with reports whose plan has no flag', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      await importPlan(store, malmo);
      const {
        cityWideHeading: _flag,
        samverkanHeadings: _samverkan,
        ...stored
      } = planFromDocument(malmo);
      await store.plans.upsert(stored);
      const [organisation] = await store.organisations.list();
      if (organisation === undefined) throw new Error('no organisations imported');
      await store.rounds.upsert({
        id: 'r1',
        planId: stored.id,
        kind: 'uppfoljning',
        title: 'Uppföljning',
        opensAt: '2025-01-01T00:00:00.000Z',
        closesAt: '2025-02-01T00:00:00.000Z',
      });
      await store.activities.create(
        newActivity({ id: 'a1', planId: stored.id, organisationId: organisation.id }),
      );
      await store.reports.append(
        {
          id: 'rep-1',
          activityId: 'a1',
          roundId: 'r1',
          status: 'pagar',
          done: 'Gjort',
          next: 'Nästa',
          reason: '',
          reportedAt: '2025-01-10T08:00:00.000Z',
          reportedByUserId: 'u1',
          reportedByName: 'Samordnare',
        },
        'key-1',
      );
      expect(await store.plans.get(stored.id)).toEqual(stored);

      expect((await importPlan(store, malmo)).kind).toBe('unchanged');
      expect(await store.plans.get(stored.id)).toEqual(stored);

      // Another heading made the city-wide one is a changed catalog: refused.
      const moved = {
        ...malmo,
        headings: malmo.headings.map((h) => ({ ...h, cityWide: h.id === 'i-samverkan' })),
      };
      expect((await importPlan(store, moved)).kind).toBe('frozen');
      expect(await store.plans.get(stored.id)).toEqual(stored);
    } finally {
      await store.close();
    }
  });
});
