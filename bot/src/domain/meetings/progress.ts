import { cityWideHeadingOf } from '../figures/city-wide';
import { figuresOf, type Tally } from '../figures/organisation-figures';
import type { StorePort } from '../ports/store.port';
import type { Activity, HeadingId, Member, Organisation, StatusReport } from '../types';
import { latestAsOf } from './freeze';
import type { Constellation, Meeting, MeetingSnapshot } from './meeting';

/**
 * How far one organisation has come in a round. `total`/`reported`/`unreported` are everything
 * it answers for (what reminders are about); `own` and `cityWide` split them as every figure
 * shows them: its own activities, the stadsövergripande ones apart (organisation-figures.ts).
 */
export interface OrganisationProgress {
  readonly organisationId: string;
  readonly name: string;
  readonly total: number;
  readonly reported: number;
  readonly unreported: number;
  readonly own: Tally;
  readonly cityWide: Tally;
}

/** The organisations a constellation invites (all of them for the whole group). */
export function invitedOrganisations(
  constellation: Constellation,
  organisations: readonly Organisation[],
): Organisation[] {
  if (constellation.kind === 'all') return [...organisations];
  const ids = new Set(constellation.organisationIds);
  return organisations.filter((o) => ids.has(o.id));
}

/** Every samordnare (role samordnare, with an organisation) of the given organisations. */
export function samordnareOf(
  members: readonly Member[],
  organisationIds: ReadonlySet<string>,
): Member[] {
  return members.filter(
    (m) =>
      m.roles.includes('samordnare') &&
      m.organisationId !== null &&
      organisationIds.has(m.organisationId),
  );
}

/**
 * Per invited organisation with activities in the plan: how many activities have a report in
 * the round and how many do not yet. Ordered as the organisations are (Swedish name order).
 */
export async function roundProgress(
  store: StorePort,
  meeting: Pick<Meeting, 'planId' | 'roundId' | 'constellation'>,
): Promise<OrganisationProgress[]> {
  const [plan, organisations, activities, reports] = await Promise.all([
    store.plans.get(meeting.planId),
    store.organisations.list(),
    store.activities.list({ planId: meeting.planId }),
    store.reports.latest({ roundId: meeting.roundId }),
  ]);
  return organisationProgress(
    invitedOrganisations(meeting.constellation, organisations),
    activities,
    new Set(reports.map((r) => r.activityId)),
    cityWideHeadingOf(plan),
  );
}

/**
 * Per organisation with activities: its progress given the reported activity ids, the plan's
 * city-wide activities apart (`cityWideHeadingOf`). Pure.
 */
export function organisationProgress(
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  reported: ReadonlySet<string>,
  cityWideHeading: HeadingId,
): OrganisationProgress[] {
  return organisations
    .map((o) => {
      const { own, cityWide } = figuresOf(o, activities, reported, cityWideHeading);
      return {
        organisationId: o.id,
        name: o.name,
        total: own.total + cityWide.total,
        reported: own.reported + cityWide.reported,
        unreported: own.unreported + cityWide.unreported,
        own,
        cityWide,
      };
    })
    .filter((p) => p.total > 0);
}

/**
 * The latest status of every activity of the invited organisations as it was at `takenAt`:
 * reports made after it (a late report, a later round) are left out, so a snapshot built after
 * the meeting still shows the meeting's own state.
 */
export async function buildSnapshot(
  store: StorePort,
  meeting: Meeting,
  takenAt: string,
): Promise<MeetingSnapshot> {
  const organisations = invitedOrganisations(
    meeting.constellation,
    await store.organisations.list(),
  );
  const invited = new Set(organisations.map((o) => o.id));
  const activities = (await store.activities.list({ planId: meeting.planId })).filter((a) =>
    invited.has(a.organisationId),
  );
  const ids = activities.map((a) => a.id);
  const [latest, inRound] = await Promise.all([
    store.reports.latest({ activityIds: ids }),
    store.reports.latest({ activityIds: ids, roundId: meeting.roundId }),
  ]);
  // Only an activity reported after `takenAt` needs its history read (none when on time).
  const later = new Set(
    [...latest, ...inRound].filter((r) => r.reportedAt > takenAt).map((r) => r.activityId),
  );
  const histories = new Map<string, StatusReport[]>();
  for (const id of later) histories.set(id, await store.reports.history(id));
  const asOf = (reports: readonly StatusReport[], roundId?: string) => {
    const by = new Map<string, StatusReport>();
    for (const r of reports) {
      const history = histories.get(r.activityId);
      const report = history === undefined ? r : latestAsOf(history, takenAt, roundId);
      if (report !== undefined) by.set(r.activityId, report);
    }
    return by;
  };
  const latestBy = asOf(latest);
  const reportedInRound = new Set(asOf(inRound, meeting.roundId).keys());
  return {
    meetingId: meeting.id,
    roundId: meeting.roundId,
    takenAt,
    entries: activities.map((a) => {
      const report = latestBy.get(a.id);
      return {
        activityId: a.id,
        organisationId: a.organisationId,
        title: a.title,
        status: report?.status ?? null,
        reportId: report?.id ?? null,
        reportedAt: report?.reportedAt ?? null,
        reportedInRound: reportedInRound.has(a.id),
      };
    }),
  };
}
