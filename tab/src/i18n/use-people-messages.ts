import { useMemo } from 'react';
import { useHost } from '../teams/teams-context';
import { peopleEn } from './people-en';
import { peopleSv, type PeopleMessages } from './people-sv';

const zone = 'Europe/Stockholm';
const dayFormat = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};
const instantFormat = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
};

export type PeopleTexts = PeopleMessages & {
  language: 'sv' | 'en';
  /** A local date `YYYY-MM-DD` as "1 juli 2026". */
  day: (date: string) => string;
  /** A UTC instant in Stockholm time. */
  instant: (iso: string) => string;
};

/** The "Personer" view's texts and formatters for the host's language (one object per language). */
export function usePeopleMessages(): PeopleTexts {
  const language = useHost().language;
  return useMemo(
    () => ({
      ...(language === 'en' ? peopleEn : peopleSv),
      language,
      day: (date: string) => dayFormat[language].format(new Date(`${date}T00:00:00Z`)),
      instant: (iso: string) => instantFormat[language].format(new Date(iso)),
    }),
    [language],
  );
}
