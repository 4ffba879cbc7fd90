import type { Language } from '../../i18n';
import { parseCommand } from '../commands';
import { detectDisclosure, type Disclosure } from './disclosure';
import { INTENTS, LIGHT_WORDS, SAME_AS, SLOT, STOP_WORDS, type IntentId } from './intent-data';
import { detectLanguage } from './language';
import { findOrganisation, type OrganisationName } from './organisation-slot';
import { stem, typoBudget, typoDistance, words as wordsOf } from './text';

/**
 * The recogniser: what a message asks for, deterministically and explainably.
 *
 * 1. A disclosure of violence wins over everything (disclosure.ts).
 * 2. An exact command word is that command (commands.ts), never anything else.
 * 3. Otherwise every phrase of intent-data.ts is compared with the message as a set of words:
 *    coverage (how much of the phrase is in the message; stems, a unique start or a small typo
 *    count nearly as much as the word) times precision (how much of the message the phrase
 *    explains). The best phrase above the bar is the intent; one that is close is offered as
 *    "Menade du …?".
 */
export type Recognition =
  | { readonly kind: 'disclosure'; readonly disclosure: Disclosure }
  | {
      readonly kind: 'intent';
      readonly intent: IntentId;
      /** 1 for an exact command; otherwise the phrase's score (0–1). */
      readonly score: number;
      readonly exact: boolean;
      /** The phrase that matched, as written in intent-data.ts (for logs and tests). */
      readonly phrase: string;
      readonly organisation: OrganisationName | null;
    }
  | {
      readonly kind: 'none';
      /** The closest intent when one came near: the "Menade du …?" offer. */
      readonly nearest: { readonly intent: IntentId; readonly score: number } | null;
    };

export interface RecognitionInput {
  readonly text: string;
  /** The organisations the slot may name (from the store). */
  readonly organisations?: readonly OrganisationName[];
}

/** The bar for understanding, and for offering "Menade du …?". */
export const ACCEPT_SCORE = 0.75;
export const NEAR_SCORE = 0.4;

/** The slot as one word that no message contains. */
const SLOT_TOKEN = 'xxorganisationslotxx';
const stopWords = new Set(STOP_WORDS);

interface Token {
  readonly word: string;
  readonly stem: string;
}

function token(word: string): Token {
  const same = SAME_AS[word] ?? word;
  return { word: same, stem: same === SLOT_TOKEN ? same : stem(same) };
}

/** Content words: no stop words, no single letters, synonyms made one. */
function contentTokens(words: readonly string[]): Token[] {
  return words
    .map((w) => SAME_AS[w] ?? w)
    .filter((w) => w === SLOT_TOKEN || (w.length > 1 && !stopWords.has(w)))
    .map(token);
}

interface Phrase {
  readonly intent: IntentId;
  readonly weak: boolean;
  readonly text: string;
  readonly keys: readonly Token[];
}

const PHRASES: readonly Phrase[] = INTENTS.flatMap((intent) =>
  [...intent.sv, ...intent.en].map((text) => ({
    intent: intent.id,
    weak: intent.weak === true,
    text,
    keys: contentTokens(wordsOf(text.replace(SLOT, ` ${SLOT_TOKEN} `))),
  })),
).filter((phrase) => phrase.keys.length > 0);

/**
 * Words that never count against a phrase that leaves them unexplained: greeting and thanks
 * ("hej, vad har jag kvar?") and question words ("vad är deadline?").
 */
const UNCOUNTED = new Set([
  ...PHRASES.filter((p) => p.weak).flatMap((p) => p.keys.map((k) => k.stem)),
  ...LIGHT_WORDS.map((w) => token(w).stem),
]);

/** Every distinct word of the phrases, once: a message word is compared with each just once. */
const VOCABULARY: readonly Token[] = [
  ...new Map(PHRASES.flatMap((p) => p.keys).map((k) => [`${k.word}|${k.stem}`, k])).values(),
];
const vocabularyIndex = new Map(VOCABULARY.map((k, i) => [`${k.word}|${k.stem}`, i]));
/** Each phrase's words as places in the vocabulary, in the order of PHRASES. */
const PHRASE_KEYS: readonly (readonly number[])[] = PHRASES.map((p) =>
  p.keys.map((k) => vocabularyIndex.get(`${k.word}|${k.stem}`) ?? -1),
);

/** How well a message word stands for a phrase word: 1 the same, 0.9 a start, 0.8 a typo, else 0. */
function similarity(message: Token, key: Token): number {
  if (message.stem === key.stem || message.word === key.word) return 1;
  if (key.stem === SLOT_TOKEN || message.stem === SLOT_TOKEN) return 0;
  const [shorter, longer] =
    message.stem.length <= key.stem.length ? [message.stem, key.stem] : [key.stem, message.stem];
  if (shorter.length >= 3 && longer.startsWith(shorter) && longer.length - shorter.length <= 2) {
    return 0.9;
  }
  const budget = typoBudget(Math.max(key.word.length, message.word.length));
  return budget > 0 &&
    (typoDistance(message.stem, key.stem, budget) <= budget ||
      typoDistance(message.word, key.word, budget) <= budget)
    ? 0.8
    : 0;
}

const ROW_CACHE_LIMIT = 5_000;
const rowCache = new Map<string, Float32Array>();

/** A message word's similarity to every word of the vocabulary (cached per word). */
function similarityRow(message: Token): Float32Array {
  const cacheKey = `${message.word}|${message.stem}`;
  const cached = rowCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const row = new Float32Array(VOCABULARY.length);
  VOCABULARY.forEach((key, i) => {
    row[i] = similarity(message, key);
  });
  if (rowCache.size >= ROW_CACHE_LIMIT) rowCache.clear();
  rowCache.set(cacheKey, row);
  return row;
}

interface Scored {
  readonly phrase: Phrase;
  readonly score: number;
  readonly complete: boolean;
}

/** Coverage × precision of one phrase against the message's content words. */
function scorePhrase(
  phrase: Phrase,
  keys: readonly number[],
  message: readonly Token[],
  rows: readonly Float32Array[],
): Scored {
  const used = new Set<number>();
  let covered = 0;
  let complete = true;
  for (const k of keys) {
    let best = 0;
    let at = -1;
    rows.forEach((row, i) => {
      if (used.has(i)) return;
      const value = row[k] ?? 0;
      if (value > best) {
        best = value;
        at = i;
      }
    });
    if (at >= 0) used.add(at);
    else complete = false;
    covered += best;
  }
  const counted = message.filter((w, i) => used.has(i) || !UNCOUNTED.has(w.stem)).length;
  const precision = counted === 0 ? 0 : used.size / counted;
  const coverage = covered / phrase.keys.length;
  return { phrase, score: coverage * (0.4 + 0.6 * precision), complete };
}

function better(a: Scored, b: Scored | null): boolean {
  if (b === null) return true;
  if (a.score !== b.score) return a.score > b.score;
  return a.phrase.keys.length > b.phrase.keys.length;
}

/**
 * A disclosure or an exact command word: what needs no organisation names to tell. Null when
 * the words need understanding (`recognise`).
 */
export function recogniseQuickly(text: string): Recognition | null {
  const disclosure = detectDisclosure(text);
  if (disclosure !== null) return { kind: 'disclosure', disclosure };
  const command = parseCommand(text);
  if (command === null) return null;
  return {
    kind: 'intent',
    intent: command.id,
    score: 1,
    exact: true,
    phrase: command.id,
    organisation: null,
  };
}

/** What the message asks for. */
export function recognise(input: RecognitionInput): Recognition {
  const quick = recogniseQuickly(input.text);
  if (quick !== null) return quick;
  const words = wordsOf(input.text);
  const slot = findOrganisation(words, input.organisations ?? []);
  const withSlot =
    slot === null
      ? words
      : [...words.slice(0, slot.start), SLOT_TOKEN, ...words.slice(slot.start + slot.length)];
  const message = contentTokens(withSlot);
  if (message.length === 0) return { kind: 'none', nearest: null };

  const rows = message.map(similarityRow);
  let best: Scored | null = null;
  let nearest: Scored | null = null;
  for (const [i, phrase] of PHRASES.entries()) {
    const scored = scorePhrase(phrase, PHRASE_KEYS[i] ?? [], message, rows);
    if (scored.complete && better(scored, best)) best = scored;
    if (better(scored, nearest)) nearest = scored;
  }
  if (best !== null && best.score >= ACCEPT_SCORE) {
    return {
      kind: 'intent',
      intent: best.phrase.intent,
      score: best.score,
      exact: false,
      phrase: best.phrase.text,
      organisation: slot?.organisation ?? null,
    };
  }
  const near = best !== null && best.score >= NEAR_SCORE ? best : nearest;
  return {
    kind: 'none',
    nearest:
      near !== null && near.score >= NEAR_SCORE
        ? { intent: near.phrase.intent, score: near.score }
        : null,
  };
}

/** The language a message is written in, if its words tell (exact commands first). */
export function messageLanguage(text: string | undefined): Language | null {
  if (text === undefined) return null;
  const command = parseCommand(text);
  if (command !== null) return command.language;
  return detectLanguage(text);
}
