import { computeDashboard } from '../../../../bot/src/domain/dashboard/compute-dashboard';
import { emptyMix } from '../../../../bot/src/domain/dashboard/status';
import type { DashboardFilter, StatusMix } from '../../../../bot/src/domain/dashboard/types';
import { activities, NOW, organisations, plan, reportsByRound, rounds } from './fixture';

const dashboard = (filter: DashboardFilter = {}, now = NOW) =>
  computeDashboard({ plan, organisations, activities, rounds, reportsByRound, now, filter });

const mix = (counts: Partial<StatusMix>): StatusMix => ({ ...emptyMix(), ...counts });

describe('computeDashboard (hand-computed)', () => {
  it('picks the open round and counts key figures, stadsövergripande apart from the organisations’ own', () => {
    const result = dashboard();
    expect(result.round?.id).toBe('r2');
    expect(result.keyFigures).toEqual({
      activities: 5,
      own: 4,
      stadsovergripande: 1,
      reportedInRound: 2,
      reportedShare: 0.4,
      genomforda: 2,
      avvikelse: 1,
      framflyttade: 1,
      organisationsWithActivities: 3,
      organisations: 4,
    });
  });

  it('builds the heatmap: a stadsövergripande row first, then every organisation, status by last known report', () => {
    const rows = dashboard().heatmap;
    expect(rows.map((r) => [r.kind, r.name, r.total])).toEqual([
      ['city-wide', 'Stadsövergripande', 1],
      ['organisation', 'A-förvaltningen', 2],
      ['organisation', 'B-förvaltningen', 1],
      ['organisation', 'C AB', 1],
      ['organisation', 'D-förvaltningen', 0],
    ]);
    expect(rows[0]?.cells).toEqual([
      { goal: 1, activities: 1, mix: mix({ framflyttad: 1 }) },
      { goal: 2, activities: 0, mix: mix({}) },
    ]);
    expect(rows[1]?.cells.map((c) => c.mix)).toEqual([
      mix({ genomford: 1 }),
      mix({ genomford: 1 }),
    ]);
    expect(rows[2]?.cells[0]?.mix).toEqual(mix({ 'pagar-med-avvikelse': 1 }));
    expect(rows[3]?.cells[1]).toEqual({
      goal: 2,
      activities: 1,
      mix: mix({ 'ej-rapporterad': 1 }),
    });
  });

  it('stacks status per goal, with the follow-up counting of organisations with their own activities', () => {
    expect(dashboard().statusByGoal).toEqual([
      {
        goal: 1,
        title: 'Mål ett',
        total: 3,
        mix: mix({ genomford: 1, framflyttad: 1, 'pagar-med-avvikelse': 1 }),
        // B-förvaltningen's stadsövergripande activity does not count; its own one does.
        counting: {
          forvaltningar: [
            { id: 'org-a', name: 'A-förvaltningen' },
            { id: 'org-b', name: 'B-förvaltningen' },
          ],
          bolag: [],
          text: 'Två förvaltningar har aktiviteter under inriktningsmålet.',
          textEn: 'Two administrations have activities under the goal.',
        },
      },
      {
        goal: 2,
        title: 'Mål två',
        total: 2,
        mix: mix({ genomford: 1, 'ej-rapporterad': 1 }),
        counting: {
          forvaltningar: [{ id: 'org-a', name: 'A-förvaltningen' }],
          bolag: [{ id: 'org-c', name: 'C AB' }],
          text: 'En förvaltning och C AB har aktiviteter under inriktningsmålet.',
          textEn: 'One administration and C AB have activities under the goal.',
        },
      },
    ]);
  });

  it('counts only what the filter keeps', () => {
    const [goal1, goal2] = dashboard({ organisationId: 'org-c' }).statusByGoal;
    expect(goal1?.counting.text).toBe(
      'Inga förvaltningar eller bolag har aktiviteter under inriktningsmålet.',
    );
    expect(goal1?.counting.textEn).toBe(
      'No administrations or companies have activities under the goal.',
    );
    expect(goal2?.counting.text).toBe('C AB har aktiviteter under inriktningsmålet.');
    expect(goal2?.counting.textEn).toBe('C AB has activities under the goal.');
  });

  it('calls out coverage gaps in Swedish and English words', () => {
    const { coverage } = dashboard();
    expect(coverage.focusAreas.map((e) => [e.id, e.activities, e.organisations])).toEqual([
      ['f1', 1, 1],
      ['f2', 0, 0],
    ]);
    expect(coverage.gaps.map((g) => g.text)).toEqual([
      'Inga aktiviteter inom fokusområdet sex mot ersättning.',
      'Inga aktiviteter utgår från perspektivet våldsutövare.',
      'Inga aktiviteter riktar sig till hbtq-personer.',
    ]);
    expect(coverage.gaps[2]?.textEn).toBe('No activities are aimed at LGBTQ people.');
  });

  it('lists who has not reported in the round, flagging the organisation that never reported', () => {
    // Own activities count; org-b's stadsövergripande b1 is counted apart (#18 item 1).
    expect(dashboard().notReported).toEqual([
      {
        organisationId: 'org-a',
        name: 'A-förvaltningen',
        unreported: 1,
        total: 2,
        cityWide: { unreported: 0, total: 0 },
        neverReported: false,
      },
      {
        organisationId: 'org-b',
        name: 'B-förvaltningen',
        unreported: 0,
        total: 1,
        cityWide: { unreported: 1, total: 1 },
        neverReported: false,
      },
      {
        organisationId: 'org-c',
        name: 'C AB',
        unreported: 1,
        total: 1,
        cityWide: { unreported: 0, total: 0 },
        neverReported: true,
      },
    ]);
  });

  it('computes the response rate per organisation across the year’s opened rounds', () => {
    const { responseRates } = dashboard();
    expect(responseRates.year).toBe(2026);
    expect(responseRates.rounds.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(
      responseRates.rows.map((r) => [r.organisationId, r.reported, r.expected, r.rate]),
    ).toEqual([
      ['org-a', 3, 4, 0.75],
      ['org-b', 1, 2, 0.5],
      ['org-c', 0, 2, 0],
    ]);
    // The stadsövergripande activity (b1) in a row of its own, not under org-b.
    expect(responseRates.cityWide).toMatchObject({ reported: 1, expected: 2, rate: 0.5 });
    expect(responseRates.rows[0]?.perRound).toEqual([
      { roundId: 'r1', reported: 2, total: 2 },
      { roundId: 'r2', reported: 1, total: 2 },
    ]);
  });

  it('shows the year’s meeting rhythm with past, open and upcoming meetings', () => {
    expect(dashboard().timeline.meetings.map((m) => [m.id, m.state, m.reported, m.total])).toEqual([
      ['r1', 'past', 3, 5],
      ['r2', 'open', 2, 5],
      ['r3', 'upcoming', 0, 5],
    ]);
  });

  it('filters by round: figures as of that round', () => {
    const result = dashboard({ roundId: 'r1' });
    expect(result.round?.id).toBe('r1');
    expect(result.keyFigures).toMatchObject({
      reportedInRound: 3,
      reportedShare: 0.6,
      genomforda: 1,
    });
    expect(result.statusByGoal[0]?.mix).toEqual(
      mix({ pagar: 1, framflyttad: 1, 'ej-paborjad': 1 }),
    );
  });

  it('filters by heading: only the stadsövergripande row remains', () => {
    const result = dashboard({ heading: 'stadsovergripande' });
    expect(result.keyFigures).toMatchObject({ activities: 1, own: 0, stadsovergripande: 1 });
    expect(result.heatmap.map((r) => [r.kind, r.heading])).toEqual([
      ['city-wide', 'stadsovergripande'],
    ]);
    expect(result.filter.heading).toBe('stadsovergripande');
  });

  it('filters by organisation: the one that never reported', () => {
    const result = dashboard({ organisationId: 'org-c' });
    expect(result.keyFigures).toMatchObject({
      activities: 1,
      reportedInRound: 0,
      reportedShare: 0,
    });
    expect(result.heatmap.map((r) => r.name)).toEqual(['C AB']);
    expect(result.notReported).toEqual([
      {
        organisationId: 'org-c',
        name: 'C AB',
        unreported: 1,
        total: 1,
        cityWide: { unreported: 0, total: 0 },
        neverReported: true,
      },
    ]);
    // The choices still offer every organisation.
    expect(result.choices.organisations).toHaveLength(4);
  });

  it('has no round and no share before any round exists', () => {
    const result = computeDashboard({
      plan,
      organisations,
      activities,
      rounds: [],
      reportsByRound: new Map(),
      now: NOW,
      filter: {},
    });
    expect(result.round).toBeNull();
    expect(result.keyFigures.reportedShare).toBeNull();
    expect(result.notReported).toEqual([]);
    expect(result.statusByGoal[0]?.mix).toEqual(mix({ 'ej-rapporterad': 3 }));
  });

  describe('a plan whose city-wide heading is another (Ekby’s kommungemensamt)', () => {
    // The fixture with its city-wide heading renamed, and the plan saying so.
    const rename = (id: string) => (id === 'stadsovergripande' ? 'kommungemensamt' : id);
    const ekbyPlan = {
      ...plan,
      headings: plan.headings.map((h) =>
        h.id === 'stadsovergripande' ? { ...h, id: 'kommungemensamt', name: 'Kommungemensamt' } : h,
      ),
      cityWideHeading: 'kommungemensamt',
    };
    const ekbyActivities = activities.map((a) => ({ ...a, heading: rename(a.heading) }));
    const ekby = (filter: DashboardFilter = {}) =>
      computeDashboard({
        plan: ekbyPlan,
        organisations,
        activities: ekbyActivities,
        rounds,
        reportsByRound,
        now: NOW,
        filter,
      });

    it('counts its activities apart, as Malmö’s stadsövergripande are', () => {
      const malmo = dashboard();
      const result = ekby();
      expect(result.keyFigures).toEqual(malmo.keyFigures);
      expect(result.keyFigures).toMatchObject({ own: 4, stadsovergripande: 1 });
      expect(result.heatmap.map((r) => [r.kind, r.heading, r.name, r.total])).toEqual([
        ['city-wide', 'kommungemensamt', 'Kommungemensamt', 1],
        ['organisation', null, 'A-förvaltningen', 2],
        ['organisation', null, 'B-förvaltningen', 1],
        ['organisation', null, 'C AB', 1],
        ['organisation', null, 'D-förvaltningen', 0],
      ]);
      expect(result.statusByGoal.map((g) => g.counting)).toEqual(
        malmo.statusByGoal.map((g) => g.counting),
      );
      expect(result.notReported).toEqual(malmo.notReported);
      expect(result.responseRates).toEqual(malmo.responseRates);
      expect(result.taggingPerOrganisation.map((r) => [r.organisationId, r.name])).toEqual(
        malmo.taggingPerOrganisation.map((r) => [
          r.organisationId,
          r.organisationId === null ? 'Kommungemensamt' : r.name,
        ]),
      );
    });

    it('counts an activity under a heading with id stadsovergripande as its organisation’s own', () => {
      const result = computeDashboard({
        plan: { ...plan, cityWideHeading: 'i-samverkan' },
        organisations,
        activities,
        rounds,
        reportsByRound,
        now: NOW,
        filter: {},
      });
      const cityWide = activities.filter((a) => a.heading === 'i-samverkan').length;
      expect(cityWide).toBeGreaterThan(0);
      expect(result.keyFigures).toMatchObject({ stadsovergripande: cityWide, own: 5 - cityWide });
      expect(result.heatmap[0]).toMatchObject({ kind: 'city-wide', heading: 'i-samverkan' });
    });
  });
});
