import en from './en.json';
import sv from './sv.json';

/** Every message key; Swedish is the source of truth, English must have the same keys (checked in tests). */
export type MessageKey = keyof typeof sv;
export type Language = 'sv' | 'en';

// Copies, so that `withMessages` never changes the imported JSON modules.
const catalogs: Record<Language, Record<MessageKey, string>> = { sv: { ...sv }, en: { ...en } };

/** Swedish first: only an explicit English locale (en, en-US, en-GB …) gives English. */
export function languageOf(locale: string | undefined | null): Language {
  return locale !== undefined && locale !== null && /^en\b/i.test(locale) ? 'en' : 'sv';
}

/** Looks up a message and fills `{name}` placeholders. Unknown placeholders are left visible. */
export function t(
  language: Language,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    const value = vars[name];
    return value === undefined
      ? whole
      : withoutDoubledWord(template.slice(0, offset), String(value));
  });
}

/**
 * A value that starts with the word that precedes its placeholder loses that word, so a round
 * titled "Inför mötet 12 mars" in "Status inför {round}" reads "Status inför mötet 12 mars",
 * never "Status inför Inför mötet …".
 */
export function withoutDoubledWord(before: string, value: string): string {
  const last = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (last === undefined) return value;
  const first = /^(\p{L}+)\s+/u.exec(value);
  if (first === null || (first[1] ?? '').toLocaleLowerCase('sv') !== last.toLocaleLowerCase('sv'))
    return value;
  return value.slice(first[0].length);
}

/** True for a key of the catalogs (built in, or added with `withMessages`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.sv, key) && Object.hasOwn(catalogs.en, key);
}

/**
 * Adds messages in both languages and returns the undo: the extension point for a test's own
 * reminder kind (decision 0029). Real messages live in sv.json and en.json; an existing key is
 * never replaced, and Swedish and English must name the same keys.
 */
export function withMessages(messages: Record<Language, Record<string, string>>): () => void {
  const keys = Object.keys(messages.sv).sort();
  if (keys.join('\n') !== Object.keys(messages.en).sort().join('\n')) {
    throw new RangeError('withMessages: Swedish and English must have the same keys');
  }
  const taken = keys.find((key) => Object.hasOwn(catalogs.sv, key));
  if (taken !== undefined) throw new RangeError(`withMessages: ${taken} exists`);
  const open = catalogs as Record<Language, Record<string, string>>;
  for (const language of ['sv', 'en'] as const) Object.assign(open[language], messages[language]);
  return () => {
    for (const language of ['sv', 'en'] as const) {
      for (const key of keys) delete open[language][key];
    }
  };
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, vars) => t(language, key, vars);
}

/** Creating an Intl formatter is expensive; one per language is enough. */
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }),
};

/** Local calendar date in Europe/Stockholm for display, e.g. "12 mars 2024" / "12 March 2024". */
export function formatDate(language: Language, iso: string): string {
  return dateFormats[language].format(new Date(iso));
}
