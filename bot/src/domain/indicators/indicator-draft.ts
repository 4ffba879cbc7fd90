/**
 * The indicators in the report draft (decisions 0026 and 0032), pure: each goal chapter of the
 * follow-up ("5.n Inriktningsmål n - …") ends with a subsection "Mått" listing its indicators
 * with their values, trend and source ("saknas" with the reason when Kolada could not be
 * read). Indicators of the whole plan, or of a goal the draft has no chapter for, get a chapter
 * of their own after the follow-up's; a plan without indicators gives the draft unchanged.
 */
import type { DraftBlock } from '../followup/report-draft';
import type { IndicatorSummary } from './indicator-summary';
import { indicatorSentences } from './indicator-text';

/** A goal chapter's heading as the draft writes it: "5.3 Inriktningsmål 3 - …". */
const GOAL_HEADING = /^(\d+\.\d+) Inriktningsmål (\d+) - /;

const bullets = (indicators: readonly IndicatorSummary[]): DraftBlock[] =>
  indicators.map((m) => ({ kind: 'bullet', lead: m.name, text: indicatorSentences(m) }));

/** Where each goal chapter ends in `blocks` (index of the next level 1–2 heading, or the end). */
function goalChapters(blocks: readonly DraftBlock[]) {
  const chapters: { goal: number; section: string; end: number; subsections: number }[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading') return;
    const open = chapters.at(-1);
    if (block.level <= 2 && open !== undefined && open.end === -1) open.end = i;
    if (block.level === 3 && open !== undefined && open.end === -1) open.subsections += 1;
    const match = block.level === 2 ? GOAL_HEADING.exec(block.text) : null;
    if (match !== null) {
      chapters.push({
        goal: Number(match[2]),
        section: match[1] ?? '',
        end: -1,
        subsections: 0,
      });
    }
  });
  const last = chapters.at(-1);
  if (last !== undefined && last.end === -1) last.end = blocks.length;
  return chapters;
}

/** The draft with its indicators placed under their inriktningsmål. */
export function withIndicatorBlocks(
  blocks: readonly DraftBlock[],
  indicators: readonly IndicatorSummary[],
): DraftBlock[] {
  if (indicators.length === 0) return [...blocks];
  const chapters = goalChapters(blocks);
  const placed = new Set<string>();
  const out: DraftBlock[] = [];
  blocks.forEach((block, i) => {
    for (const chapter of chapters.filter((c) => c.end === i)) out.push(...goalSection(chapter));
    out.push(block);
  });
  for (const chapter of chapters.filter((c) => c.end === blocks.length)) {
    out.push(...goalSection(chapter));
  }
  const rest = indicators.filter((m) => !placed.has(m.id));
  if (rest.length > 0) {
    out.push({ kind: 'heading', level: 1, text: 'Mått för hela planen' });
    out.push(...bullets(rest));
  }
  return out;

  function goalSection(chapter: ReturnType<typeof goalChapters>[number]): DraftBlock[] {
    const own = indicators.filter((m) => m.goal === chapter.goal);
    if (own.length === 0) return [];
    for (const m of own) placed.add(m.id);
    return [
      {
        kind: 'heading',
        level: 3,
        text: `${chapter.section}.${String(chapter.subsections + 1)} Mått`,
      },
      ...bullets(own),
    ];
  }
}
