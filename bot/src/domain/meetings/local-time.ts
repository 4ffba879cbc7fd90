/**
 * Local calendar dates and wall-clock times in a named time zone (Europe/Stockholm), and
 * back to UTC instants, with Intl only. DST-correct: the offset is looked up for the
 * instant itself, not for "today".
 */

/** A local calendar date `YYYY-MM-DD`. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  readonly date: LocalDate;
  /** `HH:MM` */
  readonly time: string;
  readonly epochAsUtc: number;
}

/** The wall clock in `timeZone` at a UTC instant. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const [y, mo, d, h, mi, s] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) =>
    Number(parts[k]),
  ) as [number, number, number, number, number, number];
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
    epochAsUtc: Date.UTC(y, mo - 1, d, h, mi, s),
  };
}

/** The local calendar date of an instant, e.g. `2026-03-29`. */
export function localDateOf(iso: string | Date, timeZone: string): LocalDate {
  return wallClock(new Date(iso), timeZone).date;
}

/** The local `HH:MM` of an instant. */
export function localTimeOf(iso: string | Date, timeZone: string): string {
  return wallClock(new Date(iso), timeZone).time;
}

/** Offset of `timeZone` from UTC at an instant, in milliseconds (Stockholm: +1 h or +2 h). */
function offsetAt(epoch: number, timeZone: string): number {
  const at = new Date(Math.floor(epoch / 1000) * 1000);
  return wallClock(at, timeZone).epochAsUtc - at.getTime();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

/**
 * The UTC instant of a local date and `HH:MM` in `timeZone`. A time skipped by the spring
 * change (02:30 on the last Sunday of March) resolves to the instant one hour later.
 */
export function localToUtc(date: LocalDate, time: string, timeZone: string): Date {
  const dm = DATE.exec(date);
  const tm = TIME.exec(time);
  if (dm === null || tm === null) throw new RangeError(`Not a local date/time: ${date} ${time}`);
  const asUtc = Date.UTC(
    Number(dm[1]),
    Number(dm[2]) - 1,
    Number(dm[3]),
    Number(tm[1]),
    Number(tm[2]),
  );
  let guess = asUtc - offsetAt(asUtc, timeZone);
  // One correction covers instants near a change (the offset at the guess may differ).
  guess = asUtc - offsetAt(guess, timeZone);
  return new Date(guess);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const m = DATE.exec(date);
  if (m === null) throw new RangeError(`Not a local date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const d = new Date(`${date}T12:00:00.000Z`);
  return ((d.getUTCDay() + 6) % 7) + 1;
}
