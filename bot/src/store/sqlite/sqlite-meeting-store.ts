import type { MeetingFilter, MeetingStore } from '../../domain/ports/meeting-store.port';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import type { SqliteDatabase } from '../../sqlite/database';
import {
  createdOrSame,
  insertSql,
  rowBy,
  rowsBy,
  rowsWhere,
  versionedUpdateSql,
} from './sqlite-sql';
import {
  meetingFromRow,
  meetingRows,
  meetingToRow,
  snapshotFromRow,
  snapshotToRow,
  stepFromRow,
  stepToRow,
} from './meeting-mappers';

const MEETING = { entity: 'meeting', ignore: ['version', 'createdAt', 'updatedAt'] };

/**
 * Meetings on the store's SQLite database (migration 004-meetings). Opened with
 * `SqliteStore.database`, so meetings, rounds and reports live in one file.
 */
export class SqliteMeetingStore implements MeetingStore {
  constructor(private readonly db: SqliteDatabase) {}

  async listMeetings(filter: MeetingFilter = {}): Promise<Meeting[]> {
    const conditions = {
      'plan_id = @planId': filter.planId,
      'starts_at >= @from': filter.from,
      'starts_at < @to': filter.to,
    };
    return rowsWhere(this.db, 'meetings', conditions, 'starts_at, id', meetingFromRow);
  }

  async getMeeting(meetingId: string): Promise<Meeting | undefined> {
    return this.read(meetingId);
  }

  async findByRound(roundId: string): Promise<Meeting | undefined> {
    const row = this.db
      .prepare(
        `SELECT * FROM meetings WHERE round_id = ? AND kind = 'samordningsgrupp' ORDER BY starts_at LIMIT 1`,
      )
      .get(roundId);
    return row === undefined ? undefined : meetingFromRow(row);
  }

  async findByCalendarEvent(calendarEventId: string): Promise<Meeting | undefined> {
    return this.readByEvent(calendarEventId);
  }

  async createMeeting(meeting: Omit<Meeting, 'version'>): Promise<Meeting> {
    const stored: Meeting = { ...meeting, version: 1 };
    const eventId = meeting.calendarEventId;
    // Checked in the same synchronous step as the insert; the unique index is the backstop.
    const linked = eventId === undefined ? undefined : this.readByEvent(eventId);
    if (linked !== undefined && linked.id !== meeting.id) {
      throw new ConflictError('meeting', meeting.id);
    }
    const result = this.db
      .prepare(`${insertSql('meetings', meetingRows)} ON CONFLICT(id) DO NOTHING`)
      .run(meetingToRow(stored));
    return createdOrSame(result.changes === 1, stored, () => this.read(meeting.id), MEETING);
  }

  async updateMeeting(
    meeting: Omit<Meeting, 'version'>,
    expectedVersion: number,
  ): Promise<Meeting> {
    const next: Meeting = { ...meeting, version: expectedVersion + 1 };
    const result = this.db
      .prepare(versionedUpdateSql('meetings', meetingRows))
      .run({ ...meetingToRow(next), expected: expectedVersion });
    if (result.changes === 1) return next;
    if (this.read(meeting.id) === undefined) throw new NotFoundError('meeting', meeting.id);
    throw new ConflictError('meeting', meeting.id);
  }

  async saveSnapshot(
    snapshot: MeetingSnapshot,
  ): Promise<{ snapshot: MeetingSnapshot; created: boolean }> {
    const result = this.db
      .prepare(
        `INSERT INTO meeting_snapshots (meeting_id, round_id, taken_at, entries)
         VALUES (@meeting_id, @round_id, @taken_at, @entries) ON CONFLICT(meeting_id) DO NOTHING`,
      )
      .run(snapshotToRow(snapshot));
    if (result.changes === 1) return { snapshot, created: true };
    const existing = await this.getSnapshot(snapshot.meetingId);
    return { snapshot: existing ?? snapshot, created: false };
  }

  async getSnapshot(meetingId: string): Promise<MeetingSnapshot | undefined> {
    const sql = 'SELECT * FROM meeting_snapshots WHERE meeting_id = ?';
    return rowBy(this.db, sql, meetingId, snapshotFromRow);
  }

  async recordStep(state: StepState): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT INTO meeting_steps (meeting_id, revision, step, outcome, jobs, at)
         VALUES (@meeting_id, @revision, @step, @outcome, @jobs, @at)
         ON CONFLICT(meeting_id, revision, step) DO NOTHING`,
      )
      .run(stepToRow(state));
    return result.changes === 1;
  }

  async listSteps(meetingId: string): Promise<StepState[]> {
    const sql = 'SELECT * FROM meeting_steps WHERE meeting_id = ? ORDER BY at, revision, step';
    return rowsBy(this.db, sql, meetingId, stepFromRow);
  }

  private readByEvent(calendarEventId: string): Meeting | undefined {
    const sql = 'SELECT * FROM meetings WHERE calendar_event_id = ?';
    return rowBy(this.db, sql, calendarEventId, meetingFromRow);
  }

  private read(meetingId: string): Meeting | undefined {
    return rowBy(this.db, 'SELECT * FROM meetings WHERE id = ?', meetingId, meetingFromRow);
  }
}
