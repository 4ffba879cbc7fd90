import type { AgendaEdits, MeetingDecision } from '../../domain/minutes/minutes-types';
import { agendaEditsShape, decisionShape } from '../minutes-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/** The zod-checked mappers of Möten-dagordning and Möten-beslut (decision 0025). */

export const agendaEditsMapper: ListMapper<AgendaEdits> = mapper(
  'Möten-dagordning',
  agendaEditsShape,
  (a) => a.meetingId,
  { title: (a) => `Dagordning ${a.meetingId}` },
);

export const decisionMapper: ListMapper<MeetingDecision> = mapper(
  'Möten-beslut',
  decisionShape,
  (d) => d.id,
  { title: (d) => d.what.slice(0, 255) },
);
