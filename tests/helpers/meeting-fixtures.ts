import type { Meeting, MeetingSnapshot } from '../../bot/src/domain/meetings/meeting';

/** Meeting store fixtures (the contract suite and the SharePoint-specific tests). */

export function meeting(
  id: string,
  startsAt: string,
  overrides: Partial<Meeting> = {},
): Omit<Meeting, 'version'> {
  // Every field filled with a non-default value, so the adapters' mappers are fully exercised.
  return {
    id,
    planId: 'plan-a',
    kind: 'samordningsgrupp',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
    theme: 'Tema med åäö och "citat"',
    agenda: '1. Läget\n2. Övrigt',
    constellation: { kind: 'organisations', organisationIds: ['fritid', 'kultur'] },
    teamsLink: 'https://teams.microsoft.com/l/meetup-join/x',
    status: 'planned',
    roundId: `runda-${id}`,
    schedule: { openDaysBefore: 21, nudgeDaysBefore: 7, summaryDaysBefore: 2, closesAt: null },
    revision: 1,
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
    ...overrides,
  };
}

export const snapshot = (meetingId: string, takenAt: string): MeetingSnapshot => ({
  meetingId,
  roundId: `runda-${meetingId}`,
  takenAt,
  entries: [
    {
      activityId: 'a1',
      organisationId: 'fritid',
      title: 'Aktivitet',
      status: 'pagar',
      reportId: 'r1',
      reportedAt: '2026-02-01T08:00:00.000Z',
      reportedInRound: true,
    },
    {
      activityId: 'a2',
      organisationId: 'kultur',
      title: 'Annan',
      status: null,
      reportId: null,
      reportedAt: null,
      reportedInRound: false,
    },
  ],
});
