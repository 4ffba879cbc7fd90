/**
 * Text normalisation for the intent recogniser: what a message becomes before it is compared
 * with the phrases in intent-data.ts. Pure and deterministic: case, punctuation, diacritics and
 * common Swedish and English inflections do not matter, and a small typo costs little.
 */

/** Removes the HTML Teams wraps messages in and decodes the few entities it uses. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** Lower case without diacritics: "Påminn NU" → "paminn nu". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');
}

/** Words of a text, folded, split on anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return fold(stripMarkup(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Endings stripped by `stem`, longest first (a light Swedish stemmer after Snowball's step 1,
 * plus the English -ing, -ed and plural -s). A stem keeps at least three letters.
 */
const SUFFIXES = [
  'heterna',
  'hetens',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'arens',
  'andet',
  'anden',
  'heten',
  'heter',
  'arna',
  'erna',
  'orna',
  'ande',
  'arne',
  'aste',
  'aren',
  'ades',
  'erns',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ing',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'ed',
  'a',
  'e',
] as const;

/** Letters after which a final -s is an ending (Snowball's s-ending), not part of the word. */
const S_ENDING = /[bcdfghjklmnoprtvy]s$/;
const DOUBLE_END = /(dd|gd|nn|dt|gt|kt|tt)$/;
const MIN_STEM = 3;

function stripOnce(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, -suffix.length);
    }
  }
  if (S_ENDING.test(word) && word.length - 1 >= MIN_STEM) return word.slice(0, -1);
  return word;
}

/**
 * The stem of a folded word: at most two endings stripped ("rapporterade" → "rapporter" →
 * "rapport"), then a final double consonant made single ("nytt" → "nyt").
 * Applied the same way to messages and phrases, so only consistency matters, not linguistics.
 */
export function stem(word: string): string {
  const once = stripOnce(word);
  const twice = once === word ? once : stripOnce(once);
  return DOUBLE_END.test(twice) && twice.length > MIN_STEM ? twice.slice(0, -1) : twice;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or
 * `max + 1` as soon as it is certain to exceed `max` (most comparisons stop after a row or two).
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many typos a word of this length may carry and still count: none in short words. */
export function typoBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}
