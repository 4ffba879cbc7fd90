/**
 * Starting the next plan period (issue 15 item 4, decision 0028): which goal of the new plan an
 * old goal's activities go on under. Suggested where the texts match, then confirmed by a
 * person (the CLI prints the suggestion; nothing is carried without a confirmed mapping). Pure.
 */
import type { Goal, Plan } from '../types';

/** How an old goal's suggestion was found: the same title, or mostly the same words. */
export type GoalMatch = 'same-text' | 'similar-text';

export interface GoalSuggestion {
  readonly from: number;
  /** The new plan's goal number, or null when no goal's text matches (a person chooses). */
  readonly to: number | null;
  readonly match: GoalMatch | null;
}

/** A text as compared: lower case, letters and digits only, single spaces. */
export function normaliseText(text: string): string {
  return text
    .toLocaleLowerCase('sv-SE')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .split(' ')
      .filter((w) => w.length >= 3),
  );
}

/** Shared words over all words of the two texts (0–1). */
function overlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / new Set([...x, ...y]).size;
}

/** Words in common that make two goal titles "the same goal, reworded". */
export const SIMILAR_TEXT_THRESHOLD = 0.5;

function suggestOne(goal: Goal, candidates: readonly Goal[]): GoalSuggestion {
  const same = candidates.find((g) => normaliseText(g.title) === normaliseText(goal.title));
  if (same !== undefined) return { from: goal.number, to: same.number, match: 'same-text' };
  let best: { goal: Goal; score: number } | undefined;
  for (const candidate of candidates) {
    const score = overlap(goal.title, candidate.title);
    if (score >= SIMILAR_TEXT_THRESHOLD && (best === undefined || score > best.score))
      best = { goal: candidate, score };
  }
  return best === undefined
    ? { from: goal.number, to: null, match: null }
    : { from: goal.number, to: best.goal.number, match: 'similar-text' };
}

/** A suggestion for each of the old plan's goals, in its order. */
export function suggestGoalMapping(from: Plan, to: Plan): GoalSuggestion[] {
  return from.goals.map((goal) => suggestOne(goal, to.goals));
}

/**
 * A confirmed mapping as a person writes it: `1=1,2=3` (old=new). Returns the pairs, or the
 * parts that are not `number=number`.
 */
export function parseGoalMapping(
  text: string,
): { ok: true; mapping: ReadonlyMap<number, number> } | { ok: false; bad: string[] } {
  const mapping = new Map<number, number>();
  const bad: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^(\d{1,3})\s*=\s*(\d{1,3})$/.exec(part);
    if (match === null) bad.push(part);
    else mapping.set(Number(match[1]), Number(match[2]));
  }
  return bad.length > 0 ? { ok: false, bad } : { ok: true, mapping };
}
