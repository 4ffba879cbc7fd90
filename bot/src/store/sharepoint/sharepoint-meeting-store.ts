import type { MeetingFilter, MeetingStore } from '../../domain/ports/meeting-store.port';
import { ConflictError } from '../../domain/ports/store.port';
import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import type { SharePointContext } from './sharepoint-context';
import {
  createOnce,
  createVersioned,
  matches,
  readAll,
  readOne,
  updateVersioned,
} from './replica-writes';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const MEETING = { entity: 'meeting', ignore: ['version', 'createdAt', 'updatedAt'] };

/**
 * Meetings, their snapshots and schedule steps in three SharePoint lists (Möten,
 * Möten-ögonblicksbilder, Möten-schemasteg), on the store's read model and write outbox.
 * Reads are local; updates PATCH with If-Match (412 → ConflictError). Snapshots and steps
 * are first-record-wins (`createOnce`).
 */
export class SharePointMeetingStore implements MeetingStore {
  constructor(private readonly ctx: SharePointContext) {}

  async listMeetings(filter: MeetingFilter = {}): Promise<Meeting[]> {
    return (await readAll(this.ctx, this.ctx.meetings))
      .filter(
        (m) =>
          matches(m, { planId: filter.planId }) &&
          (filter.from === undefined || m.startsAt >= filter.from) &&
          (filter.to === undefined || m.startsAt < filter.to),
      )
      .sort((a, b) => byText(a.startsAt, b.startsAt) || byText(a.id, b.id));
  }

  getMeeting = (meetingId: string): Promise<Meeting | undefined> =>
    readOne(this.ctx, this.ctx.meetings, meetingId);

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
    const eventId = meeting.calendarEventId;
    const { record } = await createVersioned(
      this.ctx,
      this.ctx.meetings,
      MEETING,
      meeting,
      async () => {
        const linked = eventId === undefined ? undefined : await this.findByCalendarEvent(eventId);
        if (linked !== undefined) throw new ConflictError('meeting', meeting.id);
      },
    );
    return record;
  }

  updateMeeting = (meeting: Omit<Meeting, 'version'>, expectedVersion: number): Promise<Meeting> =>
    updateVersioned(this.ctx, this.ctx.meetings, MEETING, meeting, expectedVersion);

  async saveSnapshot(
    snapshot: MeetingSnapshot,
  ): Promise<{ snapshot: MeetingSnapshot; created: boolean }> {
    const first = await createOnce(this.ctx, this.ctx.meetingSnapshots, snapshot);
    return first === null ? { snapshot, created: true } : { snapshot: first, created: false };
  }

  getSnapshot = (meetingId: string): Promise<MeetingSnapshot | undefined> =>
    readOne(this.ctx, this.ctx.meetingSnapshots, meetingId);

  async recordStep(state: StepState): Promise<boolean> {
    return (await createOnce(this.ctx, this.ctx.meetingSteps, state)) === null;
  }

  async listSteps(meetingId: string): Promise<StepState[]> {
    return (await readAll(this.ctx, this.ctx.meetingSteps))
      .filter((s) => s.meetingId === meetingId)
      .sort((a, b) => byText(a.at, b.at) || a.revision - b.revision || byText(a.step, b.step));
  }
}
