import { resolvedPlanOrUndefined } from './resolve-plan';
import { resolveReporter, samordningNames } from '../people/reporter';
import type { StorePort } from '../ports/store.port';
import { openRound } from '../reporting';
import type { Activity, Member, Organisation, ReportingRound, StatusReport } from '../types';

export interface MyActivitiesGroup {
  readonly goal: number;
  readonly goalTitle: string;
  readonly items: readonly { activity: Activity; latest: StatusReport | null }[];
}

export type MyActivitiesResult =
  /** Not registered: `askSamordning` names whom to ask to be added. */
  | { kind: 'unknown-user'; askSamordning: readonly string[] }
  | { kind: 'no-organisation'; member: Member; askSamordning: readonly string[] }
  | {
      kind: 'ok';
      member: Member;
      organisation: Organisation;
      groups: readonly MyActivitiesGroup[];
      total: number;
      /** The round open for reporting now, or null: the card offers "Visa min status" for it. */
      round: ReportingRound | null;
    };

/**
 * The activities of the user's organisation (or, for a stand-in with no organisation of her
 * own, of the one she stands in for on `now`'s day), grouped by inriktningsmål (in the plan's
 * order), each with its latest status report across rounds.
 */
export async function listMyActivities(
  store: StorePort,
  userId: string,
  now: Date,
): Promise<MyActivitiesResult> {
  const reporter = await resolveReporter(store, now, userId);
  if ('kind' in reporter) return reporter;
  const { member } = reporter;
  const organisationId = member.organisationId ?? reporter.standIns[0]?.organisationId ?? null;
  const organisation =
    organisationId === null ? undefined : await store.organisations.get(organisationId);
  if (organisation === undefined) {
    return { kind: 'no-organisation', member, askSamordning: await samordningNames(store) };
  }

  // The current plan's activities: an ended plan's stay in its own follow-up.
  const plan = await resolvedPlanOrUndefined(store);
  const activities =
    plan === undefined
      ? []
      : await store.activities.list({ organisationId: organisation.id, planId: plan.id });
  const latest = await store.reports.latest({ activityIds: activities.map((a) => a.id) });
  const latestByActivity = new Map(latest.map((r) => [r.activityId, r]));
  const plans = new Map(plan === undefined ? [] : [[plan.id, plan]]);

  const groups = new Map<
    string,
    {
      goal: number;
      goalTitle: string;
      items: { activity: Activity; latest: StatusReport | null }[];
    }
  >();
  for (const activity of activities) {
    const key = `${activity.planId}#${activity.goal}`;
    let group = groups.get(key);
    if (group === undefined) {
      const goalTitle =
        plans.get(activity.planId)?.goals.find((g) => g.number === activity.goal)?.title ?? '';
      group = { goal: activity.goal, goalTitle, items: [] };
      groups.set(key, group);
    }
    group.items.push({ activity, latest: latestByActivity.get(activity.id) ?? null });
  }
  const rounds = (
    await Promise.all([...plans.keys()].map((planId) => store.rounds.list(planId)))
  ).flat();
  return {
    kind: 'ok',
    member,
    organisation,
    groups: [...groups.values()].sort((a, b) => a.goal - b.goal),
    total: activities.length,
    round: openRound(rounds, now),
  };
}
