import { useHost } from '../teams/teams-context';
import { formatsFor, STOCKHOLM } from './formats';
import { meetingsEn } from './meetings-en';
import { meetingsSv, type MeetingsMessages } from './meetings-sv';

/** The "Möten" view's texts and formatters for the host's language. */
export function useMeetingsMessages(): MeetingsMessages & { language: 'sv' | 'en' } {
  const language = useHost().language;
  return { ...(language === 'en' ? meetingsEn : meetingsSv), language };
}

const zone = STOCKHOLM;
const dayOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone } as const;
const dateFormat = formatsFor(dayOptions);
/** With the year: the group calendar's window may reach into the next year. */
const yearDateFormat = formatsFor({ ...dayOptions, year: 'numeric' });
const timeFormat = formatsFor({ hour: '2-digit', minute: '2-digit', timeZone: zone });
const isoDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: zone,
});

export const formatDay = (language: 'sv' | 'en', iso: string) =>
  dateFormat[language].format(new Date(iso));
export const formatDayWithYear = (language: 'sv' | 'en', iso: string) =>
  yearDateFormat[language].format(new Date(iso));
export const formatTime = (language: 'sv' | 'en', iso: string) =>
  timeFormat[language].format(new Date(iso));
/** The local `YYYY-MM-DD` of an instant (for the move form). */
export const localDate = (iso: string) => isoDate.format(new Date(iso));
