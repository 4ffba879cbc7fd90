import { en } from './en';
import type { Language, Messages } from './messages';
import { sv } from './sv';

export type { Language, Messages } from './messages';

/** Swedish unless the locale (e.g. Teams' `en-US`, `en-gb`) is English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : sv;
}
