import { useMemo } from 'react';
import { useHost } from '../teams/teams-context';
import { formatsFor, STOCKHOLM } from './formats';
import { peopleEn } from './people-en';
import { peopleSv, type PeopleMessages } from './people-sv';

const dayFormat = formatsFor({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const instantFormat = formatsFor({ dateStyle: 'medium', timeStyle: 'short', timeZone: STOCKHOLM });

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
