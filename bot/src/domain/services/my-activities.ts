import type { StorePort } from '../ports/store.port';
import type { Activity, Member, Organisation, StatusReport } from '../types';

export interface MyActivitiesGroup {
  readonly goal: number;
  readonly goalTitle: string;
  readonly items: readonly { activity: Activity; latest: StatusReport | null }[];
}

export type MyActivitiesResult =
  | { kind: 'unknown-user' }
  | { kind: 'no-organisation'; member: Member }
  | {
      kind: 'ok';
      member: Member;
      organisation: Organisation;
      groups: readonly MyActivitiesGroup[];
      total: number;
    };

/**
 * The activities of the user's organisation, grouped by inriktningsmål (in the
 * plan's order), each with its latest status report across rounds.
 */
export async function listMyActivities(
  store: StorePort,
  userId: string,
): Promise<MyActivitiesResult> {
  const member = await store.members.get(userId);
  if (member === undefined) return { kind: 'unknown-user' };
  if (member.organisationId === null) return { kind: 'no-organisation', member };
  const organisation = await store.organisations.get(member.organisationId);
  if (organisation === undefined) return { kind: 'no-organisation', member };

  const activities = await store.activities.list({ organisationId: organisation.id });
  const latest = await store.reports.latest({ activityIds: activities.map((a) => a.id) });
  const latestByActivity = new Map(latest.map((r) => [r.activityId, r]));
  const plans = new Map((await store.plans.list()).map((p) => [p.id, p]));

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
  return {
    kind: 'ok',
    member,
    organisation,
    groups: [...groups.values()].sort((a, b) => a.goal - b.goal),
    total: activities.length,
  };
}
