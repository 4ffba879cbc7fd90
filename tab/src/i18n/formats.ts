/** The time zone the samordningsgrupp meets in. */
export const STOCKHOLM = 'Europe/Stockholm';

/** The tab's two languages as Intl locales. */
const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** One date or time format per language, made once (formatters are costly to make). */
export function formatsFor(
  options: Intl.DateTimeFormatOptions,
): Readonly<Record<'sv' | 'en', Intl.DateTimeFormat>> {
  return {
    sv: new Intl.DateTimeFormat(LOCALES.sv, options),
    en: new Intl.DateTimeFormat(LOCALES.en, options),
  };
}
