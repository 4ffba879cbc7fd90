import type { Meeting, MeetingSnapshot, StepState } from '../meetings/meeting';

export interface MeetingFilter {
  readonly planId?: string;
  /** Meetings starting at or after this instant. */
  readonly from?: string;
  /** Meetings starting before this instant. */
  readonly to?: string;
}

/**
 * The samordningsgrupp's meetings, the snapshot frozen with each meeting, and what the
 * scheduler has done with each step of a meeting's schedule. SQLite locally (same database
 * as the store); a SharePoint adapter can join the contract suite
 * (tests/contract/meeting-store.contract.test.ts). Kept apart from StorePort on purpose.
 */
export interface MeetingStore {
  /** Meetings matching the filter, ordered by startsAt, then id. Cancelled meetings included. */
  listMeetings(filter?: MeetingFilter): Promise<Meeting[]>;
  getMeeting(meetingId: string): Promise<Meeting | undefined>;
  /** The meeting whose reporting round this is (the samordningsgrupp meeting), if any. */
  findByRound(roundId: string): Promise<Meeting | undefined>;
  /** The meeting imported from this group-calendar event, if any (cancelled ones included). */
  findByCalendarEvent(calendarEventId: string): Promise<Meeting | undefined>;
  /**
   * Creates a meeting with version 1. The same id with identical content is a no-op
   * (idempotent seeding) returning the stored meeting; different content throws ConflictError,
   * and so does a `calendarEventId` that another meeting already has (an event is imported
   * at most once).
   */
  createMeeting(meeting: Omit<Meeting, 'version'>): Promise<Meeting>;
  /**
   * Replaces a meeting when its stored version equals `expectedVersion`; returns it with
   * version + 1. Throws ConflictError on a stale version and NotFoundError when it is missing.
   */
  updateMeeting(meeting: Omit<Meeting, 'version'>, expectedVersion: number): Promise<Meeting>;
  /** Stores the meeting's snapshot once: a second save keeps the first and returns `created: false`. */
  saveSnapshot(snapshot: MeetingSnapshot): Promise<{ snapshot: MeetingSnapshot; created: boolean }>;
  getSnapshot(meetingId: string): Promise<MeetingSnapshot | undefined>;
  /**
   * Records what was done with one step of one revision of a meeting. The first record
   * wins: a second one for the same (meetingId, revision, step) stores nothing and
   * returns `false`.
   */
  recordStep(state: StepState): Promise<boolean>;
  /** The recorded steps of a meeting (every revision), oldest first. */
  listSteps(meetingId: string): Promise<StepState[]>;
}
