import { z } from 'zod';
import type {
  AgendaEdits,
  DecisionFilter,
  MeetingDecision,
} from '../../domain/minutes/minutes-types';
import type { MinutesStore } from '../../domain/ports/minutes-store.port';
import { addedAgendaItemsSchema, agendaOrderSchema, decisionKindSchema } from '../minutes-schemas';
import type { SqliteDatabase } from './database';
import { jsonColumn } from './json-columns';

const agendaRow = z
  .object({
    meeting_id: z.string(),
    item_order: jsonColumn(agendaOrderSchema),
    added: jsonColumn(addedAgendaItemsSchema),
    updated_at: z.string(),
    updated_by_name: z.string(),
  })
  .transform((r): AgendaEdits => ({
    meetingId: r.meeting_id,
    order: r.item_order,
    added: r.added,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
  }));

const decisionRow = z
  .object({
    id: z.string(),
    meeting_id: z.string(),
    agenda_item_id: z.string(),
    activity_id: z.string().nullable(),
    note: z.string(),
    kind: decisionKindSchema,
    what: z.string(),
    organisation_id: z.string().nullable(),
    due_date: z.string().nullable(),
    recorded_by_user_id: z.string(),
    recorded_by_name: z.string(),
    recorded_at: z.string(),
  })
  .transform((r): MeetingDecision => ({
    id: r.id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    activityId: r.activity_id,
    note: r.note,
    kind: r.kind,
    what: r.what,
    organisationId: r.organisation_id,
    dueDate: r.due_date,
    recordedByUserId: r.recorded_by_user_id,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));

/** Agenda edits and decisions on the store's SQLite database (migration 017-minutes). */
export class SqliteMinutesStore implements MinutesStore {
  constructor(private readonly db: SqliteDatabase) {}

  async getAgenda(meetingId: string): Promise<AgendaEdits | undefined> {
    const row = this.db
      .prepare('SELECT * FROM meeting_agendas WHERE meeting_id = ?')
      .get(meetingId);
    return row === undefined ? undefined : agendaRow.parse(row);
  }

  async saveAgenda(edits: AgendaEdits): Promise<AgendaEdits> {
    this.db
      .prepare(
        `INSERT INTO meeting_agendas (meeting_id, item_order, added, updated_at, updated_by_name)
         VALUES (@meeting_id, @item_order, @added, @updated_at, @updated_by_name)
         ON CONFLICT(meeting_id) DO UPDATE SET item_order = excluded.item_order,
           added = excluded.added, updated_at = excluded.updated_at,
           updated_by_name = excluded.updated_by_name`,
      )
      .run({
        meeting_id: edits.meetingId,
        item_order: JSON.stringify(edits.order),
        added: JSON.stringify(edits.added),
        updated_at: edits.updatedAt,
        updated_by_name: edits.updatedByName,
      });
    return edits;
  }

  async recordDecision(
    decision: MeetingDecision,
  ): Promise<{ decision: MeetingDecision; created: boolean }> {
    const result = this.db
      .prepare(
        `INSERT INTO meeting_decisions (id, meeting_id, agenda_item_id, activity_id, note, kind,
           what, organisation_id, due_date, recorded_by_user_id, recorded_by_name, recorded_at)
         VALUES (@id, @meeting_id, @agenda_item_id, @activity_id, @note, @kind, @what,
           @organisation_id, @due_date, @recorded_by_user_id, @recorded_by_name, @recorded_at)
         ON CONFLICT(id) DO NOTHING`,
      )
      .run({
        id: decision.id,
        meeting_id: decision.meetingId,
        agenda_item_id: decision.agendaItemId,
        activity_id: decision.activityId,
        note: decision.note,
        kind: decision.kind,
        what: decision.what,
        organisation_id: decision.organisationId,
        due_date: decision.dueDate,
        recorded_by_user_id: decision.recordedByUserId,
        recorded_by_name: decision.recordedByName,
        recorded_at: decision.recordedAt,
      });
    if (result.changes === 1) return { decision, created: true };
    const first = decisionRow.parse(
      this.db.prepare('SELECT * FROM meeting_decisions WHERE id = ?').get(decision.id),
    );
    return { decision: first, created: false };
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<MeetingDecision[]> {
    const clauses: string[] = [];
    const params: Record<string, string> = {};
    if (filter.meetingId !== undefined) {
      clauses.push('meeting_id = @meetingId');
      params['meetingId'] = filter.meetingId;
    }
    if (filter.activityId !== undefined) {
      clauses.push('activity_id = @activityId');
      params['activityId'] = filter.activityId;
    }
    if (filter.organisationId !== undefined) {
      clauses.push('organisation_id = @organisationId');
      params['organisationId'] = filter.organisationId;
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return this.db
      .prepare(`SELECT * FROM meeting_decisions ${where} ORDER BY recorded_at, id`)
      .all(params)
      .map((row) => decisionRow.parse(row));
  }
}
