/**
 * Indicator values in the report card (issue 19 item 1, decision 0032): the indicators the
 * reporting organisation owns for the activity or its inriktningsmål, each with its stored
 * value for the round; the typed values checked before anything is stored, and stored through
 * the same service as the API (`enterIndicatorValue`). Pure rules plus reads through the ports.
 */
import { parseIndicatorValue } from '../indicators/indicator-value';
import type { Activity, Member, ReportingRound } from '../types';
import {
  canEnterValue,
  enterIndicatorValue,
  indicatorsOfPlan,
  isIndicatorRefusal,
  type IndicatorDefinitionLike,
  type IndicatorDeps,
  type IndicatorRefusal,
} from './indicator-service';
import { resolvedPlanOrUndefined } from './resolve-plan';

/** One number field of the report card. */
export interface ReportIndicatorField {
  readonly indicatorId: string;
  readonly name: string;
  /** The English name, when the indicator has one. */
  readonly nameEn: string | null;
  readonly unit: string;
  /** The stored value for the round as a Swedish number ("12,5"), or '' when none. */
  readonly stored: string;
}

/** The indicator's name in the reader's language: English when it has an English name. */
export const indicatorName = (
  field: { readonly name: string; readonly nameEn?: string | null },
  language: 'sv' | 'en',
): string =>
  language === 'en' && field.nameEn !== undefined && field.nameEn !== null && field.nameEn !== ''
    ? field.nameEn
    : field.name;

/** The card's input id of an indicator's field. */
export const indicatorInputId = (indicatorId: string): string => `indicator:${indicatorId}`;

/** A stored number as people type it: a decimal comma, no thousands separator. */
export const typedNumber = (value: number): string => String(value).replace('.', ',');

/** Does the indicator follow up this activity (its own, or its inriktningsmål's)? */
function concerns(indicator: IndicatorDefinitionLike, activity: Activity): boolean {
  const own = indicator.activityId ?? null;
  if (own !== null) return own === activity.id;
  return indicator.goal === activity.goal;
}

/**
 * The fields the report form offers `member` for `activity` in `round`: the indicators of the
 * activity's plan that the activity's organisation owns, that concern the activity, that are
 * not read from Kolada and that the member may enter. None when indicators are not wired.
 */
export async function reportIndicatorFields(
  deps: IndicatorDeps | null | undefined,
  member: Member | undefined,
  activity: Activity,
  round: ReportingRound,
): Promise<ReportIndicatorField[]> {
  if (deps === null || deps === undefined || member === undefined) return [];
  const plan = await resolvedPlanOrUndefined(deps.store, activity.planId);
  if (plan === undefined) return [];
  const current = await resolvedPlanOrUndefined(deps.store);
  // Values are entered for the current plan's indicators only (enterIndicatorValue).
  if (current?.id !== plan.id) return [];
  const owned = (await indicatorsOfPlan(deps, plan)).filter(
    (d) =>
      d.organisation === activity.organisationId &&
      concerns(d, activity) &&
      canEnterValue(member, d),
  );
  if (owned.length === 0) return [];
  const values = await deps.indicators.listValues(plan.id);
  return owned.map((d) => {
    const stored = values.find((v) => v.indicatorId === d.id && v.roundId === round.id);
    return {
      indicatorId: d.id,
      name: d.name,
      nameEn: d.nameEn,
      unit: d.unit,
      stored: stored === undefined ? '' : typedNumber(stored.value),
    };
  });
}

/** What the user typed into the card's indicator fields, by indicator id (untrusted). */
export type TypedIndicatorValues = Readonly<Record<string, string>>;

export interface IndicatorFieldProblem {
  readonly indicatorId: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly message: string;
  readonly messageEn: string;
}

/**
 * The typed values that are refused (a non-number, out of range for the unit). An empty field
 * means "no value this time" and is no problem; a field the form did not offer is ignored.
 */
export function indicatorFieldProblems(
  fields: readonly ReportIndicatorField[],
  typed: TypedIndicatorValues,
): IndicatorFieldProblem[] {
  const problems: IndicatorFieldProblem[] = [];
  for (const field of fields) {
    const text = (typed[field.indicatorId] ?? '').trim();
    if (text === '') continue;
    const parsed = parseIndicatorValue(text, field.unit);
    if (!parsed.ok) {
      problems.push({
        indicatorId: field.indicatorId,
        name: field.name,
        nameEn: field.nameEn,
        message: parsed.message,
        messageEn: parsed.messageEn,
      });
    }
  }
  return problems;
}

/**
 * Stores the typed values that differ from what the round holds (an unchanged or empty field
 * stores nothing), each through `enterIndicatorValue`. Returns the ids stored and the refusals.
 */
export async function saveReportIndicatorValues(
  deps: IndicatorDeps,
  member: Member,
  round: ReportingRound,
  fields: readonly ReportIndicatorField[],
  typed: TypedIndicatorValues,
  now: Date,
): Promise<{ saved: string[]; refused: IndicatorRefusal[] }> {
  const saved: string[] = [];
  const refused: IndicatorRefusal[] = [];
  for (const field of fields) {
    const text = (typed[field.indicatorId] ?? '').trim();
    if (text === '') continue;
    const parsed = parseIndicatorValue(text, field.unit);
    if (parsed.ok && field.stored !== '' && typedNumber(parsed.value) === field.stored) continue;
    const result = await enterIndicatorValue(
      deps,
      member,
      { indicatorId: field.indicatorId, roundId: round.id, value: text },
      now,
    );
    if (isIndicatorRefusal(result)) refused.push(result);
    else saved.push(field.indicatorId);
  }
  return { saved, refused };
}
