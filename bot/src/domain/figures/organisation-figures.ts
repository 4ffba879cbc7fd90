/**
 * One set of figures (#18 item 1): what is counted for an organisation, the one definition every
 * view, card, export and the report draft uses.
 *
 * An organisation's figures count **its own activities** — those under "i samverkan" and
 * "verksamhetsspecifik" in its handlingsplan (any heading but the plan's city-wide one,
 * city-wide.ts). The **stadsövergripande** activities it is
 * responsible for (city-wide HR at Stadskontoret, Arbetsmarknads- och socialförvaltningen) are
 * counted **apart**, never inside its own figures, and every place that shows them says so in
 * words. An organisation still answers for both in a round: reminders go out while either has
 * something unreported. Pure.
 */
import type { Activity, HeadingId, Organisation } from '../types';
import { isCityWideIn, isOwnIn } from './city-wide';

/** How many activities, and how many of them have a report in the round. */
export interface Tally {
  readonly total: number;
  readonly reported: number;
  readonly unreported: number;
}

export const EMPTY_TALLY: Tally = { total: 0, reported: 0, unreported: 0 };

export function tallyOf(activities: readonly Activity[], reported: ReadonlySet<string>): Tally {
  const done = activities.filter((a) => reported.has(a.id)).length;
  return { total: activities.length, reported: done, unreported: activities.length - done };
}

/** One organisation's figures in a round. */
export interface OrganisationFigures {
  readonly organisationId: string;
  readonly name: string;
  /** Its own activities (i samverkan, verksamhetsspecifik): what its figures count. */
  readonly own: Tally;
  /** The stadsövergripande activities it is responsible for: counted apart, never in `own`. */
  readonly cityWide: Tally;
}

/**
 * The figures of one organisation; `activities` may hold every organisation's (filtered here).
 * `cityWideHeading` is the plan's (`cityWideHeadingOf`, city-wide.ts).
 */
export function figuresOf(
  organisation: Pick<Organisation, 'id' | 'name'>,
  activities: readonly Activity[],
  reported: ReadonlySet<string>,
  cityWideHeading: HeadingId,
): OrganisationFigures {
  const theirs = activities.filter((a) => a.organisationId === organisation.id);
  return {
    organisationId: organisation.id,
    name: organisation.name,
    own: tallyOf(theirs.filter(isOwnIn(cityWideHeading)), reported),
    cityWide: tallyOf(theirs.filter(isCityWideIn(cityWideHeading)), reported),
  };
}

/** True when the organisation answers for any activity, its own or stadsövergripande. */
export function hasActivities(f: OrganisationFigures): boolean {
  return f.own.total + f.cityWide.total > 0;
}

/** True when something it answers for has no report in the round (reminders, nudge lists). */
export function hasUnreported(f: OrganisationFigures): boolean {
  return f.own.unreported + f.cityWide.unreported > 0;
}

/** True when it has activities and reported none of them in the round (the draft's "har inte rapporterat"). */
export function reportedNothing(f: OrganisationFigures): boolean {
  return hasActivities(f) && f.own.reported + f.cityWide.reported === 0;
}

/**
 * The figures of every organisation that answers for an activity, in the order given (callers
 * pass Swedish name order). Organisations without activities are left out.
 */
export function organisationFigures(
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
  activities: readonly Activity[],
  reported: ReadonlySet<string>,
  cityWideHeading: HeadingId,
): OrganisationFigures[] {
  return organisations
    .map((o) => figuresOf(o, activities, reported, cityWideHeading))
    .filter(hasActivities);
}

/** What the figures count, in words: shown beside every per-organisation figure. */
export const FIGURES_DEFINITION = {
  sv: 'Per förvaltning och bolag räknas de egna aktiviteterna (i samverkan och verksamhetsspecifika). Stadsövergripande aktiviteter räknas för sig.',
  en: 'Each administration and company is counted with its own activities (in cooperation and organisation-specific). City-wide activities are counted apart.',
} as const;
