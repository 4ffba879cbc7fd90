import type {
  AgendaEdits,
  DecisionFilter,
  MeetingDecision,
} from '../../domain/minutes/minutes-types';
import type { MinutesStore } from '../../domain/ports/minutes-store.port';
import { sqliteCodec } from '../../codecs/record-codec';
import { agendaEditsShape, decisionShape } from '../minutes-schemas';
import type { SqliteDatabase } from '../../sqlite/database';
import { insertSql, rowBy, rowsWhere } from './sqlite-sql';

const agendas = sqliteCodec(agendaEditsShape, {
  json: ['order', 'added'],
  columns: { order: 'item_order' },
});
const decisions = sqliteCodec(decisionShape);

/** Agenda edits and decisions on the store's SQLite database (migration 017-minutes). */
export class SqliteMinutesStore implements MinutesStore {
  constructor(private readonly db: SqliteDatabase) {}

  async getAgenda(meetingId: string): Promise<AgendaEdits | undefined> {
    const sql = 'SELECT * FROM meeting_agendas WHERE meeting_id = ?';
    return rowBy(this.db, sql, meetingId, agendas.fromRow);
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
      .prepare(`${insertSql('meeting_decisions', decisions)} ON CONFLICT(id) DO NOTHING`)
      .run(decisions.toRow(decision));
    if (result.changes === 1) return { decision, created: true };
    const first = decisions.fromRow(
      this.db.prepare('SELECT * FROM meeting_decisions WHERE id = ?').get(decision.id),
    );
    return { decision: first, created: false };
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<MeetingDecision[]> {
    const conditions = {
      'meeting_id = @meetingId': filter.meetingId,
      'activity_id = @activityId': filter.activityId,
      'organisation_id = @organisationId': filter.organisationId,
    };
    return rowsWhere(
      this.db,
      'meeting_decisions',
      conditions,
      'recorded_at, id',
      decisions.fromRow,
    );
  }
}
