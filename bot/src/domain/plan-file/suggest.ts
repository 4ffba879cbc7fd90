/** Suggestions for what a person probably meant: the closest known word, an id made from a name. */
import { editDistance, foldKey } from '../import/matching';

/**
 * The candidate closest to `typed` (case, diacritics and punctuation ignored), when it is close
 * enough to be a slip of the keyboard — at most 2 edits, or a third of the word for long words —
 * or the one candidate that starts with what was typed.
 */
export function closestWord(typed: string, candidates: readonly string[]): string | undefined {
  const key = foldKey(typed);
  let best: { word: string; distance: number } | undefined;
  for (const word of candidates) {
    const distance = editDistance(key, foldKey(word));
    if (best === undefined || distance < best.distance) best = { word, distance };
  }
  if (best !== undefined && best.distance <= Math.max(2, Math.floor(key.length / 3))) {
    return best.word;
  }
  // "högre" for "högre-bättre": the start of exactly one candidate.
  const starts = key.length >= 3 ? candidates.filter((w) => foldKey(w).startsWith(key)) : [];
  return starts.length === 1 ? starts[0] : undefined;
}

/** "Våld i nära relation" → "vald-i-nara-relation": an id a person can paste. */
export function idFrom(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
