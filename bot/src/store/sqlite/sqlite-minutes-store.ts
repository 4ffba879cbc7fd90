import type {
  AgendaEdits,
  DecisionFilter,
  MeetingDecision,
} from '../../domain/minutes/minutes-types';
import type { MinutesStore } from '../../domain/ports/minutes-store.port';
import { sqliteCodec } from '../../codecs/record-codec';
import { agendaEditsShape, decisionShape } from '../minutes-schemas';
import type { SqliteDatabase } from './database';

const agendas = sqliteCodec(agendaEditsShape, {
  json: ['order', 'added'],
  columns: { order: 'item_order' },
});
const decisions = sqliteCodec(decisionShape);

/** Agenda edits and decisions on the store's SQLite database (migration 017-minutes). */
export class SqliteMinutesStore implements MinutesStore {
  constructor(private readonly db: SqliteDatabase) {}

  async getAgenda(meetingId: string): Promise<AgendaEdits | undefined> {
    const row = this.db
      .prepare('SELECT * FROM meeting_agendas WHERE meeting_id = ?')
      .get(meetingId);
    return row === undefined ? undefined : agendas.fromRow(row);
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
      .run(agendas.toRow(edits));
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
      .run(decisions.toRow(decision));
    if (result.changes === 1) return { decision, created: true };
    const first = decisions.fromRow(
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
      .map((row) => decisions.fromRow(row));
  }
}
