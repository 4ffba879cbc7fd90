/**
 * The report draft's chapter on the indicators (decision 0026), pure: per inriktningsmål its
 * indicators with their values, trend and source; "saknas" with the reason when Kolada could
 * not be read. Appended after the follow-up's own chapters.
 */
import type { DraftBlock } from '../followup/report-draft';
import type { Goal } from '../types';
import type { IndicatorSummary } from './indicator-summary';
import { indicatorSentences } from './indicator-text';

export function indicatorDraftBlocks(
  indicators: readonly IndicatorSummary[],
  goals: readonly Pick<Goal, 'number' | 'title'>[],
): DraftBlock[] {
  if (indicators.length === 0) return [];
  const blocks: DraftBlock[] = [{ kind: 'heading', level: 2, text: 'Mått' }];
  const groups = [
    ...goals.map((g) => ({ heading: `Inriktningsmål ${g.number}: ${g.title}`, goal: g.number })),
    { heading: 'Hela planen', goal: null },
  ];
  for (const group of groups) {
    const own = indicators.filter((m) => m.goal === group.goal);
    if (own.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: group.heading });
    for (const m of own) blocks.push({ kind: 'bullet', lead: m.name, text: indicatorSentences(m) });
  }
  return blocks;
}
