/** What a valid plan holds, in a Swedish line for the person who just checked the file. */
import type { PlanDocument, PlanOrganisationKind } from './plan-document';
import { planFullTitle } from './plan-document';

const KIND_WORDS: Readonly<Record<PlanOrganisationKind, readonly [string, string]>> = {
  forvaltning: ['förvaltning', 'förvaltningar'],
  bolag: ['bolag', 'bolag'],
  'stadsovergripande-funktion': ['stadsövergripande funktion', 'stadsövergripande funktioner'],
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * `Planen är giltig: Fri från våld – en gemensam angelägenhet 2022–2026.` followed by what it
 * holds: `6 inriktningsmål, 23 strategier, 15 organisationer (13 förvaltningar, 1 bolag, …), …`.
 */
export function planSummaryLines(plan: PlanDocument): string[] {
  const strategies = plan.goals.reduce((sum, g) => sum + g.strategies.length, 0);
  const kinds = (Object.keys(KIND_WORDS) as PlanOrganisationKind[])
    .map((kind) => ({ kind, n: plan.organisations.filter((o) => o.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => count(n, ...KIND_WORDS[kind]));
  const cityWide = plan.headings.find((h) => h.cityWide);
  return [
    `Planen är giltig: ${planFullTitle(plan)} ${plan.period.from}–${plan.period.to}.`,
    [
      count(plan.goals.length, 'inriktningsmål', 'inriktningsmål'),
      count(strategies, 'strategi', 'strategier'),
      `${count(plan.organisations.length, 'organisation', 'organisationer')} (${kinds.join(', ')})`,
      count(plan.focusAreas.length, 'fokusområde', 'fokusområden'),
      count(plan.perspectives.length, 'perspektiv', 'perspektiv'),
      count(plan.targetGroups.length, 'målgrupp', 'målgrupper'),
      count(plan.preventionLevels.length, 'preventionsnivå', 'preventionsnivåer'),
      count(plan.perpetratorGroups.length, 'våldsutövargrupp', 'våldsutövargrupper'),
      count(plan.headings.length, 'rubrik', 'rubriker'),
      count(plan.indicators.length, 'mått', 'mått'),
    ].join(', ') + '.',
    ...(cityWide === undefined ? [] : [`Stadsövergripande rubrik: ${cityWide.name}.`]),
  ];
}
