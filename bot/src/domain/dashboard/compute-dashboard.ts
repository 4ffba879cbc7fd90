import { cityWideHeadingOf, isCityWideIn, isOwnIn } from '../figures/city-wide';
import { taggingPerOrganisation } from '../figures/coverage';
import { goalCounting } from '../followup/counting';
import { ROUND_TIME_ZONE } from '../follow-up-round';
import { localDateOf } from '../meetings/local-time';
import { asOfDay, roundDay } from '../organisations/organisation-history';
import { currentRound } from '../rounds';
import type {
  Activity,
  HeadingId,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../types';
import { computeCoverage } from './coverage';
import { computeNotReported, computeResponseRates, computeTimeline } from './progress';
import { lastKnownStatus, mixOf, reportedIn, roundRef, stockholmYear } from './status';
import type {
  Dashboard,
  DashboardFilter,
  HeatmapRow,
  KeyFigures,
  OrganisationTaggingRow,
  StatusKey,
} from './types';

export interface DashboardInput {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  /** The plan's activities (unfiltered; the filter is applied here). */
  readonly activities: readonly Activity[];
  /** The plan's rounds. */
  readonly rounds: readonly ReportingRound[];
  /** The latest report per activity in each round, keyed by round id. */
  readonly reportsByRound: ReadonlyMap<string, readonly StatusReport[]>;
  readonly now: Date;
  readonly filter: DashboardFilter;
}

/** The activities the filter keeps. */
export function filterActivities(
  activities: readonly Activity[],
  planId: string,
  filter: DashboardFilter,
): Activity[] {
  return activities.filter(
    (a) =>
      a.planId === planId &&
      (filter.organisationId === undefined || a.organisationId === filter.organisationId) &&
      (filter.heading === undefined || a.heading === filter.heading),
  );
}

function keyFigures(
  activities: readonly Activity[],
  organisations: readonly Organisation[],
  inRound: ReadonlySet<string>,
  status: ReadonlyMap<string, StatusKey>,
  hasRound: boolean,
  cityWideHeading: HeadingId,
): KeyFigures {
  const count = (key: StatusKey) => activities.filter((a) => status.get(a.id) === key).length;
  const stadsovergripande = activities.filter(isCityWideIn(cityWideHeading)).length;
  const reportedInRound = activities.filter((a) => inRound.has(a.id)).length;
  return {
    activities: activities.length,
    own: activities.length - stadsovergripande,
    stadsovergripande,
    reportedInRound,
    reportedShare: hasRound && activities.length > 0 ? reportedInRound / activities.length : null,
    genomforda: count('genomford'),
    avvikelse: count('pagar-med-avvikelse'),
    framflyttade: count('framflyttad'),
    organisationsWithActivities: new Set(activities.map((a) => a.organisationId)).size,
    organisations: organisations.length,
  };
}

/** The name of the plan's city-wide heading, as the plan writes it. */
function cityWideName(plan: Plan, cityWideHeading: HeadingId): string {
  return plan.headings.find((h) => h.id === cityWideHeading)?.name ?? 'Stadsövergripande';
}

function heatmap(
  plan: Plan,
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  status: ReadonlyMap<string, StatusKey>,
): HeatmapRow[] {
  const cityWideHeading = cityWideHeadingOf(plan);
  const row = (
    kind: HeatmapRow['kind'],
    organisationId: string | null,
    name: string,
    list: readonly Activity[],
  ): HeatmapRow => ({
    kind,
    organisationId,
    heading: kind === 'city-wide' ? cityWideHeading : null,
    name,
    total: list.length,
    cells: plan.goals.map((goal) => {
      const under = list.filter((a) => a.goal === goal.number);
      return { goal: goal.number, activities: under.length, mix: mixOf(under, status) };
    }),
  });
  const own = activities.filter(isOwnIn(cityWideHeading));
  const cityWide = activities.filter(isCityWideIn(cityWideHeading));
  // Every organisation is listed, also one without activities: an empty row is a finding.
  const rows =
    own.length === 0
      ? []
      : organisations.map((o) =>
          row(
            'organisation',
            o.id,
            o.name,
            own.filter((a) => a.organisationId === o.id),
          ),
        );
  if (cityWide.length > 0)
    rows.unshift(row('city-wide', null, cityWideName(plan, cityWideHeading), cityWide));
  return rows;
}

/** Share tagged per organisation (own activities), then the stadsövergripande row apart. */
function taggingRows(
  plan: Plan,
  organisations: readonly Organisation[],
  activities: readonly Activity[],
): OrganisationTaggingRow[] {
  const cityWideHeading = cityWideHeadingOf(plan);
  const own = activities.filter(isOwnIn(cityWideHeading));
  const rows: OrganisationTaggingRow[] = taggingPerOrganisation(
    own,
    organisations.map((o) => o.id),
  )
    .map((row, i) => ({ ...row, name: organisations[i]?.name ?? row.organisationId }))
    .filter((row) => row.total > 0);
  const cityWide = activities.filter(isCityWideIn(cityWideHeading));
  const [all] = taggingPerOrganisation(
    cityWide.map((a) => ({ ...a, organisationId: '' })),
    [''],
  );
  if (all !== undefined && all.total > 0) {
    rows.push({ ...all, organisationId: null, name: cityWideName(plan, cityWideHeading) });
  }
  return rows;
}

/**
 * The samordningsgrupp's dashboard for one plan: key figures, heatmap, status per goal,
 * coverage with gaps, who has not reported, response rates and the meeting rhythm. Pure.
 */
export function computeDashboard(stored: DashboardInput): Dashboard {
  const { plan, filter, now } = stored;
  const rounds = stored.rounds.filter((r) => r.planId === plan.id);
  const selected =
    (filter.roundId === undefined
      ? currentRound(rounds, now)
      : rounds.find((r) => r.id === filter.roundId)) ?? null;
  // The organisations as they were when the round opened (decision 0030), else as they are today.
  const day = selected === null ? localDateOf(now, ROUND_TIME_ZONE) : roundDay(selected);
  const input = { ...stored, ...asOfDay(stored.organisations, stored.activities, day) };
  const organisations =
    filter.organisationId === undefined
      ? input.organisations
      : input.organisations.filter((o) => o.id === filter.organisationId);
  const activities = filterActivities(input.activities, plan.id, filter);
  const status = lastKnownStatus(rounds, input.reportsByRound, selected);
  const inRound = reportedIn(input.reportsByRound, selected?.id);
  const year = stockholmYear(selected?.opensAt ?? now);
  const cityWideHeading = cityWideHeadingOf(plan);
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
    },
    filter: {
      roundId: selected?.id ?? null,
      organisationId: filter.organisationId ?? null,
      heading: filter.heading ?? null,
    },
    round: selected === null ? null : roundRef(selected),
    choices: {
      rounds: rounds.map(roundRef),
      organisations: input.organisations.map((o) => ({ id: o.id, name: o.name })),
      headings: plan.headings.map((h) => ({ id: h.id, name: h.name, nameEn: h.nameEn })),
    },
    goals: plan.goals.map((g) => ({ number: g.number, title: g.title })),
    keyFigures: keyFigures(
      activities,
      input.organisations,
      inRound,
      status,
      selected !== null,
      cityWideHeading,
    ),
    heatmap: heatmap(plan, organisations, activities, status),
    statusByGoal: plan.goals.map((goal) => {
      const under = activities.filter((a) => a.goal === goal.number);
      return {
        goal: goal.number,
        title: goal.title,
        total: under.length,
        mix: mixOf(under, status),
        counting: goalCounting(activities, input.organisations, goal.number, cityWideHeading),
      };
    }),
    coverage: computeCoverage(plan, activities),
    taggingPerOrganisation: taggingRows(plan, organisations, activities),
    notReported: computeNotReported({
      organisations,
      activities,
      round: selected,
      reportsByRound: input.reportsByRound,
      cityWideHeading,
    }),
    responseRates: computeResponseRates({
      organisations,
      activities,
      rounds,
      reportsByRound: input.reportsByRound,
      year,
      now,
      cityWideHeading,
    }),
    timeline: computeTimeline({
      activities,
      rounds,
      reportsByRound: input.reportsByRound,
      year,
      now,
    }),
    demo: activities.some((a) => a.demo),
  };
}
