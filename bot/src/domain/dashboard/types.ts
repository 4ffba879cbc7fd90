import { REPORT_STATUSES, type HeadingId, type ReportStatus, type RoundKind } from '../types';

/** What the reader narrowed the dashboard to. Absent fields mean "all". */
export interface DashboardFilter {
  readonly roundId?: string;
  readonly organisationId?: string;
  readonly heading?: HeadingId;
}

/** An activity's status as the dashboard shows it: a reported status, or never reported. */
export const STATUS_KEYS = ['ej-rapporterad', ...REPORT_STATUSES] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];
export type StatusMix = Record<StatusKey, number>;

/** Kept so `ReportStatus` and `StatusKey` cannot drift apart. */
export type ReportedStatusKey = Exclude<StatusKey, 'ej-rapporterad'> & ReportStatus;

export interface RoundRef {
  readonly id: string;
  readonly title: string;
  readonly kind: RoundKind;
  readonly opensAt: string;
  readonly closesAt: string;
}

export interface KeyFigures {
  /** Activities after the filter. */
  readonly activities: number;
  /** Of them, the organisations' own (i samverkan + verksamhetsspecifik). */
  readonly own: number;
  /** Of them, stadsövergripande (counted apart from the organisations' own). */
  readonly stadsovergripande: number;
  /** Reported in the selected (current) round. */
  readonly reportedInRound: number;
  /** reportedInRound / activities, or null when there is no round or no activity. */
  readonly reportedShare: number | null;
  /** By last known status up to the selected round. */
  readonly genomforda: number;
  readonly avvikelse: number;
  readonly framflyttade: number;
  readonly organisationsWithActivities: number;
  readonly organisations: number;
}

export interface HeatmapCell {
  readonly goal: number;
  readonly activities: number;
  readonly mix: StatusMix;
}

/** One row: an organisation's own activities, or the stadsövergripande (city-wide) ones. */
export interface HeatmapRow {
  readonly kind: 'organisation' | 'city-wide';
  /** The organisation's id; null on the city-wide row. */
  readonly organisationId: string | null;
  /** The plan's city-wide heading on the city-wide row (what its cells link to); null otherwise. */
  readonly heading: HeadingId | null;
  readonly name: string;
  readonly total: number;
  readonly cells: readonly HeatmapCell[];
}

/**
 * The organisations with activities of their own (not stadsövergripande) under a goal,
 * förvaltningar and bolag apart, with the follow-up's sentence about them: the same counting as
 * the report draft and the export's Sammanställning.
 */
export interface GoalCounting {
  readonly forvaltningar: readonly { id: string; name: string }[];
  readonly bolag: readonly { id: string; name: string }[];
  /** E.g. "Fem förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet." */
  readonly text: string;
  readonly textEn: string;
}

export interface GoalStatus {
  readonly goal: number;
  readonly title: string;
  readonly total: number;
  readonly mix: StatusMix;
  readonly counting: GoalCounting;
}

export type CoverageDimension = 'focusArea' | 'perspective' | 'targetGroup';

export interface CoverageEntry {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly activities: number;
  readonly organisations: number;
}

/** A catalog entry no activity covers, said in words (Swedish and English). */
export interface CoverageGap {
  readonly dimension: CoverageDimension;
  readonly id: string;
  readonly text: string;
  readonly textEn: string;
}

export interface Coverage {
  readonly focusAreas: readonly CoverageEntry[];
  readonly perspectives: readonly CoverageEntry[];
  readonly targetGroups: readonly CoverageEntry[];
  readonly gaps: readonly CoverageGap[];
  /** How many activities carry any tag at all (Taggade aktiviteter). */
  readonly tagging: { readonly total: number; readonly tagged: number; readonly untagged: number };
  /** Dimensions where gaps cannot be (fully) claimed because activities are untagged, in words. */
  readonly uncertain: readonly CoverageUncertainty[];
}

export interface CoverageUncertainty {
  readonly dimension: CoverageDimension;
  /** 'none': nothing tagged in the dimension, no gap claimed; 'partial': gaps among the tagged. */
  readonly state: 'none' | 'partial';
  readonly text: string;
  readonly textEn: string;
}

/**
 * An organisation with activities not reported in the selected round: `unreported`/`total` count
 * its own activities; the stadsövergripande ones it answers for are counted apart in `cityWide`
 * (figures/organisation-figures.ts).
 */
export interface NotReported {
  readonly organisationId: string;
  readonly name: string;
  readonly unreported: number;
  readonly total: number;
  readonly cityWide: { readonly unreported: number; readonly total: number };
  /** True when none of its activities has any report in any round. */
  readonly neverReported: boolean;
}

export interface RoundResponse {
  readonly roundId: string;
  readonly reported: number;
  readonly total: number;
}

export interface ResponseRateRow {
  readonly organisationId: string;
  readonly name: string;
  readonly perRound: readonly RoundResponse[];
  readonly reported: number;
  readonly expected: number;
  /** reported / expected, or null when nothing was expected. */
  readonly rate: number | null;
}

export interface ResponseRates {
  readonly year: number;
  /** The year's rounds that have opened, oldest first. */
  readonly rounds: readonly RoundRef[];
  /** Per organisation: its own activities (organisation-figures.ts). */
  readonly rows: readonly ResponseRateRow[];
  /** The stadsövergripande activities, counted apart (ids and name empty); null when none. */
  readonly cityWide: ResponseRateRow | null;
}

export type MeetingState = 'past' | 'open' | 'upcoming';

export interface TimelineMeeting extends RoundRef {
  readonly state: MeetingState;
  readonly reported: number;
  readonly total: number;
}

/**
 * Share tagged per organisation ("Taggning per förvaltning", #19 item 4): its own activities,
 * the stadsövergripande ones in a row of their own (organisationId null), as every figure counts.
 */
export interface OrganisationTaggingRow {
  readonly organisationId: string | null;
  readonly name: string;
  readonly total: number;
  readonly tagged: number;
  /** tagged / total, or null when there is nothing to tag. */
  readonly share: number | null;
}

export interface Dashboard {
  readonly plan: { id: string; title: string; periodStart: number; periodEnd: number };
  readonly filter: {
    readonly roundId: string | null;
    readonly organisationId: string | null;
    readonly heading: HeadingId | null;
  };
  /** The round the figures are for: the filter's, else the current one. */
  readonly round: RoundRef | null;
  readonly choices: {
    readonly rounds: readonly RoundRef[];
    readonly organisations: readonly { id: string; name: string }[];
    readonly headings: readonly { id: string; name: string; nameEn: string }[];
  };
  readonly goals: readonly { number: number; title: string }[];
  readonly keyFigures: KeyFigures;
  readonly heatmap: readonly HeatmapRow[];
  readonly statusByGoal: readonly GoalStatus[];
  readonly coverage: Coverage;
  readonly taggingPerOrganisation: readonly OrganisationTaggingRow[];
  readonly notReported: readonly NotReported[];
  readonly responseRates: ResponseRates;
  readonly timeline: { readonly year: number; readonly meetings: readonly TimelineMeeting[] };
  readonly demo: boolean;
}
