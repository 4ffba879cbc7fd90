import { foldKey, organisationKey } from '../../domain/import/matching';
import { typoBudget, typoDistance } from './text';

/**
 * Finds an organisation named inside a sentence ("hur går det för fritid?"), with the import's
 * forgiving keys (case, dashes and the "förvaltningen" suffix do not matter), the words of a
 * name on their own ("vård", "kultur"), a unique start ("stadsbyggnad") and small typos
 * ("grundskolan", "gymnasiet"). Pure.
 */
export interface OrganisationName {
  readonly id: string;
  readonly name: string;
}

export interface SlotMatch<T extends OrganisationName> {
  readonly organisation: T;
  /** Index of the first word and how many words name it. */
  readonly start: number;
  readonly length: number;
}

interface Keyed<T> {
  readonly organisation: T;
  readonly keys: readonly string[];
}

const SKIP_WORDS = new Set(['och', 'ab', 'i', 'of', 'the']);
const MIN_WORD_KEY = 3;
const MIN_PREFIX = 5;
/** The longest run of words tried as one name ("hälsa vård och omsorg"). */
const MAX_WORDS = 5;

const cache = new WeakMap<readonly OrganisationName[], readonly Keyed<OrganisationName>[]>();

/** Each organisation's keys: its whole name and id, and the words of its name no other one shares. */
function keyed<T extends OrganisationName>(organisations: readonly T[]): readonly Keyed<T>[] {
  const cached = cache.get(organisations);
  if (cached !== undefined) return cached as readonly Keyed<T>[];
  const wordKeys = organisations.map((o) =>
    o.name
      .split(/[\s,–—-]+/)
      .filter((w) => !SKIP_WORDS.has(w.toLocaleLowerCase('sv-SE')))
      .map(organisationKey)
      .filter((k) => k.length >= MIN_WORD_KEY),
  );
  const count = new Map<string, number>();
  for (const keys of wordKeys) for (const k of new Set(keys)) count.set(k, (count.get(k) ?? 0) + 1);
  const result = organisations.map((organisation, i) => ({
    organisation,
    keys: [
      ...new Set([
        organisationKey(organisation.name),
        organisationKey(organisation.id),
        foldKey(organisation.name),
        ...(wordKeys[i] ?? []).filter((k) => count.get(k) === 1),
      ]),
    ].filter((k) => k !== ''),
  }));
  cache.set(organisations, result);
  return result;
}

/** How well a typed key names an organisation: 0 exact, 1 a typo or a unique start, or null. */
function closeness(typed: string, keys: readonly string[]): number | null {
  let best: number | null = null;
  for (const key of keys) {
    if (key === typed) return 0;
    // Names of five letters or fewer ("hälsa", "vård") only as typed: "hallå" is not "hälsa".
    const budget = key.length <= 5 ? 0 : typoBudget(key.length);
    if (budget > 0 && typoDistance(typed, key, budget) <= budget) best = 1;
    else if (typed.length >= MIN_PREFIX && key.startsWith(typed)) best = best ?? 1;
  }
  return best;
}

/** The organisation a run of words names, when exactly one fits best. */
function organisationFor<T extends OrganisationName>(
  typed: string,
  organisations: readonly Keyed<T>[],
): T | null {
  if (typed.length < MIN_WORD_KEY) return null;
  let best: { organisation: T; score: number } | null = null;
  let tie = false;
  for (const entry of organisations) {
    const score = closeness(typed, entry.keys);
    if (score === null) continue;
    if (best === null || score < best.score) {
      best = { organisation: entry.organisation, score };
      tie = false;
    } else if (score === best.score && entry.organisation.id !== best.organisation.id) {
      tie = true;
    }
  }
  return best === null || tie ? null : best.organisation;
}

/** The first organisation named in the words (folded, in order), longest run of words first. */
export function findOrganisation<T extends OrganisationName>(
  words: readonly string[],
  organisations: readonly T[],
): SlotMatch<T> | null {
  if (organisations.length === 0) return null;
  const entries = keyed(organisations);
  for (let length = Math.min(MAX_WORDS, words.length); length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const typed = organisationKey(words.slice(start, start + length).join(''));
      const organisation = organisationFor(typed, entries);
      if (organisation !== null) return { organisation, start, length };
    }
  }
  return null;
}
