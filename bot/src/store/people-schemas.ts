import { z } from 'zod';
import type { PeopleChange, StandIn } from '../domain/people/people-types';
import { ROLES, type Member } from '../domain/types';

/**
 * The zod shapes of the people records, shared by the SQLite and SharePoint mappers: a member,
 * a stand-in, and a log entry's change (stored as JSON text in both).
 */

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const memberShape = z.object({
  userId: z.string().min(1),
  name: z.string(),
  organisationId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
});
export const memberSchema: z.ZodType<Member> = memberShape;

export const standInShape = z.object({
  id: z.string().min(1),
  organisationId: z.string().min(1),
  absentUserId: z.string().min(1),
  absentName: z.string(),
  standInUserId: z.string().min(1),
  standInName: z.string(),
  from: localDate,
  to: localDate,
  createdByUserId: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
});
export const standInSchema: z.ZodType<StandIn> = standInShape;

export const peopleChangeSchema: z.ZodType<PeopleChange> = z.union([
  z.object({
    kind: z.literal('member'),
    before: memberSchema.nullable(),
    after: memberSchema.nullable(),
  }),
  z.object({ kind: z.literal('stand-in'), before: standInSchema.nullable(), after: standInSchema }),
]);

export const auditShape = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string(),
  actorName: z.string(),
  subjectUserId: z.string(),
  change: peopleChangeSchema,
});
