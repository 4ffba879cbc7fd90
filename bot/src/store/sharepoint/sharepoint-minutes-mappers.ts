import { z } from 'zod';
import type { AgendaEdits, MeetingDecision } from '../../domain/minutes/minutes-types';
import { addedAgendaItemsSchema, agendaOrderSchema, decisionKindSchema } from '../minutes-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/** The zod-checked mappers of Möten-dagordning and Möten-beslut (decision 0025). */

function withoutTitle(raw: Record<string, unknown>): Record<string, unknown> {
  const { title: _title, ...rest } = raw;
  return rest;
}

export const agendaEditsMapper: ListMapper<AgendaEdits> = mapper(
  'Möten-dagordning',
  z.object({
    meetingId: z.string(),
    order: agendaOrderSchema,
    added: addedAgendaItemsSchema,
    updatedAt: z.string(),
    updatedByName: z.string(),
  }),
  (a) => a.meetingId,
  { out: (a) => ({ ...a, title: `Dagordning ${a.meetingId}` }), in: withoutTitle },
);

export const decisionMapper: ListMapper<MeetingDecision> = mapper(
  'Möten-beslut',
  z.object({
    id: z.string(),
    meetingId: z.string(),
    agendaItemId: z.string(),
    activityId: z.string().nullable(),
    note: z.string(),
    kind: decisionKindSchema,
    what: z.string(),
    organisationId: z.string().nullable(),
    dueDate: z.string().nullable(),
    recordedByUserId: z.string(),
    recordedByName: z.string(),
    recordedAt: z.string(),
  }),
  (d) => d.id,
  { out: (d) => ({ ...d, title: d.what.slice(0, 255) }), in: withoutTitle },
);
