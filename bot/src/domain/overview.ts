import type { Activity, Organisation, Plan, ReportingRound, StatusReport } from './types';

export interface GoalFigures {
  readonly number: number;
  readonly title: string;
  /** All activities under the goal. */
  readonly activities: number;
  /** Distinct organisations with at least one activity under the goal. */
  readonly organisations: number;
  /** Of the activities, how many are stadsövergripande. */
  readonly stadsovergripande: number;
}

export interface Overview {
  readonly plan: { id: string; title: string; periodStart: number; periodEnd: number };
  readonly totals: {
    readonly activities: number;
    readonly organisationsWithActivities: number;
    readonly organisations: number;
    readonly reportedInCurrentRound: number;
    readonly currentRound: { id: string; title: string } | null;
  };
  readonly goals: readonly GoalFigures[];
  /** True when any counted activity is demo data. */
  readonly demo: boolean;
}

/**
 * Aggregates the plan's activities per inriktningsmål. Pure: the caller loads the
 * rows. `roundReports` are the latest reports in the current round (if any); reports of
 * any other round are ignored.
 */
export function computeOverview(input: {
  plan: Plan;
  organisations: readonly Organisation[];
  activities: readonly Activity[];
  currentRound: ReportingRound | null;
  roundReports: readonly StatusReport[];
}): Overview {
  const activities = input.activities.filter((a) => a.planId === input.plan.id);
  const activityIds = new Set(activities.map((a) => a.id));
  const goals = input.plan.goals.map((goal) => {
    const under = activities.filter((a) => a.goal === goal.number);
    return {
      number: goal.number,
      title: goal.title,
      activities: under.length,
      organisations: new Set(under.map((a) => a.organisationId)).size,
      stadsovergripande: under.filter((a) => a.heading === 'stadsovergripande').length,
    };
  });
  // Only reports in the current round, on this plan's activities, count (once per activity).
  const roundId = input.currentRound?.id;
  const reported = new Set(
    input.roundReports
      .filter((r) => r.roundId === roundId && activityIds.has(r.activityId))
      .map((r) => r.activityId),
  );
  return {
    plan: {
      id: input.plan.id,
      title: input.plan.title,
      periodStart: input.plan.periodStart,
      periodEnd: input.plan.periodEnd,
    },
    totals: {
      activities: activities.length,
      organisationsWithActivities: new Set(activities.map((a) => a.organisationId)).size,
      organisations: input.organisations.length,
      reportedInCurrentRound: reported.size,
      currentRound:
        input.currentRound === null
          ? null
          : { id: input.currentRound.id, title: input.currentRound.title },
    },
    goals,
    demo: activities.some((a) => a.demo),
  };
}
