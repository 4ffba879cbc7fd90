import { z } from 'zod';
import { SCHEDULE_STEPS } from '../domain/meetings/meeting';
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
