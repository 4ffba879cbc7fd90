import { computeOverview } from '../../../bot/src/domain/overview';
import { currentRound } from '../../../bot/src/domain/rounds';
import type {
  Activity,
  HeadingId,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../../../bot/src/domain/types';
import { newActivity } from '../../helpers/fixtures';

const plan: Plan = {
  id: 'plan-a',
  title: 'Plan A',
  periodStart: 2022,
  periodEnd: 2026,
  vision: 'Vision',
  goals: [
    { number: 1, title: 'Mål ett', strategies: [] },
    { number: 2, title: 'Mål två', strategies: [] },
    { number: 3, title: 'Mål tre', strategies: [] },
  ],
  focusAreas: [],
  perspectives: [],
  targetGroups: [],
  preventionLevels: [],
  headings: [],
};

const organisations: Organisation[] = [
  { id: 'org-a', name: 'A-förvaltningen', kind: 'forvaltning' },
  { id: 'org-b', name: 'B-förvaltningen', kind: 'forvaltning' },
  { id: 'org-c', name: 'C AB', kind: 'bolag' },
  { id: 'org-d', name: 'D-förvaltningen', kind: 'forvaltning' },
];

function activity(
  id: string,
  organisationId: string,
  goal: number,
  heading: HeadingId,
  extra: Partial<Activity> = {},
): Activity {
  return { ...newActivity({ id, organisationId, goal, heading, ...extra }), version: 1 };
}

function report(id: string, activityId: string, roundId: string): StatusReport {
  return {
    id,
    activityId,
    roundId,
    status: 'pagar',
    done: '',
    next: '',
    reason: '',
    reportedByUserId: 'u',
    reportedByName: 'U',
    reportedAt: '2024-02-01T00:00:00.000Z',
  };
}

function round(id: string, opensAt: string, closesAt: string): ReportingRound {
  return { id, planId: 'plan-a', kind: 'mote', title: `Runda ${id}`, opensAt, closesAt };
}

/*
 * Hand-computed fixture:
 *   goal 1: a1 (org-a, stadsövergripande), a2 (org-a, verksamhetsspecifik), b1 (org-b, stadsövergripande)
 *           → 3 activities, 2 organisations, 2 stadsövergripande
 *   goal 2: c1 (org-c, i samverkan) → 1 activity, 1 organisation, 0 stadsövergripande
 *   goal 3: none → 0, 0, 0
 *   other plan: x1 (org-d, goal 1) ignored everywhere
 *   org-c has an activity but no report; org-d has no activity in plan-a.
 */
const activities: Activity[] = [
  activity('a1', 'org-a', 1, 'stadsovergripande'),
  activity('a2', 'org-a', 1, 'verksamhetsspecifik'),
  activity('b1', 'org-b', 1, 'stadsovergripande'),
  activity('c1', 'org-c', 2, 'i-samverkan'),
  activity('x1', 'org-d', 1, 'stadsovergripande', { planId: 'plan-other', demo: true }),
];

const now = round('r-now', '2024-01-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z');

describe('computeOverview', () => {
  const overview = computeOverview({
    plan,
    organisations,
    activities,
    currentRound: now,
    roundReports: [
      report('rep-1', 'a1', 'r-now'),
      // Two reports on the same activity count once.
      report('rep-2', 'a1', 'r-now'),
      report('rep-3', 'b1', 'r-now'),
      // A report from another round does not count as reported in the current round.
      report('rep-4', 'a2', 'r-earlier'),
      // A report on an activity of another plan is ignored.
      report('rep-5', 'x1', 'r-now'),
    ],
  });

  it('describes the plan', () => {
    expect(overview.plan).toEqual({
      id: 'plan-a',
      title: 'Plan A',
      periodStart: 2022,
      periodEnd: 2026,
    });
  });

  it('counts activities, distinct organisations and stadsövergripande per goal, in plan order', () => {
    expect(overview.goals).toEqual([
      { number: 1, title: 'Mål ett', activities: 3, organisations: 2, stadsovergripande: 2 },
      { number: 2, title: 'Mål två', activities: 1, organisations: 1, stadsovergripande: 0 },
      { number: 3, title: 'Mål tre', activities: 0, organisations: 0, stadsovergripande: 0 },
    ]);
  });

  it('totals count only the plan’s activities and include an organisation with no report', () => {
    expect(overview.totals.activities).toBe(4);
    expect(overview.totals.organisationsWithActivities).toBe(3);
    expect(overview.totals.organisations).toBe(4);
  });

  it('counts activities reported in the current round only, once each', () => {
    expect(overview.totals.reportedInCurrentRound).toBe(2);
    expect(overview.totals.currentRound).toEqual({ id: 'r-now', title: 'Runda r-now' });
  });

  it('counts nothing as reported when there is no current round', () => {
    const noRound = computeOverview({
      plan,
      organisations,
      activities,
      currentRound: null,
      roundReports: [report('rep-1', 'a1', 'r-now')],
    });
    expect(noRound.totals.reportedInCurrentRound).toBe(0);
    expect(noRound.totals.currentRound).toBeNull();
  });

  it('is not demo when only another plan’s activities are demo', () => {
    expect(overview.demo).toBe(false);
  });

  it('is demo when any counted activity is demo', () => {
    const withDemo = computeOverview({
      plan,
      organisations,
      activities: [
        ...activities,
        activity('d1', 'org-d', 3, 'verksamhetsspecifik', { demo: true }),
      ],
      currentRound: null,
      roundReports: [],
    });
    expect(withDemo.demo).toBe(true);
    expect(withDemo.goals[2]).toEqual({
      number: 3,
      title: 'Mål tre',
      activities: 1,
      organisations: 1,
      stadsovergripande: 0,
    });
    expect(withDemo.totals.organisationsWithActivities).toBe(4);
  });

  it('handles no round and no activities', () => {
    const empty = computeOverview({
      plan,
      organisations: [],
      activities: [],
      currentRound: null,
      roundReports: [],
    });
    expect(empty.totals).toEqual({
      activities: 0,
      organisationsWithActivities: 0,
      organisations: 0,
      reportedInCurrentRound: 0,
      currentRound: null,
    });
    expect(empty.goals.map((g) => g.activities)).toEqual([0, 0, 0]);
    expect(empty.demo).toBe(false);
  });
});

describe('currentRound', () => {
  const january = round('jan', '2024-01-01T00:00:00.000Z', '2024-01-31T00:00:00.000Z');
  const march = round('mar', '2024-03-01T00:00:00.000Z', '2024-03-31T00:00:00.000Z');
  const longMarch = round('long', '2024-02-15T00:00:00.000Z', '2024-04-30T00:00:00.000Z');
  const may = round('may', '2024-05-01T00:00:00.000Z', '2024-05-31T00:00:00.000Z');

  it('picks the open round', () => {
    expect(currentRound([january, march, may], new Date('2024-03-10T12:00:00Z'))?.id).toBe('mar');
  });

  it('picks the round that opened last when several are open', () => {
    expect(currentRound([longMarch, march], new Date('2024-03-10T12:00:00Z'))?.id).toBe('mar');
    expect(currentRound([march, longMarch], new Date('2024-03-10T12:00:00Z'))?.id).toBe('mar');
  });

  it('treats opensAt as open and closesAt as closed', () => {
    expect(currentRound([january, march], new Date('2024-03-01T00:00:00Z'))?.id).toBe('mar');
    // At March's closesAt it is closed; it is still the most recently closed.
    expect(currentRound([january, march, may], new Date('2024-03-31T00:00:00Z'))?.id).toBe('mar');
  });

  it('picks the most recently closed round when none is open', () => {
    expect(currentRound([march, january, may], new Date('2024-04-15T00:00:00Z'))?.id).toBe('mar');
    expect(currentRound([may, january, march], new Date('2024-02-10T00:00:00Z'))?.id).toBe('jan');
  });

  it('returns null when no round has opened or closed', () => {
    expect(currentRound([march, may], new Date('2023-12-01T00:00:00Z'))).toBeNull();
    expect(currentRound([], new Date('2024-03-10T00:00:00Z'))).toBeNull();
  });
});
