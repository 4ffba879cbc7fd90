import { z } from 'zod';
import { ORGANISATION_KINDS, REPORT_STATUSES, type Organisation } from '../domain/types';
import { catalogIdSchema } from './plan-schemas';
import { isoDateSchema } from './support-schemas';

/**
 * The zod shapes of the plan's working records (organisations, activities, rounds and status
 * reports), shared by the SQLite and SharePoint mappers, so a record read from either store is
 * checked the same way. camelCase as the domain has them; SQLite's codec names the columns.
 */

export const organisationShape = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  // The history (decision 0030): empty on organisations that never changed and on older rows.
  validFrom: isoDateSchema.nullish(),
  validTo: isoDateSchema.nullish(),
  formerNames: z.array(z.object({ name: z.string(), until: isoDateSchema })).nullish(),
  handovers: z
    .array(z.object({ to: z.string(), from: isoDateSchema, activityIds: z.array(z.string()) }))
    .nullish(),
});

/** An organisation's history columns kept as JSON text where a store has no lists. */
export const ORGANISATION_LISTS = ['formerNames', 'handovers'] as const;

/** A stored organisation as the domain has it: history fields that are empty are absent. */
export function organisationRecord(stored: z.output<typeof organisationShape>): Organisation {
  const { validFrom, validTo, formerNames, handovers, ...organisation } = stored;
  const present = <T>(value: T | null | undefined): value is T =>
    value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0);
  return {
    ...organisation,
    ...(present(validFrom) ? { validFrom } : {}),
    ...(present(validTo) ? { validTo } : {}),
    ...(present(formerNames) ? { formerNames } : {}),
    ...(present(handovers) ? { handovers } : {}),
  };
}

const textList = z.array(z.string());

export const activityShape = z.object({
  id: z.string(),
  planId: z.string(),
  organisationId: z.string(),
  goal: z.number().int(),
  strategyId: z.string().nullable(),
  heading: catalogIdSchema,
  title: z.string(),
  description: z.string(),
  focusAreaIds: textList,
  perspectiveIds: textList,
  targetGroupIds: textList,
  preventionLevel: catalogIdSchema.nullable(),
  direction: z.enum(['intern', 'malmobor']),
  partners: textList,
  owner: z.string(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  demo: z.boolean(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An activity's list columns, kept as JSON text where a store has no lists. */
export const ACTIVITY_LISTS = [
  'focusAreaIds',
  'perspectiveIds',
  'targetGroupIds',
  'partners',
] as const;

export const roundShape = z.object({
  id: z.string(),
  planId: z.string(),
  kind: z.enum(['mote', 'uppfoljning']),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
});

/** A status report's own fields; each store keeps who it was made for and the outcome its way. */
export const reportFields = z.object({
  id: z.string(),
  activityId: z.string(),
  roundId: z.string(),
  status: z.enum(REPORT_STATUSES),
  done: z.string(),
  next: z.string(),
  reason: z.string(),
  reportedByUserId: z.string(),
  reportedByName: z.string(),
  reportedAt: z.string(),
});
