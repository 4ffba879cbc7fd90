/**
 * The follow-up's figures as a table (the export's "Sammanställning" sheet): per inriktningsmål
 * the counts the report draft writes, then the coverage gaps, then every organisation's own
 * activities with the stadsövergripande ones apart. Pure; from `computeFollowUp`.
 */
import type { FollowUp } from './follow-up';
import { countingSentence } from './follow-up';
import { FIGURES_DEFINITION } from '../figures/organisation-figures';

/** The header of the per-organisation block, after the gaps (#18 item 1). */
export const ORGANISATION_FIGURES_HEADER = [
  'Förvaltning/bolag',
  'Egna aktiviteter',
  'Egna rapporterade i omgången',
  'Stadsövergripande aktiviteter (räknas för sig)',
  'Stadsövergripande rapporterade i omgången',
] as const;

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
  rows.push([]);
  rows.push([FIGURES_DEFINITION.sv]);
  rows.push([...ORGANISATION_FIGURES_HEADER]);
  for (const f of followUp.organisations) {
    rows.push([
      f.name,
      String(f.own.total),
      String(f.own.reported),
      String(f.cityWide.total),
      String(f.cityWide.reported),
    ]);
  }
  return rows;
}
