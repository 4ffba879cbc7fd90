import { z } from 'zod';
import { SCHEDULE_STEPS, type Meeting } from '../domain/meetings/meeting';
import { isKebabCase } from '../domain/reminders/reminder-kinds';
import { REPORT_STATUSES } from '../domain/types';

/**
 * The zod shapes of a meeting's nested parts, shared by the SQLite and SharePoint mappers
 * (both store them as JSON text), and the allowed values of its choice fields.
 */

export const MEETING_KINDS = ['samordningsgrupp', 'dialog'] as const;
export const MEETING_STATUSES = ['planned', 'cancelled'] as const;
export const STEP_OUTCOMES = ['done', 'skipped'] as const;
export { SCHEDULE_STEPS };

/**
 * A stored schedule step: any kebab-case step (a reminder kind's step from the registry, or
 * 'close'), so a kind added to domain/reminders/reminder-kinds.ts is stored without a schema edit.
 */
export const scheduleStepSchema = z.string().refine(isKebabCase, 'a kebab-case schedule step');

export const constellationSchema = z.union([
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('organisations'), organisationIds: z.array(z.string()) }),
]);

export const scheduleSchema = z.object({
  openDaysBefore: z.number().int(),
  nudgeDaysBefore: z.number().int(),
  summaryDaysBefore: z.number().int(),
  closesAt: z.string().nullable(),
});

export const snapshotEntrySchema = z.object({
  activityId: z.string(),
  organisationId: z.string(),
  title: z.string(),
  status: z.enum(REPORT_STATUSES).nullable(),
  reportId: z.string().nullable(),
  reportedAt: z.string().nullable(),
  reportedInRound: z.boolean(),
});

/** A meeting as stored: an unknown calendar event is an empty column (null). */
export const meetingShape = z.object({
  id: z.string(),
  planId: z.string(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  endsAt: z.string(),
  theme: z.string(),
  agenda: z.string(),
  constellation: constellationSchema,
  teamsLink: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  roundId: z.string(),
  schedule: scheduleSchema,
  revision: z.number().int(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  calendarEventId: z.string().nullable().optional(),
});

/** The stored meeting as the domain has it: no calendar event is no property, not null. */
export function storedMeeting({
  calendarEventId,
  ...rest
}: z.output<typeof meetingShape>): Meeting {
  return calendarEventId === null || calendarEventId === undefined
    ? rest
    : { ...rest, calendarEventId };
}

export const snapshotShape = z.object({
  meetingId: z.string(),
  roundId: z.string(),
  takenAt: z.string(),
  entries: z.array(snapshotEntrySchema),
});

export const stepShape = z.object({
  meetingId: z.string(),
  revision: z.number().int(),
  step: scheduleStepSchema,
  outcome: z.enum(STEP_OUTCOMES),
  jobs: z.number().int(),
  at: z.string(),
});
