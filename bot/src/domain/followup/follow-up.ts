/**
 * The figures of the biennial follow-up (chapter 5 of the halvtidsuppföljning) for one round:
 * per inriktningsmål the stadsövergripande activities, the organisations with activities of
 * their own, one reported activity per organisation, who has not reported, and the coverage
 * gaps. Pure: the single source for the report draft, the export and the tab's Översikt.
 */
import type {
  Activity,
  CatalogEntry,
  Goal,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../types';
import { computeCoverage } from '../dashboard/coverage';
import type { CoverageDimension } from '../dashboard/types';
import { organisationsWithOwnActivities } from './counting';
import { completedWithOutcome } from './outcome-sentences';
import {
  cityWideHeadingOf,
  isCityWideIn,
  isOwnIn,
  samverkanHeadingsOf,
} from '../figures/city-wide';
import {
  organisationFigures,
  reportedNothing,
  type OrganisationFigures,
} from '../figures/organisation-figures';
import {
  activityAggregates,
  tagging,
  type ActivityAggregates,
  type Tagging,
} from '../figures/coverage';

export { countingSentence, countingSentenceEn, organisationsWithOwnActivities } from './counting';

export interface ActivityWithReport {
  readonly activity: Activity;
  readonly organisation: Organisation;
  /** The latest report in the round, or null (ej rapporterad). */
  readonly report: StatusReport | null;
}

export interface GoalFollowUp {
  readonly goal: Goal;
  /** Stadsövergripande activities under the goal. */
  readonly cityWide: readonly ActivityWithReport[];
  /** Organisations with activities of their own (not stadsövergripande) under the goal, by name. */
  readonly forvaltningar: readonly Organisation[];
  readonly bolag: readonly Organisation[];
  /** One reported activity per organisation with activities of its own, by organisation name. */
  readonly selection: readonly ActivityWithReport[];
  /** Organisations with activities of their own under the goal, none of them reported in the round. */
  readonly unreported: readonly { organisation: Organisation; activities: readonly Activity[] }[];
  /** Activities under the goal reported Genomförd with an outcome in the round (decision 0027). */
  readonly outcomes?: readonly ActivityWithReport[];
}

export interface CoverageGaps {
  readonly focusAreas: readonly CatalogEntry[];
  readonly perspectives: readonly CatalogEntry[];
  readonly targetGroups: readonly CatalogEntry[];
}

export interface FollowUp {
  readonly round: ReportingRound;
  readonly goals: readonly GoalFollowUp[];
  readonly gaps: CoverageGaps;
  /** How far the plan's activities are tagged: gaps are only claimed where they are (#19 item 4). */
  readonly tagging: Tagging;
  /** Prevention levels, direction, samverkan: the counts of the analysis chapter. */
  readonly aggregates: ActivityAggregates;
  /** Organisations with activities in the plan and no report at all in the round. */
  readonly notReported: readonly Organisation[];
  /**
   * Every organisation's figures in the round, by name: own activities, stadsövergripande apart
   * (organisation-figures.ts, the one definition Översikt and the bot use too).
   */
  readonly organisations: readonly OrganisationFigures[];
}

export interface FollowUpInput {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  readonly activities: readonly Activity[];
  readonly round: ReportingRound;
  /** The latest report per activity in `round` (reports of other rounds are ignored). */
  readonly roundReports: readonly StatusReport[];
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'sv');
const byTitle = (a: Activity, b: Activity) => a.title.localeCompare(b.title, 'sv');

/**
 * Catalog entries no activity is tagged with: the gaps the follow-up calls out. Derived from the
 * dashboard's `computeCoverage`, the one place that decides what a gap is, so Översikt, the report
 * draft and the export name the same gaps.
 */
export function coverageGaps(plan: Plan, activities: readonly Activity[]): CoverageGaps {
  const { gaps } = computeCoverage(
    plan,
    activities.filter((a) => a.planId === plan.id),
  );
  const missing = (dimension: CoverageDimension, entries: readonly CatalogEntry[]) => {
    const ids = new Set(gaps.filter((g) => g.dimension === dimension).map((g) => g.id));
    return entries.filter((e) => ids.has(e.id));
  };
  return {
    focusAreas: missing('focusArea', plan.focusAreas),
    perspectives: missing('perspective', plan.perspectives),
    targetGroups: missing('targetGroup', plan.targetGroups),
  };
}

/** Computes the follow-up of one round. */
export function computeFollowUp(input: FollowUpInput): FollowUp {
  const activities = input.activities.filter((a) => a.planId === input.plan.id);
  const organisation = new Map(input.organisations.map((o) => [o.id, o]));
  const reports = new Map(
    input.roundReports.filter((r) => r.roundId === input.round.id).map((r) => [r.activityId, r]),
  );
  const withReport = (activity: Activity): ActivityWithReport | undefined => {
    const org = organisation.get(activity.organisationId);
    return org === undefined
      ? undefined
      : { activity, organisation: org, report: reports.get(activity.id) ?? null };
  };
  const cityWideHeading = cityWideHeadingOf(input.plan);
  const goals = input.plan.goals.map((goal): GoalFollowUp => {
    const under = activities.filter((a) => a.goal === goal.number).sort(byTitle);
    const own = under.filter(isOwnIn(cityWideHeading));
    const { forvaltningar, bolag } = organisationsWithOwnActivities(
      own,
      input.organisations,
      goal.number,
      cityWideHeading,
    );
    const selection: ActivityWithReport[] = [];
    const unreported: { organisation: Organisation; activities: Activity[] }[] = [];
    for (const org of [...forvaltningar, ...bolag].sort(byName)) {
      const theirs = own.filter((a) => a.organisationId === org.id);
      const reported = theirs.find((a) => reports.has(a.id));
      if (reported === undefined) unreported.push({ organisation: org, activities: theirs });
      else
        selection.push({
          activity: reported,
          organisation: org,
          report: reports.get(reported.id) ?? null,
        });
    }
    return {
      goal,
      cityWide: under
        .filter(isCityWideIn(cityWideHeading))
        .map(withReport)
        .filter((x): x is ActivityWithReport => x !== undefined),
      forvaltningar,
      bolag,
      selection,
      unreported,
      outcomes: completedWithOutcome(
        under.map(withReport).filter((x): x is ActivityWithReport => x !== undefined),
      ),
    };
  });
  const figures = organisationFigures(
    [...input.organisations].sort(byName),
    activities,
    new Set(reports.keys()),
    cityWideHeading,
  );
  const byId = new Map(input.organisations.map((o) => [o.id, o]));
  return {
    round: input.round,
    goals,
    gaps: coverageGaps(input.plan, activities),
    tagging: tagging(activities),
    aggregates: activityAggregates(activities, cityWideHeading, samverkanHeadingsOf(input.plan)),
    notReported: figures
      .filter(reportedNothing)
      .map((f) => byId.get(f.organisationId))
      .filter((o): o is Organisation => o !== undefined),
    organisations: figures,
  };
}
