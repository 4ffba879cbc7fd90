import { activityHistory, searchActivities } from '../../../../bot/src/domain/dashboard/activities';
import { gapSentence } from '../../../../bot/src/domain/dashboard/coverage';
import { lastKnownStatus } from '../../../../bot/src/domain/dashboard/status';
import type { Member } from '../../../../bot/src/domain/types';
import { activities, organisations, reportsByRound, rounds } from './fixture';

const status = lastKnownStatus(rounds, reportsByRound, rounds[2] ?? null);
const search = (query: Parameters<typeof searchActivities>[0]['query']) =>
  searchActivities({
    activities,
    organisations,
    status,
    query,
    cityWideHeading: 'stadsovergripande',
  }).map((a) => a.id);

describe('searchActivities', () => {
  it('orders by goal then title and finds words in title, partners and organisation name', () => {
    expect(search({})).toEqual(['b2', 'b1', 'a1', 'a2', 'c1']);
    expect(search({ text: 'POLISEN' })).toEqual(['a2']);
    expect(search({ text: 'c ab trapphus' })).toEqual(['c1']);
    expect(search({ text: 'finns inte' })).toEqual([]);
  });

  it('filters by organisation, goal, heading, status and tags', () => {
    expect(search({ organisationId: 'org-b', goal: 1 })).toEqual(['b2', 'b1']);
    expect(search({ heading: 'stadsovergripande' })).toEqual(['b1']);
    expect(search({ status: 'ej-rapporterad' })).toEqual(['c1']);
    expect(search({ status: 'genomford' })).toEqual(['a1', 'a2']);
    expect(
      search({ targetGroupId: 'barn', perspectiveId: 'barnperspektivet', focusAreaId: 'f1' }),
    ).toEqual(['a1']);
  });

  it('leaves out the plan’s city-wide activities with ownOnly, whatever the heading’s id', () => {
    expect(search({ organisationId: 'org-b', ownOnly: true })).toEqual(['b2']);
    // Ekby's plan: its city-wide heading is kommungemensamt; stadsovergripande means nothing there.
    const ekby = activities.map((a) =>
      a.heading === 'stadsovergripande' ? { ...a, heading: 'kommungemensamt' } : a,
    );
    const own = (cityWideHeading: string, list = ekby) =>
      searchActivities({
        activities: list,
        organisations,
        status,
        query: { organisationId: 'org-b', ownOnly: true },
        cityWideHeading,
      }).map((a) => a.id);
    expect(own('kommungemensamt')).toEqual(['b2']);
    expect(own('kommungemensamt', activities)).toEqual(['b2', 'b1']);
  });
});

describe('activityHistory', () => {
  const a1 = activities[0];
  if (a1 === undefined) throw new Error('fixture');
  const history = [...(reportsByRound.get('r1') ?? []), ...(reportsByRound.get('r2') ?? [])].filter(
    (r) => r.activityId === 'a1',
  );
  const viewer = (organisationId: string | null, roles: Member['roles']): Member => ({
    userId: 'v',
    name: 'V',
    organisationId,
    roles,
  });

  it('shows who reported and when to the activity’s own organisation and to Samordning, newest first', () => {
    for (const member of [viewer('org-a', ['samordnare']), viewer('org-b', ['samordning'])]) {
      const result = activityHistory({ activity: a1, history, rounds, viewer: member });
      expect(result.reportersVisible).toBe(true);
      expect(result.history.map((h) => [h.roundTitle, h.status, h.reportedBy])).toEqual([
        ['Runda r2', 'genomford', { name: 'Rapportör A', at: '2026-04-02T09:00:00.000Z' }],
        ['Runda r1', 'pagar', { name: 'Rapportör A', at: '2026-02-05T09:00:00.000Z' }],
      ]);
    }
  });

  it('gives others the history without names', () => {
    const result = activityHistory({
      activity: a1,
      history,
      rounds,
      viewer: viewer('org-b', ['samordnare']),
    });
    expect(result.reportersVisible).toBe(false);
    expect(result.history.map((h) => [h.status, h.done, h.reportedBy])).toEqual([
      ['genomford', 'Gjort a1', null],
      ['pagar', 'Gjort a1', null],
    ]);
    expect(JSON.stringify(result)).not.toContain('Rapportör');
  });
});

describe('gapSentence', () => {
  it('writes natural Swedish with the catalog’s names', () => {
    expect(
      gapSentence('targetGroup', {
        name: 'Kvinnor med missbruk',
        nameEn: 'Women with substance abuse',
      }).text,
    ).toBe('Inga aktiviteter riktar sig till kvinnor med missbruk.');
    expect(
      gapSentence('perspective', { name: 'Barnperspektivet', nameEn: 'Child perspective' }),
    ).toEqual({
      text: 'Inga aktiviteter utgår från barnperspektivet.',
      textEn: 'No activities take the child perspective.',
    });
    expect(
      gapSentence('focusArea', {
        name: 'Människohandel för olika ändamål',
        nameEn: 'Human trafficking',
      }).text,
    ).toBe('Inga aktiviteter inom fokusområdet människohandel för olika ändamål.');
  });
});
