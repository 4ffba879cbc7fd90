import { z } from 'zod';
import { DECISION_KINDS } from '../domain/minutes/minutes-types';

/** The zod shapes of the minutes records, shared by the SQLite and SharePoint mappers. */
export const addedAgendaItemSchema = z.object({ id: z.string(), title: z.string() });
export const agendaOrderSchema = z.array(z.string());
export const addedAgendaItemsSchema = z.array(addedAgendaItemSchema);
export const decisionKindSchema = z.enum(DECISION_KINDS);

/** A meeting's agenda edits: the order of its items and the items added to it. */
export const agendaEditsShape = z.object({
  meetingId: z.string(),
  order: agendaOrderSchema,
  added: addedAgendaItemsSchema,
  updatedAt: z.string(),
  updatedByName: z.string(),
});

export const decisionShape = z.object({
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
});
