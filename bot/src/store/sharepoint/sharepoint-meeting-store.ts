import type { MeetingFilter, MeetingStore } from '../../domain/ports/meeting-store.port';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import type { ListReplica } from './list-replica';
import type { SharePointContext } from './sharepoint-context';
import { sameContent } from './sharepoint-support';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Meetings, their snapshots and schedule steps in three SharePoint lists (Möten,
 * Möten-ögonblicksbilder, Möten-schemasteg), on the store's read model and write outbox.
 * Reads are local; updates PATCH with If-Match (412 → ConflictError). Snapshots and steps
 * are first-record-wins: see `createOnce`.
 */
export class SharePointMeetingStore implements MeetingStore {
  constructor(private readonly ctx: SharePointContext) {}

  async listMeetings(filter: MeetingFilter = {}): Promise<Meeting[]> {
    await this.ctx.fresh();
    return this.ctx.meetings
      .all()
      .filter(
        (m) =>
          (filter.planId === undefined || m.planId === filter.planId) &&
          (filter.from === undefined || m.startsAt >= filter.from) &&
          (filter.to === undefined || m.startsAt < filter.to),
      )
      .sort((a, b) => byText(a.startsAt, b.startsAt) || byText(a.id, b.id));
  }

  async getMeeting(meetingId: string): Promise<Meeting | undefined> {
    await this.ctx.fresh();
    return this.ctx.meetings.get(meetingId)?.record;
  }

  async findByRound(roundId: string): Promise<Meeting | undefined> {
    return (await this.listMeetings()).find(
      (m) => m.roundId === roundId && m.kind === 'samordningsgrupp',
    );
  }

  /**
   * The read model answers first; when it knows nothing, the indexed CalendarEventId column
   * is asked (one call), so an import by another instance in the last 30 s is seen too.
   */
  async findByCalendarEvent(calendarEventId: string): Promise<Meeting | undefined> {
    await this.ctx.fresh();
    const known = this.ctx.meetings.all().find((m) => m.calendarEventId === calendarEventId);
    if (known !== undefined) return known;
    const [stored] = await this.ctx.lists.findBy('Möten', 'CalendarEventId', calendarEventId);
    if (stored === undefined) return undefined;
    this.ctx.meetings.applyServer([stored]);
    return this.ctx.meetings.mapper.fromFields(stored.fields);
  }

  async createMeeting(meeting: Omit<Meeting, 'version'>): Promise<Meeting> {
    await this.ctx.fresh();
    const existing = this.ctx.meetings.get(meeting.id);
    if (existing !== undefined) {
      if (sameContent(existing.record, meeting, ['version', 'createdAt', 'updatedAt']))
        return existing.record;
      throw new ConflictError('meeting', meeting.id);
    }
    if (meeting.calendarEventId !== undefined) {
      const linked = await this.findByCalendarEvent(meeting.calendarEventId);
      if (linked !== undefined) throw new ConflictError('meeting', meeting.id);
    }
    const stored: Meeting = { ...meeting, version: 1 };
    await this.ctx.write(this.ctx.meetings, stored, 'create');
    return stored;
  }

  async updateMeeting(
    meeting: Omit<Meeting, 'version'>,
    expectedVersion: number,
  ): Promise<Meeting> {
    await this.ctx.fresh();
    const existing = this.ctx.meetings.get(meeting.id);
    if (existing === undefined) throw new NotFoundError('meeting', meeting.id);
    if (existing.record.version !== expectedVersion) throw new ConflictError('meeting', meeting.id);
    const next: Meeting = { ...meeting, version: expectedVersion + 1 };
    await this.ctx.write(this.ctx.meetings, next, 'update', existing);
    return next;
  }

  async saveSnapshot(
    snapshot: MeetingSnapshot,
  ): Promise<{ snapshot: MeetingSnapshot; created: boolean }> {
    const first = await this.createOnce(this.ctx.meetingSnapshots, snapshot);
    return first === null ? { snapshot, created: true } : { snapshot: first, created: false };
  }

  async getSnapshot(meetingId: string): Promise<MeetingSnapshot | undefined> {
    await this.ctx.fresh();
    return this.ctx.meetingSnapshots.get(meetingId)?.record;
  }

  async recordStep(state: StepState): Promise<boolean> {
    return (await this.createOnce(this.ctx.meetingSteps, state)) === null;
  }

  async listSteps(meetingId: string): Promise<StepState[]> {
    await this.ctx.fresh();
    return this.ctx.meetingSteps
      .all()
      .filter((s) => s.meetingId === meetingId)
      .sort((a, b) => byText(a.at, b.at) || a.revision - b.revision || byText(a.step, b.step));
  }

  /**
   * Creates `record` unless one with its key exists: the stored one (first record wins), or
   * null when `record` was created. The read model answers first; when it knows nothing, the
   * indexed `SamordnaId` is looked up in SharePoint (one call), so another instance's record
   * written in the last 30 s still wins.
   */
  private async createOnce<T>(replica: ListReplica<T>, record: T): Promise<T | null> {
    await this.ctx.fresh();
    const key = replica.mapper.key(record);
    const known = replica.get(key);
    if (known !== undefined) return known.record;
    const [stored] = await this.ctx.lists.findBy(replica.mapper.list, 'SamordnaId', key);
    if (stored !== undefined) {
      replica.applyServer([stored]);
      return replica.get(key)?.record ?? replica.mapper.fromFields(stored.fields);
    }
    await this.ctx.write(replica, record, 'create');
    return null;
  }
}
