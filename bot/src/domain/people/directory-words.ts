/**
 * How Entra ID's `$search` on displayName matches (Microsoft Graph, "Use $search on directory
 * object collections"): no "contains"; the value and the search text are split into words
 * at spaces, symbols, digits and a lower-to-upper case change (`HelloWorld` → hello, world;
 * `HELLOworld` stays one word), words joined only by symbols also count joined
 * (`hello-world` → hello, world, helloworld), and every word of the search text must begin a
 * word of the value, in any order, whatever the case. The local directory uses this, so the
 * demo users are found as a tenant's people would be. Pure.
 */

const RUN = /\p{L}+|\p{N}+/gu;
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/u;

/** The lower-cased words of `text`, as the directory's search splits it. */
export function directoryWords(text: string): string[] {
  const words: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    const runs = chunk.match(RUN) ?? [];
    for (const run of runs) {
      for (const part of run.split(CASE_CHANGE)) words.push(part.toLocaleLowerCase('sv-SE'));
    }
    const letters = runs.filter((run) => /^\p{L}+$/u.test(run));
    if (letters.length > 1) words.push(letters.join('').toLocaleLowerCase('sv-SE'));
  }
  return words;
}

/** Whether every word of `query` begins a word of `value` (false for a query without words). */
export function matchesDirectorySearch(value: string, query: string): boolean {
  const wanted = directoryWords(query);
  if (wanted.length === 0) return false;
  const words = directoryWords(value);
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
