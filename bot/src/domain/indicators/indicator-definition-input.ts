/**
 * Reading an indicator Samordning defines in the tab (decision 0032), pure: every field as
 * typed, checked against the plan (its goals, activities and organisations), each problem a
 * Swedish and an English sentence tied to its field. Nothing is stored for a refused input.
 */
import type { IndicatorDirection, PlanIndicator, YearValue } from '../plan-file/plan-document';
import { INDICATOR_DIRECTIONS } from '../plan-file/plan-document';
import type { Activity, Goal, Organisation } from '../types';
import { parseIndicatorValue } from './indicator-value';

/** What the form sends, as typed (strings or numbers; empty means none). */
export interface IndicatorDefinitionInput {
  readonly name?: unknown;
  readonly nameEn?: unknown;
  readonly description?: unknown;
  readonly unit?: unknown;
  readonly direction?: unknown;
  readonly baselineValue?: unknown;
  readonly baselineYear?: unknown;
  readonly targetValue?: unknown;
  readonly targetYear?: unknown;
  readonly source?: unknown;
  readonly koladaKpi?: unknown;
  /** An inriktningsmål's number, or empty for the plan as a whole. */
  readonly goal?: unknown;
  /** One of the plan's activities, or empty. */
  readonly activityId?: unknown;
  /** The organisation whose samordnare enter values, or empty. */
  readonly organisation?: unknown;
}

export type DefinitionField =
  | 'name'
  | 'nameEn'
  | 'description'
  | 'unit'
  | 'direction'
  | 'baseline'
  | 'target'
  | 'source'
  | 'koladaKpi'
  | 'goal'
  | 'activityId'
  | 'organisation';

export interface DefinitionProblem {
  readonly field: DefinitionField;
  readonly message: string;
  readonly messageEn: string;
}

/** The plan's parts a definition may name. */
export interface DefinitionContext {
  readonly goals: readonly Pick<Goal, 'number'>[];
  readonly activities: readonly Pick<Activity, 'id' | 'goal' | 'organisationId'>[];
  readonly organisations: readonly Pick<Organisation, 'id'>[];
  /** The plan's period: a baseline or target year must lie near it. */
  readonly periodStart: number;
  readonly periodEnd: number;
}

export type DefinitionFields = Omit<PlanIndicator, 'id'> & { readonly activityId: string | null };

export const DEFINITION_LIMITS = { name: 200, unit: 60, text: 2000, source: 300 } as const;

/** A Kolada KPI id: N (municipal) or U (organisational) and five digits, e.g. N00945. */
const KOLADA_KPI = /^[NU]\d{5}$/;

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const orNull = (value: string): string | null => (value === '' ? null : value);

function problem(field: DefinitionField, sv: string, en: string): DefinitionProblem {
  return { field, message: sv, messageEn: en };
}

function yearValue(
  field: 'baseline' | 'target',
  rawValue: unknown,
  rawYear: unknown,
  unit: string,
  context: DefinitionContext,
  problems: DefinitionProblem[],
): YearValue | null {
  const valueText = text(rawValue);
  const yearText = text(rawYear);
  const what = field === 'baseline' ? 'baslinjen' : 'målvärdet';
  const whatEn = field === 'baseline' ? 'baseline' : 'target';
  if (valueText === '' && yearText === '') return null;
  if (valueText === '' || yearText === '') {
    problems.push(
      problem(
        field,
        `Ange både värde och år för ${what}.`,
        `Give both value and year of the ${whatEn}.`,
      ),
    );
    return null;
  }
  const parsed = parseIndicatorValue(valueText, unit);
  if (!parsed.ok) {
    problems.push(
      problem(field, `${capital(what)}: ${parsed.message}`, `The ${whatEn}: ${parsed.messageEn}`),
    );
    return null;
  }
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= context.periodStart - 20 && year <= context.periodEnd + 10)) {
    problems.push(
      problem(
        field,
        `Året för ${what} måste vara ett årtal nära planens period (${context.periodStart}–${context.periodEnd}).`,
        `The ${whatEn}'s year must be a year near the plan's period (${context.periodStart}–${context.periodEnd}).`,
      ),
    );
    return null;
  }
  return { value: parsed.value, year };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function limited(
  field: DefinitionField,
  value: string,
  max: number,
  problems: DefinitionProblem[],
): string {
  if (value.length > max) {
    problems.push(
      problem(
        field,
        `Texten får vara högst ${max} tecken.`,
        `The text may have at most ${max} characters.`,
      ),
    );
  }
  return value;
}

/** The checked fields of a definition, or its problems (every one, in form order). */
export function parseDefinitionInput(
  input: IndicatorDefinitionInput,
  context: DefinitionContext,
): { ok: true; fields: DefinitionFields } | { ok: false; problems: DefinitionProblem[] } {
  const problems: DefinitionProblem[] = [];
  const name = limited('name', text(input.name), DEFINITION_LIMITS.name, problems);
  if (name === '')
    problems.push(problem('name', 'Ge måttet ett namn.', 'Give the indicator a name.'));
  const nameEn = limited('nameEn', text(input.nameEn), DEFINITION_LIMITS.name, problems);
  const description = limited(
    'description',
    text(input.description),
    DEFINITION_LIMITS.text,
    problems,
  );
  const unit = limited('unit', text(input.unit), DEFINITION_LIMITS.unit, problems);
  if (unit === '') {
    problems.push(
      problem(
        'unit',
        'Ange enheten, t.ex. antal eller procent.',
        'Give the unit, e.g. antal or procent.',
      ),
    );
  }
  const directionText = text(input.direction);
  const direction = INDICATOR_DIRECTIONS.find((d) => d === directionText);
  if (direction === undefined) {
    problems.push(
      problem(
        'direction',
        'Välj om högre eller lägre värden är bättre.',
        'Choose whether higher or lower values are better.',
      ),
    );
  }
  const baseline = yearValue(
    'baseline',
    input.baselineValue,
    input.baselineYear,
    unit,
    context,
    problems,
  );
  const target = yearValue('target', input.targetValue, input.targetYear, unit, context, problems);
  const source = limited('source', text(input.source), DEFINITION_LIMITS.source, problems);
  const koladaKpi = text(input.koladaKpi).toUpperCase();
  if (koladaKpi !== '' && !KOLADA_KPI.test(koladaKpi)) {
    problems.push(
      problem(
        'koladaKpi',
        'Ett nyckeltal i Kolada skrivs som N eller U och fem siffror, t.ex. N00945.',
        'A Kolada KPI is N or U and five digits, e.g. N00945.',
      ),
    );
  }
  const activityText = text(input.activityId);
  const activity =
    activityText === '' ? null : (context.activities.find((a) => a.id === activityText) ?? null);
  if (activityText !== '' && activity === null) {
    problems.push(
      problem('activityId', 'Aktiviteten finns inte i planen.', 'The plan has no such activity.'),
    );
  }
  const goalText = text(input.goal);
  let goal: number | null = goalText === '' ? null : Number(goalText);
  if (goal !== null && !context.goals.some((g) => g.number === goal)) {
    problems.push(
      problem('goal', 'Inriktningsmålet finns inte i planen.', 'The plan has no such goal.'),
    );
    goal = null;
  }
  if (activity !== null) {
    if (goal !== null && goal !== activity.goal) {
      problems.push(
        problem(
          'goal',
          `Aktiviteten hör till inriktningsmål ${activity.goal}; välj det eller inget mål.`,
          `The activity belongs to goal ${activity.goal}; choose it or no goal.`,
        ),
      );
    }
    goal = activity.goal;
  }
  const organisationText = text(input.organisation);
  if (organisationText !== '' && !context.organisations.some((o) => o.id === organisationText)) {
    problems.push(
      problem('organisation', 'Organisationen finns inte.', 'The organisation does not exist.'),
    );
  }
  if (problems.length > 0 || direction === undefined) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      name,
      nameEn: orNull(nameEn),
      description: orNull(description),
      unit,
      direction: direction satisfies IndicatorDirection,
      goal,
      baseline,
      target,
      source: orNull(source),
      // An activity's indicator is entered by the activity's organisation unless one is named.
      organisation: orNull(organisationText) ?? activity?.organisationId ?? null,
      koladaKpi: orNull(koladaKpi),
      activityId: activity?.id ?? null,
    },
  };
}

/** A new definition's id from its name: kebab-case ASCII ("Andel chefer" → andel-chefer). */
export function definitionId(name: string): string {
  const id = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return id === '' ? 'matt' : id;
}
