import { z } from 'zod';
import type { PeopleAuditEntry, StandIn } from '../../domain/people/people-types';
import { peopleChangeSchema, standInSchema } from '../people-schemas';
import { jsonColumn } from './json-columns';

/** Row ⇄ domain mappers for the people tables (`people_log`, `stand_ins`), checked with zod. */

const logRow = z.object({
  id: z.string(),
  at: z.string(),
  actor_user_id: z.string(),
  actor_name: z.string(),
  subject_user_id: z.string(),
  change: jsonColumn(peopleChangeSchema),
});

export function auditFromRow(row: unknown): PeopleAuditEntry {
  const r = logRow.parse(row);
  return {
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    subjectUserId: r.subject_user_id,
    change: r.change,
  };
}

export function auditToRow(entry: PeopleAuditEntry): z.input<typeof logRow> {
  return {
    id: entry.id,
    at: entry.at,
    actor_user_id: entry.actorUserId,
    actor_name: entry.actorName,
    subject_user_id: entry.subjectUserId,
    change: JSON.stringify(peopleChangeSchema.parse(entry.change)),
  };
}

const standInRow = z.object({
  id: z.string(),
  organisation_id: z.string(),
  absent_user_id: z.string(),
  absent_name: z.string(),
  stand_in_user_id: z.string(),
  stand_in_name: z.string(),
  from_date: z.string(),
  to_date: z.string(),
  created_by_user_id: z.string(),
  created_by_name: z.string(),
  created_at: z.string(),
  ended_at: z.string().nullable(),
  ended_by_name: z.string().nullable(),
});

export function standInFromRow(row: unknown): StandIn {
  const r = standInRow.parse(row);
  return standInSchema.parse({
    id: r.id,
    organisationId: r.organisation_id,
    absentUserId: r.absent_user_id,
    absentName: r.absent_name,
    standInUserId: r.stand_in_user_id,
    standInName: r.stand_in_name,
    from: r.from_date,
    to: r.to_date,
    createdByUserId: r.created_by_user_id,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    endedAt: r.ended_at,
    endedByName: r.ended_by_name,
  });
}

export function standInToRow(s: StandIn): z.input<typeof standInRow> {
  return {
    id: s.id,
    organisation_id: s.organisationId,
    absent_user_id: s.absentUserId,
    absent_name: s.absentName,
    stand_in_user_id: s.standInUserId,
    stand_in_name: s.standInName,
    from_date: s.from,
    to_date: s.to,
    created_by_user_id: s.createdByUserId,
    created_by_name: s.createdByName,
    created_at: s.createdAt,
    ended_at: s.endedAt,
    ended_by_name: s.endedByName,
  };
}
