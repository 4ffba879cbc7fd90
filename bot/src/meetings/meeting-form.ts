import { z } from 'zod';
import { isLocalDate, isLocalTime, localToUtc } from '../domain/meetings/local-time';
import { DEFAULT_SCHEDULE } from '../domain/meetings/meeting';
import type { RhythmSettings } from '../domain/meetings/schedule';
import type { MeetingInput } from '../domain/meetings/validation';

/**
 * What the "nytt möte" card and the tab send: a local date and times (Europe/Stockholm),
 * not UTC instants. Shape only; the domain's rules give the Swedish messages.
 */
export const meetingFormSchema = z.object({
  date: z.string().max(20).default(''),
  startTime: z.string().max(10).default(''),
  endTime: z.string().max(10).default(''),
  theme: z.string().max(2000).default(''),
  agenda: z.string().max(20_000).default(''),
  /** Empty: the whole samordningsgrupp. */
  organisationIds: z.array(z.string().max(200)).max(100).default([]),
  teamsLink: z.string().max(4000).default(''),
  openDaysBefore: z.coerce
    .number()
    .int()
    .min(-1000)
    .max(1000)
    .default(DEFAULT_SCHEDULE.openDaysBefore),
  nudgeDaysBefore: z.coerce
    .number()
    .int()
    .min(-1000)
    .max(1000)
    .default(DEFAULT_SCHEDULE.nudgeDaysBefore),
  summaryDaysBefore: z.coerce
    .number()
    .int()
    .min(-1000)
    .max(1000)
    .default(DEFAULT_SCHEDULE.summaryDaysBefore),
});
export type MeetingForm = z.infer<typeof meetingFormSchema>;

/** '' when the local date/time is not valid (the domain then says "ange en giltig tid"). */
function instant(date: string, time: string, settings: RhythmSettings): string {
  return isLocalDate(date) && isLocalTime(time)
    ? localToUtc(date, time, settings.timeZone).toISOString()
    : '';
}

/** The form as the domain's meeting input (local times → UTC in the configured zone). */
export function meetingInputOf(form: MeetingForm, settings: RhythmSettings): MeetingInput {
  const link = form.teamsLink.trim();
  return {
    kind: 'samordningsgrupp',
    startsAt: instant(form.date, form.startTime, settings),
    endsAt: instant(form.date, form.endTime, settings),
    theme: form.theme,
    agenda: form.agenda.trim(),
    constellation:
      form.organisationIds.length === 0
        ? { kind: 'all' }
        : { kind: 'organisations', organisationIds: form.organisationIds },
    teamsLink: link === '' ? null : link,
    schedule: {
      openDaysBefore: form.openDaysBefore,
      nudgeDaysBefore: form.nudgeDaysBefore,
      summaryDaysBefore: form.summaryDaysBefore,
      closesAt: null,
    },
  };
}
