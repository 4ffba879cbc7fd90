/**
 * Forgiving matching of what people type in their Excel sheets against the known
 * organisations, goals, statuses and catalog entries. Pure.
 */
import type { Goal, Organisation, ReportStatus } from '../types';

/**
 * A pure string function with a bounded cache: an import of 20,000 rows folds the same few
 * hundred names (organisations, statuses, catalog entries) again and again.
 */
function memoized(fn: (text: string) => string, size = 4096): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    if (text.length <= 200) cache.set(text, value);
    return value;
  };
}

/** Lower case, no diacritics, letters and digits only: "Hälsa-, vård- och omsorg" → "halsavardochomsorg". */
export const foldKey = memoized((text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^\p{L}\p{N}]/gu, ''),
);

/** An organisation's key: folded, without a "förvaltningen"/"förvaltning" suffix and the genitive s. */
export const organisationKey = memoized((text: string): string =>
  foldKey(text)
    .replace(/forvaltning(en)?$/, '')
    .replace(/s$/, ''),
);

/** Levenshtein distance (small strings: names and headers). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The (up to) `count` names closest to `key` (the smallest edit distance over a candidate's
 * keys), closest first, leaving out names much further away than the closest.
 */
export function closestNames(
  key: string | readonly string[],
  candidates: readonly { name: string; key: string | readonly string[] }[],
  count = 3,
): string[] {
  const keys = typeof key === 'string' ? [key] : key;
  const ranked = candidates
    .map((c) => {
      const theirs = typeof c.key === 'string' ? [c.key] : c.key;
      const distance = Math.min(...keys.flatMap((k) => theirs.map((t) => editDistance(k, t))));
      return { name: c.name, distance };
    })
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name, 'sv'));
  const best = ranked[0]?.distance ?? 0;
  return ranked
    .filter((c) => c.distance <= best + 2)
    .slice(0, count)
    .map((c) => c.name);
}

/** A match, or the closest names (worked out only when asked for: they cost an edit distance each). */
export type Match<T> = { ok: true; value: T } | { ok: false; suggestions: () => string[] };

/** Matches an organisation by name or id: case, whitespace, dashes and a "förvaltningen" suffix do not matter. */
export function matchOrganisation(
  text: string,
  organisations: readonly Organisation[],
): Match<Organisation> {
  const key = organisationKey(text);
  const found = organisations.find(
    (o) => organisationKey(o.name) === key || organisationKey(o.id) === key,
  );
  if (found !== undefined) return { ok: true, value: found };
  return {
    ok: false,
    suggestions: () =>
      closestNames(
        [key, foldKey(text)],
        organisations.map((o) => ({
          name: o.name,
          key: [organisationKey(o.name), foldKey(o.name)],
        })),
      ),
  };
}

/**
 * Matches an inriktningsmål by its number ("3", "Inriktningsmål 3", "Mål 3 – …") or by its
 * text. A number the plan does not have is `{ ok: false, number }`.
 */
export function matchGoal(
  text: string,
  goals: readonly Goal[],
): Match<Goal> | { ok: false; number: number } {
  const numbered = /^\s*(?:inriktningsm[aå]l|m[aå]l)?\s*(\d+)(?:[.,]0+)?(?=$|[\s.:\-–—])/iu.exec(
    text,
  );
  if (numbered !== null) {
    const number = Number(numbered[1]);
    const goal = goals.find((g) => g.number === number);
    return goal === undefined ? { ok: false, number } : { ok: true, value: goal };
  }
  const key = foldKey(text);
  const goal = goals.find((g) => foldKey(g.title) === key);
  if (goal !== undefined) return { ok: true, value: goal };
  return {
    ok: false,
    suggestions: () =>
      closestNames(
        key,
        goals.map((g) => ({ name: `${g.number} ${g.title}`, key: foldKey(g.title) })),
        2,
      ),
  };
}

/** Swedish status labels as people write them; the first of each is what export writes. */
export const STATUS_WORDS: Readonly<Record<ReportStatus, readonly string[]>> = {
  'ej-paborjad': ['Ej påbörjad', 'ej påbörjat', 'inte påbörjad', 'inte påbörjat', 'ej-paborjad'],
  pagar: ['Pågår', 'pågående', 'påbörjad', 'påbörjat'],
  'pagar-med-avvikelse': ['Pågår med avvikelse', 'avvikelse', 'pagar-med-avvikelse'],
  framflyttad: ['Framflyttad', 'framflyttat', 'senarelagd', 'senarelagt', 'uppskjuten'],
  genomford: ['Genomförd', 'genomfört', 'klar', 'avslutad', 'slutförd'],
  avbruten: ['Avbruten', 'avbrutet', 'avbruten aktivitet'],
};

/** Words that mean "no report in this round", same as an empty cell. */
const NOT_REPORTED = new Set(['ejrapporterad', 'ejrapporterat', 'interapporterad']);

/** A status cell: a report status, `null` for no report (empty or "ej rapporterad"), or undefined when unknown. */
export function matchStatus(text: string): ReportStatus | null | undefined {
  const key = foldKey(text);
  if (key === '' || NOT_REPORTED.has(key)) return null;
  for (const [status, words] of Object.entries(STATUS_WORDS) as [ReportStatus, string[]][]) {
    if (words.some((w) => foldKey(w) === key)) return status;
  }
  return undefined;
}

/**
 * Splits a multi-value cell on ';' or ','. A comma right after a hyphen belongs to a
 * Swedish compound ("Hälsa-, vård- och omsorgsförvaltningen") and does not split.
 */
export function splitValues(text: string): string[] {
  return text
    .split(/;|(?<!-),/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
