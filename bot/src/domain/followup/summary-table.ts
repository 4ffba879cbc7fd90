/**
 * The follow-up's figures as a table (the export's "Sammanställning" sheet): per inriktningsmål
 * the counts the report draft writes, then the coverage gaps. Pure; from `computeFollowUp`.
 */
import type { FollowUp } from './follow-up';
import { countingSentence } from './follow-up';

export function followUpSummaryTable(followUp: FollowUp): string[][] {
  const rows: string[][] = [
    [
      'Inriktningsmål',
      'Förvaltningar med egna aktiviteter',
      'Bolag med egna aktiviteter',
      'Stadsövergripande aktiviteter',
      'Organisationer som rapporterat',
      'Organisationer som inte rapporterat',
      'Mening i rapporten',
    ],
  ];
  for (const g of followUp.goals) {
    rows.push([
      `${String(g.goal.number)} ${g.goal.title}`,
      String(g.forvaltningar.length),
      String(g.bolag.length),
      String(g.cityWide.length),
      String(g.selection.length),
      g.unreported.map((u) => u.organisation.name).join('; '),
      countingSentence(g.forvaltningar.length, g.bolag),
    ]);
  }
  rows.push([]);
  rows.push(['Luckor', 'Ingen aktivitet tar upp']);
  rows.push(['Fokusområden', followUp.gaps.focusAreas.map((e) => e.name).join('; ')]);
  rows.push(['Perspektiv', followUp.gaps.perspectives.map((e) => e.name).join('; ')]);
  rows.push(['Målgrupper', followUp.gaps.targetGroups.map((e) => e.name).join('; ')]);
  rows.push([
    'Har inte rapporterat i omgången',
    followUp.notReported.map((o) => o.name).join('; '),
  ]);
  return rows;
}
