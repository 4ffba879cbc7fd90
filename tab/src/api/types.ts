/** `GET /api/v1/me`: who the signed-in user is, as the server sees it. */
export interface Me {
  name: string;
  organisation: { id: string; name: string } | null;
  roles: string[];
  mode: 'local' | 'production';
}

/** One inriktningsmål in the overview. */
export interface GoalSummary {
  number: number;
  title: string;
  activities: number;
  organisations: number;
  stadsovergripande: number;
}

/** `GET /api/v1/overview`: the aggregated picture for the current plan. */
export interface Overview {
  plan: { id: string; title: string; periodStart: number; periodEnd: number };
  totals: {
    activities: number;
    organisationsWithActivities: number;
    organisations: number;
    reportedInCurrentRound: number;
    currentRound: { id: string; title: string } | null;
  };
  goals: GoalSummary[];
  demo: boolean;
}
