/**
 * Core domain types of Samordna. Pure data: no I/O, no framework imports.
 * Dates are ISO-8601 strings in UTC (`2026-03-01T08:00:00.000Z`) unless a field
 * says it is a local calendar date (`YYYY-MM-DD`, Europe/Stockholm).
 */

import type { PlanCatalogs } from './plan-catalogs';
import type { PlanIndicator } from './plan-file/plan-document';

/** The six inriktningsmål are numbered 1–6 in the plan. Plans are data; a later plan may number differently. */
export type GoalNumber = number;

/** One "Genom att …" strategy under an inriktningsmål. */
export interface Strategy {
  /** Stable id, e.g. `m1-s2`. */
  readonly id: string;
  /** Text as written in the plan after "Genom att". */
  readonly text: string;
}

/** An inriktningsmål of a plan. */
export interface Goal {
  readonly number: GoalNumber;
  /** Swedish title as in the plan, e.g. "Staden bedriver ett verkningsfullt våldsförebyggande arbete". */
  readonly title: string;
  readonly strategies: readonly Strategy[];
}

/** A simple catalog entry: fokusområde, perspektiv, målgrupp, preventionsnivå, rubrik. */
export interface CatalogEntry {
  /** Stable kebab-case id, e.g. `hbtq-personer`. */
  readonly id: string;
  /** Swedish name as in the plan. */
  readonly name: string;
  /** English name (secondary language). */
  readonly nameEn: string;
}

/**
 * The id of one of a plan's headings (`Plan.headings`). Plan data, not a fixed list: an
 * activity's heading is checked against its own plan in the domain (decision 0028).
 */
export type HeadingId = string;
/** The id of one of a plan's prevention levels (`Plan.preventionLevels`); plan data too. */
export type PreventionLevelId = string;

/** The levels an activity of 2022–2026 records (främjande is described but not recorded). */
export const PREVENTION_LEVEL_IDS = ['universell', 'selektiv', 'indikerad'] as const;

/** A city-wide plan against violence, e.g. *Fri från våld – en gemensam angelägenhet 2022–2026*. */
export interface Plan extends PlanCatalogs<CatalogEntry> {
  /** Stable id, e.g. `fri-fran-vald-2022-2026`. */
  readonly id: string;
  readonly title: string;
  /** First and last year of the plan period (inclusive). */
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly vision: string;
  readonly goals: readonly Goal[];
  /**
   * The measures (mått) the plan is followed up with, from its plan file (decision 0026).
   * Absent in plans stored before indicators existed: read it as none.
   */
  readonly indicators?: readonly PlanIndicator[];
  /**
   * The id of the heading whose activities are city-wide and counted apart (the plan file's
   * `stadsövergripande: true`, decision 0024). Absent in plans stored before it was kept: read
   * it with `cityWideHeadingOf` (figures/city-wide.ts), never directly.
   */
  readonly cityWideHeading?: HeadingId;
  /**
   * The headings whose activities are made in samverkan with others (the plan file's
   * `samverkan: true`), counted in the analysis chapter with the activities that name partners.
   * Absent in plans stored before it was kept: read it with `samverkanHeadingsOf`
   * (figures/city-wide.ts), never directly.
   */
  readonly samverkanHeadings?: readonly HeadingId[];
}

/** A förvaltning, a city-owned company, or a stadsövergripande funktion (HR-avdelningen). */
export const ORGANISATION_KINDS = ['forvaltning', 'bolag', 'stadsovergripande-funktion'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A name an organisation had before a rename, and the last day (`YYYY-MM-DD`, inclusive) it had it. */
export interface FormerName {
  readonly name: string;
  readonly until: string;
}

/**
 * Activities an organisation handed over to another one on a day (a merge or a split, decision
 * 0030): from `from` (`YYYY-MM-DD`, the first day under `to`) they belong to `to`; a round
 * that opened before that day still counts them for the organisation that handed them over.
 */
export interface Handover {
  readonly to: string;
  readonly from: string;
  readonly activityIds: readonly string[];
}

/**
 * A förvaltning or a city-owned company (bolag). Data, not code. Organisations change
 * (decision 0030): the history fields are absent on one that never did.
 */
export interface Organisation {
  /** Stable kebab-case id, e.g. `fritidsforvaltningen`. */
  readonly id: string;
  /** Its name today; earlier names are in `formerNames`. */
  readonly name: string;
  readonly kind: OrganisationKind;
  /** First day it exists (local date `YYYY-MM-DD`, inclusive); absent: always has. */
  readonly validFrom?: string;
  /** Last day it exists (inclusive), e.g. the day before a merge; absent: still does. */
  readonly validTo?: string;
  /** Earlier names, oldest first. */
  readonly formerNames?: readonly FormerName[];
  /** Activities it handed over in merges and splits, oldest first. */
  readonly handovers?: readonly Handover[];
}

/** Status values of a status report, in the order a user sees them. */
export const REPORT_STATUSES = [
  'ej-paborjad',
  'pagar',
  'pagar-med-avvikelse',
  'framflyttad',
  'genomford',
  'avbruten',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Directed at the organisation's own staff, or at Malmöbor. */
export type ActivityDirection = 'intern' | 'malmobor';

/**
 * What is written about an activity besides its goal and strategy: the fields its form edits,
 * shared by the stored `Activity` and the input that creates or changes one.
 */
export interface ActivityDraft {
  readonly heading: HeadingId;
  readonly title: string;
  readonly description: string;
  readonly focusAreaIds: readonly string[];
  readonly perspectiveIds: readonly string[];
  readonly targetGroupIds: readonly string[];
  readonly preventionLevel: PreventionLevelId | null;
  readonly direction: ActivityDirection;
  /** Partner organisations or outside actors (polis, Region Skåne …) for *i samverkan*. */
  readonly partners: readonly string[];
  /** Free-text owner (role or unit) as written in the handlingsplan. */
  readonly owner: string;
  /** Local dates `YYYY-MM-DD`, may lie outside the plan period. */
  readonly startDate: string | null;
  readonly endDate: string | null;
}

/** An activity (aktivitet) in one organisation's handlingsplan. */
export interface Activity extends ActivityDraft {
  readonly id: string;
  readonly planId: string;
  readonly organisationId: string;
  readonly goal: GoalNumber;
  readonly strategyId: string | null;
  /** True for the clearly marked demo data seeded in local mode. */
  readonly demo: boolean;
  /** Optimistic-concurrency version, incremented by the store on every update. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One organisation's word on one activity in one reporting round. Appended, never overwritten. */
export interface StatusReport {
  readonly id: string;
  readonly activityId: string;
  readonly roundId: string;
  readonly status: ReportStatus;
  /** "Vad har gjorts?" – plain text. */
  readonly done: string;
  /** "Nästa steg" – plain text. */
  readonly next: string;
  /** Required for pågår med avvikelse and framflyttad. */
  readonly reason: string;
  readonly reportedByUserId: string;
  readonly reportedByName: string;
  readonly reportedAt: string;
  /**
   * A stand-in's report: the absent samordnare it was made for ("rapporterat av X för Y").
   * Absent on everyone else's reports.
   */
  readonly onBehalfOf?: { readonly userId: string; readonly name: string };
  /**
   * What came of a Genomförd activity ("Vad blev resultatet?", issue 19 item 3, decision 0027).
   * Only on reports with status genomford; absent on every other report and on older ones.
   */
  readonly outcome?: ReportOutcome;
}

/** The outcome of a completed activity: "120 av 150 chefer utbildade", with evidence links. */
export interface ReportOutcome {
  /** "Vad blev resultatet?" – plain text ('' when only a figure or links are given). */
  readonly result: string;
  /** How many were reached (120), or null. */
  readonly reached: number | null;
  /** Out of how many (150), or null. */
  readonly target: number | null;
  /** What was counted ("chefer utbildade"), '' when not said. */
  readonly unit: string;
  /** Links to evidence in the city's own SharePoint or OneDrive (https, *.sharepoint.com). */
  readonly links: readonly string[];
}

export type RoundKind = 'mote' | 'uppfoljning';

/** A reporting round: the light status before a meeting, or the biennial follow-up. */
export interface ReportingRound {
  readonly id: string;
  readonly planId: string;
  readonly kind: RoundKind;
  readonly title: string;
  /** UTC instants. */
  readonly opensAt: string;
  readonly closesAt: string;
}

export const ROLES = ['samordnare', 'samordning', 'hr'] as const;
export type Role = (typeof ROLES)[number];

/** A known user: who they are, which organisation they coordinate for, and their roles. */
export interface Member {
  /** Entra ID object id (AAD object id). */
  readonly userId: string;
  readonly name: string;
  readonly organisationId: string | null;
  readonly roles: readonly Role[];
}
