/** `YYYY-MM-DD` as a long local date ("31 december 2026"); the text itself if it is no date. */
export function formatDate(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** An ISO instant as a short local date and time in Stockholm. */
export function formatInstant(instant: string, locale: string): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(value);
}

/** A `tel:` link for a number as people write it ("020-50 50 50" → "tel:0205050 50" without gaps). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The attribute that marks Swedish data inside a non-Swedish interface. */
export function dataLang(language: string): { lang?: string } {
  return language === 'sv' ? {} : { lang: 'sv' };
}
