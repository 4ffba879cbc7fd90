/**
 * A problem in a plan file: where it is (a path of keys and list positions, as the file writes
 * them), what kind it is, and what to do about it in Swedish and English. The YAML adapter adds
 * the line; `formatPlanProblem` writes it as the import writes a bad row ("Rad 12: …").
 */

/** Keys (as the file spells them) and zero-based list positions, e.g. `['inriktningsmål', 0, 'titel']`. */
export type PlanPath = readonly (string | number)[];

export const PLAN_PROBLEM_CODES = [
  /** The file is not valid YAML (the adapter). */
  'yaml-syntax',
  /** A key written twice in one map (the adapter). */
  'duplicate-key',
  'required',
  'wrong-type',
  'empty-text',
  'unknown-key',
  'not-allowed',
  'bad-id',
  'bad-date',
  'out-of-range',
  'genom-att',
  'bad-kpi',
  'empty-list',
  'duplicate-id',
  'duplicate-number',
  'duplicate-name',
  'unknown-reference',
  'self-reference',
  'reference-cycle',
  'strategies-without-goal',
  'city-wide-heading',
  'period-order',
  'adopted-after-period',
  'indicator-years',
  'indicator-target',
  'validity-order',
  'former-name-date',
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/**
 * The problems of rules across fields (`plan-rules.ts`): beyond what JSON Schema can say, so
 * only the checker finds them. Every other code of the checker the schema finds too.
 */
export const ACROSS_FIELDS_CODES: readonly PlanProblemCode[] = [
  'duplicate-id',
  'duplicate-number',
  'duplicate-name',
  'unknown-reference',
  'self-reference',
  'reference-cycle',
  'city-wide-heading',
  'period-order',
  'adopted-after-period',
  'indicator-years',
  'indicator-target',
  'validity-order',
  'former-name-date',
];

export interface PlanProblem {
  readonly path: PlanPath;
  readonly code: PlanProblemCode;
  /** Swedish: where and what, e.g. `Inriktningsmål 3: fältet "titel" saknas.` */
  readonly sv: string;
  readonly en: string;
  /** Where the thing this problem collides with is (the first of two equal ids). */
  readonly relatedPath?: PlanPath;
}

/** A problem with the place a person finds it: 1-based line and column. */
export interface LocatedPlanProblem extends PlanProblem {
  readonly line: number;
  readonly column: number;
  /** The line of `relatedPath`, when there is one. */
  readonly relatedLine?: number;
}

/** `Rad 12: Inriktningsmål 3: fältet "titel" saknas.` (or `Line 12: …` in English). */
export function formatPlanProblem(
  problem: LocatedPlanProblem,
  language: 'sv' | 'en' = 'sv',
): string {
  const row = language === 'sv' ? 'Rad' : 'Line';
  const related =
    problem.relatedLine === undefined
      ? ''
      : language === 'sv'
        ? ` Se rad ${problem.relatedLine}.`
        : ` See line ${problem.relatedLine}.`;
  return `${row} ${problem.line}: ${problem[language]}${related}`;
}
