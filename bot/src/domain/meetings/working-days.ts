import Holidays from 'date-holidays';
import { addDays, isoWeekday, type LocalDate } from './local-time';

/**
 * Swedish working days: Monday–Friday except public holidays ("röda dagar") and the eves
 * that are days off in practice. `date-holidays` (pure computation, no I/O) knows the
 * Easter-based and moving holidays; it types midsommarafton, julafton and nyårsafton as
 * bank holidays, so they are named here explicitly.
 */
const DAYS_OFF_BY_NAME: ReadonlySet<string> = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

export interface WorkingDayCalendar {
  /** The Swedish name of the holiday on a local date, or null. */
  holidayName(date: LocalDate): string | null;
  /** Monday–Friday and not a holiday. */
  isWorkingDay(date: LocalDate): boolean;
  /** `date` itself when it is a working day, otherwise the working day before it. */
  onOrBefore(date: LocalDate): LocalDate;
}

export function swedishWorkingDays(): WorkingDayCalendar {
  const engine = new Holidays('SE', { languages: ['sv'] });
  const byYear = new Map<number, ReadonlyMap<LocalDate, string>>();
  const holidays = (year: number): ReadonlyMap<LocalDate, string> => {
    let days = byYear.get(year);
    if (days === undefined) {
      const map = new Map<LocalDate, string>();
      for (const h of engine.getHolidays(year, 'sv')) {
        if (h.type === 'public' || DAYS_OFF_BY_NAME.has(h.name.toLocaleLowerCase('sv-SE'))) {
          map.set(h.date.slice(0, 10), h.name);
        }
      }
      days = map;
      byYear.set(year, days);
    }
    return days;
  };
  const holidayName = (date: LocalDate): string | null =>
    holidays(Number(date.slice(0, 4))).get(date) ?? null;
  const isWorkingDay = (date: LocalDate): boolean =>
    isoWeekday(date) <= 5 && holidayName(date) === null;
  return {
    holidayName,
    isWorkingDay,
    onOrBefore(date) {
      let day = date;
      // A Swedish year never has more than a few days off in a row (jul: 24–26, helg).
      for (let i = 0; i < 14 && !isWorkingDay(day); i += 1) day = addDays(day, -1);
      return day;
    },
  };
}
