import { randomUUID } from 'node:crypto';
import type { GroupCalendar } from '../domain/ports/group-calendar.port';
import type { MeetingStore } from '../domain/ports/meeting-store.port';
import type { MinutesStore } from '../domain/ports/minutes-store.port';
import type { LeaseStore, OutboxStore } from '../domain/ports/outbox.port';
import type { RhythmSettings } from '../domain/meetings/schedule';
import type { WorkingDayCalendar } from '../domain/meetings/working-days';
import type { ReminderRenderer } from '../rhythm/reminder-renderer';
import type { TeamChannelRuntime } from './team-channel';

/** What the bot, the tab API and the scheduler share for meetings and reminders. */
export interface RhythmServices {
  readonly meetings: MeetingStore;
  /** The meetings' agenda edits and decisions (decision 0025), beside the meetings. */
  readonly minutes: MinutesStore;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  readonly renderer: ReminderRenderer;
  readonly newId: () => string;
  /** Public URL of the tab for "open" buttons, or null. */
  readonly tabUrl: () => string | null;
  /**
   * The reminder outbox and leases from the runtime state, or null while the runtime does
   * not provide them (then meetings are planned but nothing is queued or sent).
   */
  readonly delivery: { readonly outbox: OutboxStore; readonly leases: LeaseStore } | null;
  /**
   * The samordningsgrupp team's group calendar (SAMORDNA_CALENDAR_GROUP_ID, production), or
   * null when the feature is off.
   */
  readonly groupCalendar: GroupCalendar | null;
  /** The runtime's conversations and Samordning's choice of the team channel (summaries, announcements). */
  readonly channel: TeamChannelRuntime;
}

export const newMeetingId = (): string => randomUUID();

/**
 * The outbox and leases of a runtime-state adapter, if it has them. The delivery work adds
 * `outbox` and `leases` to RuntimeStatePort; until then they are optional here.
 */
export function deliveryOf(runtime: object): { outbox: OutboxStore; leases: LeaseStore } | null {
  const r = runtime as { outbox?: OutboxStore; leases?: LeaseStore };
  return r.outbox !== undefined && r.leases !== undefined
    ? { outbox: r.outbox, leases: r.leases }
    : null;
}
