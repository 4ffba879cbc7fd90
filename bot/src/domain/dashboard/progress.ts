import { isCityWideIn, isOwnIn } from '../figures/city-wide';
import { figuresOf, hasUnreported, tallyOf } from '../figures/organisation-figures';
import type { Activity, HeadingId, Organisation, ReportingRound, StatusReport } from '../types';
import { reportedIn, roundRef, stockholmYear } from './status';
import type { MeetingState, NotReported, ResponseRates, TimelineMeeting } from './types';

type ReportsByRound = ReadonlyMap<string, readonly StatusReport[]>;

function byOrganisation(activities: readonly Activity[]): Map<string, Activity[]> {
  const groups = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = groups.get(activity.organisationId);
    if (list === undefined) groups.set(activity.organisationId, [activity]);
    else list.push(activity);
  }
  return groups;
}

/**
 * Organisations with activities not reported in `round`, most unreported first: their own
 * activities, and the stadsövergripande ones they answer for apart (organisation-figures.ts).
 * An organisation whose activities were never reported in any round is flagged.
 */
export function computeNotReported(input: {
  organisations: readonly Organisation[];
  activities: readonly Activity[];
  round: ReportingRound | null;
  reportsByRound: ReportsByRound;
  /** The plan's (`cityWideHeadingOf`). */
  cityWideHeading: HeadingId;
}): NotReported[] {
  if (input.round === null) return [];
  const inRound = reportedIn(input.reportsByRound, input.round.id);
  const ever = new Set<string>();
  for (const reports of input.reportsByRound.values())
    for (const r of reports) ever.add(r.activityId);
  const groups = byOrganisation(input.activities);
  const rows: NotReported[] = [];
  for (const organisation of input.organisations) {
    const theirs = groups.get(organisation.id) ?? [];
    const figures = figuresOf(organisation, theirs, inRound, input.cityWideHeading);
    if (!hasUnreported(figures)) continue;
    rows.push({
      organisationId: organisation.id,
      name: organisation.name,
      unreported: figures.own.unreported,
      total: figures.own.total,
      cityWide: { unreported: figures.cityWide.unreported, total: figures.cityWide.total },
      neverReported: theirs.every((a) => !ever.has(a.id)),
    });
  }
  const left = (r: NotReported) => r.unreported + r.cityWide.unreported;
  return rows.sort((a, b) => left(b) - left(a) || a.name.localeCompare(b.name, 'sv'));
}

/** The rounds of a calendar year (Europe/Stockholm, by opensAt), oldest first. */
export function roundsOfYear(rounds: readonly ReportingRound[], year: number): ReportingRound[] {
  return rounds
    .filter((r) => stockholmYear(r.opensAt) === year)
    .sort((a, b) => a.opensAt.localeCompare(b.opensAt));
}

/**
 * Response rate per organisation across the year's rounds that have opened by `now`:
 * reported activities / activities, per round and in total.
 */
export function computeResponseRates(input: {
  organisations: readonly Organisation[];
  activities: readonly Activity[];
  rounds: readonly ReportingRound[];
  reportsByRound: ReportsByRound;
  year: number;
  now: Date;
  /** The plan's (`cityWideHeadingOf`). */
  cityWideHeading: HeadingId;
}): ResponseRates {
  const now = input.now.toISOString();
  const rounds = roundsOfYear(input.rounds, input.year).filter((r) => r.opensAt <= now);
  const reported = new Map(rounds.map((r) => [r.id, reportedIn(input.reportsByRound, r.id)]));
  const perRoundOf = (list: readonly Activity[]) =>
    rounds.map((round) => {
      const set = reported.get(round.id) ?? new Set<string>();
      return { roundId: round.id, ...tallyOf(list, set) };
    });
  const rowOf = (organisationId: string, name: string, list: readonly Activity[]) => {
    const perRound = perRoundOf(list).map((r) => ({
      roundId: r.roundId,
      reported: r.reported,
      total: r.total,
    }));
    const sum = perRound.reduce((n, r) => n + r.reported, 0);
    const expected = list.length * rounds.length;
    return {
      organisationId,
      name,
      perRound,
      reported: sum,
      expected,
      rate: expected === 0 ? null : sum / expected,
    };
  };
  // Per organisation its own activities; the stadsövergripande ones in a row of their own.
  const groups = byOrganisation(input.activities.filter(isOwnIn(input.cityWideHeading)));
  const rows = input.organisations
    .filter((o) => groups.has(o.id))
    .map((organisation) =>
      rowOf(organisation.id, organisation.name, groups.get(organisation.id) ?? []),
    );
  const cityWide = input.activities.filter(isCityWideIn(input.cityWideHeading));
  return {
    year: input.year,
    rounds: rounds.map(roundRef),
    rows,
    cityWide: cityWide.length === 0 ? null : rowOf('', '', cityWide),
  };
}

function stateAt(round: ReportingRound, now: string): MeetingState {
  if (now < round.opensAt) return 'upcoming';
  return now < round.closesAt ? 'open' : 'past';
}

/** The year's meeting rhythm: the rounds of kind 'mote', with their state and progress. */
export function computeTimeline(input: {
  activities: readonly Activity[];
  rounds: readonly ReportingRound[];
  reportsByRound: ReportsByRound;
  year: number;
  now: Date;
}): { year: number; meetings: TimelineMeeting[] } {
  const now = input.now.toISOString();
  const ids = new Set(input.activities.map((a) => a.id));
  const meetings = roundsOfYear(input.rounds, input.year)
    .filter((r) => r.kind === 'mote')
    .map((round) => {
      const set = reportedIn(input.reportsByRound, round.id);
      let reported = 0;
      for (const id of set) if (ids.has(id)) reported += 1;
      return { ...roundRef(round), state: stateAt(round, now), reported, total: ids.size };
    });
  return { year: input.year, meetings };
}
