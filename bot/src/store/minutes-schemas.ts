import { z } from 'zod';
import { DECISION_KINDS } from '../domain/minutes/minutes-types';

/** The zod shapes of the minutes records, shared by the SQLite and SharePoint mappers. */
export const addedAgendaItemSchema = z.object({ id: z.string(), title: z.string() });
export const agendaOrderSchema = z.array(z.string());
export const addedAgendaItemsSchema = z.array(addedAgendaItemSchema);
export const decisionKindSchema = z.enum(DECISION_KINDS);
