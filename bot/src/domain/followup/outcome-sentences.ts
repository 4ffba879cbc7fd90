/**
 * What came of the completed activities (decision 0027), as the follow-up writes it: one
 * sentence per activity reported Genomförd with an outcome in the round. Pure.
 */
import { outcomeSummary } from '../outcomes/outcome';
import type { Activity, Organisation, StatusReport } from '../types';

/** An activity with its report in the round (follow-up.ts's ActivityWithReport, kept apart: no cycle). */
interface ActivityWithReport {
  readonly activity: Activity;
  readonly organisation: Organisation;
  readonly report: StatusReport | null;
}

/** The activities reported Genomförd with an outcome, by organisation name, then title. */
export function completedWithOutcome<T extends ActivityWithReport>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.report?.status === 'genomford' && i.report.outcome !== undefined)
    .sort(
      (a, b) =>
        a.organisation.name.localeCompare(b.organisation.name, 'sv') ||
        a.activity.title.localeCompare(b.activity.title, 'sv'),
    );
}

/**
 * "Stadskontoret har genomfört "Utbildning av chefer". Resultat: Alla förvaltningar deltog (120
 * av 150 chefer utbildade). Underlag: https://…": '' when the report has no outcome.
 */
export function outcomeSentence(item: ActivityWithReport): string {
  const outcome = item.report?.outcome;
  if (outcome === undefined) return '';
  const summary = outcomeSummary(outcome).replace(/[.!]+$/, '');
  const parts = [`${item.organisation.name} har genomfört "${item.activity.title}".`];
  if (summary !== '') parts.push(`Resultat: ${summary}.`);
  if (outcome.links.length > 0) parts.push(`Underlag: ${outcome.links.join(', ')}.`);
  return parts.join(' ');
}
