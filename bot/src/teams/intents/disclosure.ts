import {
  BEING,
  CLOSE_PEOPLE,
  COLLEAGUES,
  DISCLOSURE_PHRASES,
  FIRST_PERSON,
  FIRST_PERSON_OWNER,
  HOME,
  OBJECTS,
  PRONOUNS,
  STRONG_CUES,
  WEAK_CUES,
  WORK_CONTEXT,
} from './disclosure-data';
import { fold, stripMarkup } from './text';

/**
 * Whether a message reads as someone disclosing violence or asking for help for themselves or
 * someone close. Runs before anything else; pure, deterministic, and biased to recall (a false
 * positive only shows support information privately). Nothing here keeps the text.
 */
export interface Disclosure {
  /** Whose situation: the writer's own, or a colleague's or friend's. */
  readonly about: 'self' | 'other';
}

interface Word {
  /** Lower case as typed (å, ä, ö kept). */
  readonly typed: string;
  /** Folded: no diacritics. */
  readonly folded: string;
}

const ASCII = /^[\x20-\x7e]*$/;

interface Cue {
  readonly text: string;
  readonly prefix: boolean;
  /** Compared with the typed word (the cue has å, ä or ö) or with the folded one. */
  readonly typed: boolean;
}

function compile(cues: readonly string[]): readonly Cue[] {
  return cues.map((cue) => {
    const prefix = cue.endsWith('*');
    const text = prefix ? cue.slice(0, -1) : cue;
    return { text, prefix, typed: !ASCII.test(text) };
  });
}

const strong = compile(STRONG_CUES);
const weak = compile(WEAK_CUES);
const work = compile(WORK_CONTEXT);
const colleagues = compile(COLLEAGUES);
const close = compile([...CLOSE_PEOPLE, ...COLLEAGUES]);
const firstPerson = new Set(FIRST_PERSON);
const owners = new Set(FIRST_PERSON_OWNER);
const pronouns = new Set(PRONOUNS);
const objects = new Set(OBJECTS);
const home = new Set(HOME);
const being = new Set(BEING);

function matches(word: Word, cues: readonly Cue[]): boolean {
  return cues.some((cue) => {
    const form = cue.typed ? word.typed : word.folded;
    return cue.prefix ? form.startsWith(cue.text) : form === cue.text;
  });
}

function wordsOf(text: string): Word[] {
  return stripMarkup(text)
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((typed) => typed !== '' && typed !== '-')
    .map((typed) => ({ typed, folded: fold(typed) }));
}

/**
 * "jag är/blir/har blivit slagen", "min kollega blir hotad", "I am being abused": a subject, a
 * chain of being-verbs, and within three words a cue of violence (or "utsatt" at the end or
 * before one), with no word of the plan's work in between.
 */
function subjectPattern(words: readonly Word[], subject: number): boolean {
  let next = subject + 1;
  while (next < words.length && being.has(words[next]?.folded ?? '')) next += 1;
  if (next === subject + 1) return false;
  for (let i = next; i < Math.min(words.length, next + 3); i += 1) {
    const word = words[i];
    if (word === undefined || matches(word, work)) return false;
    if (matches(word, strong)) return true;
    if (word.folded === 'utsatt') {
      const rest = words.slice(i + 1, i + 5);
      return rest.length === 0 || rest.some((w) => matches(w, strong) || home.has(w.folded));
    }
  }
  return false;
}

/** "slår mig", "hits me", "hotar henne": a cue right before (or one word before) its object. */
function objectPattern(words: readonly Word[], cue: number): boolean {
  return words.slice(cue + 1, cue + 3).some((w) => objects.has(w.folded));
}

function isSubject(word: Word): boolean {
  return (
    firstPerson.has(word.folded) ||
    pronouns.has(word.folded) ||
    matches(word, close) ||
    word.folded === 'nagon'
  );
}

/** The disclosure a message makes, or null. */
export function detectDisclosure(text: string): Disclosure | null {
  const words = wordsOf(text);
  const joined = ` ${words.map((w) => w.folded).join(' ')} `;
  const colleague = words.some((w) => matches(w, colleagues));
  const self = words.some((w) => firstPerson.has(w.folded));
  const about = (): Disclosure => ({
    about:
      colleague && !words.some((w) => objects.has(w.folded) && w.folded !== 'oss')
        ? 'other'
        : 'self',
  });
  if (DISCLOSURE_PHRASES.some((phrase) => joined.includes(` ${phrase} `))) return about();

  const strongAt = words.flatMap((w, i) => (matches(w, strong) ? [i] : []));
  const weakAt = words.flatMap((w, i) => (matches(w, weak) ? [i] : []));
  if (strongAt.length === 0 && weakAt.length === 0) return null;

  // Tight patterns say it happens to someone, even in a message about the work.
  if ([...strongAt, ...weakAt].some((i) => objectPattern(words, i))) return about();
  if (words.some((w, i) => isSubject(w) && subjectPattern(words, i))) return about();

  if (words.some((w) => matches(w, work))) return null;
  const person = words.some((w) => matches(w, close));
  const owned = words.some((w) => owners.has(w.folded));
  const atHome = words.some((w) => home.has(w.folded));
  if (strongAt.length > 0 && (self || owned || person || atHome)) return about();
  if (weakAt.length > 0 && (person || atHome)) return about();
  return null;
}
