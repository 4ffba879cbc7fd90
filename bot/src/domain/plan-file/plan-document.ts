import type { PlanCatalogs } from '../plan-catalogs';

/**
 * A plan as its plan file defines it (`catalog/plans/*.yaml`): everything the plan document
 * says — title, period, vision, goals with their "Genom att" strategies, the catalogs the
 * activities are tagged with, the headings, the organisations — plus the indicators it is
 * followed up with. Field names are English here; the file's keys are Swedish
 * (`plan-spec.ts`). Pure data, produced only by `checkPlanDocument`.
 */

/** The levels of the preventionstriangel a plan may use (seed 001 names all four). */
export const PREVENTION_LEVEL_KEYS = ['framjande', 'universell', 'selektiv', 'indikerad'] as const;
export type PreventionLevelKey = (typeof PREVENTION_LEVEL_KEYS)[number];

/** What an organisation is: a förvaltning, a city-owned company, or a city-wide function inside one. */
export const PLAN_ORGANISATION_KINDS = [
  'forvaltning',
  'bolag',
  'stadsovergripande-funktion',
] as const;
export type PlanOrganisationKind = (typeof PLAN_ORGANISATION_KINDS)[number];

export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** An entry of one of the plan's catalogs: fokusområde, perspektiv, målgrupp, våldsutövare group. */
export interface PlanCatalogEntry {
  /** Stable kebab-case ASCII id, unique in its list, e.g. `hbtq-personer`. */
  readonly id: string;
  /** Swedish name as the plan words it. */
  readonly name: string;
  /** English name (the product's second language). */
  readonly nameEn: string;
  readonly description: string | null;
  /** Other names people use for it (import matching). */
  readonly aliases: readonly string[];
}

export interface PlanPreventionLevel extends PlanCatalogEntry {
  readonly id: PreventionLevelKey;
}

/** A heading every activity sits under; exactly one heading of a plan is the city-wide one. */
export interface PlanHeading extends PlanCatalogEntry {
  /** True for the heading whose activities are city-wide and counted apart (e.g. `stadsovergripande`). */
  readonly cityWide: boolean;
  /** True for a heading whose activities are made in samverkan with others (e.g. `i-samverkan`). */
  readonly samverkan: boolean;
}

/** One "Genom att …" strategy of a goal. */
export interface PlanStrategy {
  /** Unique across the plan, e.g. `m1-s2`. */
  readonly id: string;
  /** The phrase after "Genom att", lower-case first letter, e.g. "utmana normer". */
  readonly text: string;
  /** The plan's explanatory paragraph under the strategy's heading. */
  readonly explanation: string | null;
}

/** An inriktningsmål. */
export interface PlanGoal {
  readonly number: number;
  readonly title: string;
  readonly description: string | null;
  readonly strategies: readonly PlanStrategy[];
}

export interface PlanOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: PlanOrganisationKind;
  /** The organisation this one belongs to (the HR-avdelningen is part of Stadskontoret). */
  readonly partOf: string | null;
  /** A short name for tight spaces, e.g. "Fritid". */
  readonly shortName: string | null;
  readonly aliases: readonly string[];
  /** First and last day it exists (`YYYY-MM-DD`, inclusive); null: open (decision 0030). */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Earlier names with the last day of each, oldest first. */
  readonly formerNames: readonly { readonly name: string; readonly until: string }[];
}

/** A value in a year: an indicator's baseline or target. */
export interface YearValue {
  readonly value: number;
  readonly year: number;
}

/** A measure (mått) the plan is followed up with: own, or a Kolada KPI. */
export interface PlanIndicator {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly description: string | null;
  /** "antal", "procent", "antal per 10 000 invånare" … */
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** The inriktningsmål it follows up, or null for the plan as a whole. */
  readonly goal: number | null;
  readonly baseline: YearValue | null;
  readonly target: YearValue | null;
  readonly source: string | null;
  /** The organisation whose samordnare enter its values (besides Samordning), or null. */
  readonly organisation: string | null;
  /** A Kolada KPI id such as `N00945`. */
  readonly koladaKpi: string | null;
}

export interface PlanAdoption {
  /** Who adopted it, e.g. "Kommunfullmäktige". */
  readonly by: string;
  readonly year: number;
  /** `YYYY-MM-DD` when the file gives the day, else null. */
  readonly date: string | null;
}

export interface PlanDocument extends PlanCatalogs<
  PlanCatalogEntry,
  PlanPreventionLevel,
  PlanHeading
> {
  /** Stable kebab-case id, e.g. `fri-fran-vald-2022-2026`. */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly titleEn: string | null;
  readonly description: string | null;
  /** First and last year (inclusive). */
  readonly period: { readonly from: number; readonly to: number };
  readonly adopted: PlanAdoption | null;
  readonly vision: string;
  /** The organisation that coordinates the plan (Samordning's home), if named. */
  readonly coordinatedBy: string | null;
  readonly goals: readonly PlanGoal[];
  readonly perpetratorGroups: readonly PlanCatalogEntry[];
  readonly organisations: readonly PlanOrganisation[];
  readonly indicators: readonly PlanIndicator[];
}

/** "Fri från våld – en gemensam angelägenhet": the title with its subtitle, as people cite the plan. */
export function planFullTitle(plan: Pick<PlanDocument, 'title' | 'subtitle'>): string {
  return plan.subtitle === null ? plan.title : `${plan.title} – ${plan.subtitle}`;
}
