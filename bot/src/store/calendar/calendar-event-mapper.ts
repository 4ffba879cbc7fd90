import { z } from 'zod';
import type { CalendarEvent } from '../../domain/ports/group-calendar.port';

/**
 * The one zod-checked mapper of a Graph `event` (as `$select`ed by graph-group-calendar.ts)
 * to the domain's CalendarEvent. Times must come back in UTC (we ask for it with
 * `Prefer: outlook.timezone="UTC"`, which is also Graph's default); anything else is refused
 * rather than guessed.
 */

const UTC_NAMES = ['UTC', 'Etc/UTC', 'Coordinated Universal Time'];

/** Graph's `dateTimeTimeZone`: a local date-time without offset, and the zone it is in. */
const graphDateTime = z
  .object({ dateTime: z.string(), timeZone: z.string() })
  .refine((v) => UTC_NAMES.includes(v.timeZone), { message: 'time zone must be UTC' })
  .transform((v, ctx) => {
    // Graph sends seven fractional digits ("2027-01-20T12:00:00.0000000"); keep milliseconds.
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(v.dateTime);
    const ms = match?.[2] === undefined ? '.000' : match[2].slice(0, 4).padEnd(4, '0');
    const parsed = match === null ? NaN : Date.parse(`${match[1]}${ms}Z`);
    if (Number.isNaN(parsed)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a date-time: ${v.dateTime}` });
      return z.NEVER;
    }
    return new Date(parsed).toISOString();
  });

export const graphEventSchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullish(),
  start: graphDateTime,
  end: graphDateTime,
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});

/** The `$select` that fetches exactly what the mapper reads (no body: Calendars.ReadBasic). */
export const EVENT_SELECT = 'id,subject,start,end,isAllDay,isCancelled,onlineMeeting';

export function calendarEventFromGraph(raw: unknown): CalendarEvent {
  const e = graphEventSchema.parse(raw);
  const joinUrl = e.onlineMeeting?.joinUrl ?? null;
  return {
    id: e.id,
    subject: (e.subject ?? '').trim(),
    startsAt: e.start,
    endsAt: e.end,
    isAllDay: e.isAllDay ?? false,
    cancelled: e.isCancelled ?? false,
    joinUrl: joinUrl !== null && /^https:\/\/\S+$/.test(joinUrl) ? joinUrl : null,
  };
}
