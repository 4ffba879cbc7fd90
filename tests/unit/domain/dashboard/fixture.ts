import type {
  Activity,
  HeadingId,
  Organisation,
  Plan,
  ReportingRound,
  ReportStatus,
  StatusReport,
} from '../../../../bot/src/domain/types';
import { newActivity } from '../../../helpers/fixtures';

/*
 * A small, hand-computed world for the dashboard tests:
 * A-förvaltningen reports, B-förvaltningen owns the one stadsövergripande activity,
 * C AB has an activity but never reported, D-förvaltningen has no activities.
 * Rounds: a 2025 follow-up, and three 2026 meetings (past, open at NOW, upcoming).
 */

export const NOW = new Date('2026-04-10T10:00:00.000Z');

const entry = (id: string, name: string, nameEn: string) => ({ id, name, nameEn });

export const plan: Plan = {
  id: 'plan-a',
  title: 'Plan A',
  periodStart: 2022,
  periodEnd: 2026,
  vision: 'Vision',
  goals: [
    { number: 1, title: 'Mål ett', strategies: [] },
    { number: 2, title: 'Mål två', strategies: [] },
  ],
  focusAreas: [
    entry('f1', 'Våld i nära relation', 'Intimate partner violence'),
    entry('f2', 'Sex mot ersättning', 'Sex for compensation'),
  ],
  perspectives: [
    entry('barnperspektivet', 'Barnperspektivet', 'Child perspective'),
    entry('valdsutovare', 'Våldsutövare', 'Perpetrators of violence'),
  ],
  targetGroups: [
    entry('barn', 'Barn', 'Children'),
    entry('hbtq-personer', 'Hbtq-personer', 'LGBTQ people'),
  ],
  preventionLevels: [],
  headings: [
    entry('stadsovergripande', 'Stadsövergripande', 'City-wide'),
    entry('i-samverkan', 'I samverkan', 'In cooperation'),
    entry('verksamhetsspecifik', 'Verksamhetsspecifik', 'Organisation-specific'),
  ],
};

export const organisations: Organisation[] = [
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

export const activities: Activity[] = [
  activity('a1', 'org-a', 1, 'verksamhetsspecifik', {
    title: 'Utbilda chefer om våld',
    focusAreaIds: ['f1'],
    perspectiveIds: ['barnperspektivet'],
    targetGroupIds: ['barn'],
  }),
  activity('a2', 'org-a', 2, 'i-samverkan', {
    title: 'Samverkan med polisen',
    partners: ['Polisen'],
  }),
  activity('b1', 'org-b', 1, 'stadsovergripande', { title: 'Stadsövergripande nätverk' }),
  activity('b2', 'org-b', 1, 'verksamhetsspecifik', { title: 'Rutin för upptäckt' }),
  activity('c1', 'org-c', 2, 'verksamhetsspecifik', { title: 'Trygga trapphus' }),
];

function round(id: string, kind: ReportingRound['kind'], opensAt: string, closesAt: string) {
  return { id, planId: 'plan-a', kind, title: `Runda ${id}`, opensAt, closesAt };
}

export const rounds: ReportingRound[] = [
  round('r0', 'uppfoljning', '2025-03-01T08:00:00.000Z', '2025-05-01T08:00:00.000Z'),
  round('r1', 'mote', '2026-02-01T08:00:00.000Z', '2026-02-20T08:00:00.000Z'),
  round('r2', 'mote', '2026-04-01T08:00:00.000Z', '2026-04-20T08:00:00.000Z'),
  round('r3', 'mote', '2026-09-01T08:00:00.000Z', '2026-09-20T08:00:00.000Z'),
];

function report(
  activityId: string,
  roundId: string,
  status: ReportStatus,
  at: string,
): StatusReport {
  return {
    id: `${activityId}-${roundId}`,
    activityId,
    roundId,
    status,
    done: `Gjort ${activityId}`,
    next: '',
    reason: '',
    reportedByUserId: `user-${activityId.charAt(0)}`,
    reportedByName: `Rapportör ${activityId.charAt(0).toUpperCase()}`,
    reportedAt: at,
  };
}

export const reportsByRound = new Map<string, StatusReport[]>([
  ['r0', [report('b2', 'r0', 'ej-paborjad', '2025-03-10T09:00:00.000Z')]],
  [
    'r1',
    [
      report('a1', 'r1', 'pagar', '2026-02-05T09:00:00.000Z'),
      report('a2', 'r1', 'genomford', '2026-02-05T09:05:00.000Z'),
      report('b1', 'r1', 'framflyttad', '2026-02-06T09:00:00.000Z'),
    ],
  ],
  [
    'r2',
    [
      report('a1', 'r2', 'genomford', '2026-04-02T09:00:00.000Z'),
      report('b2', 'r2', 'pagar-med-avvikelse', '2026-04-03T09:00:00.000Z'),
    ],
  ],
]);
