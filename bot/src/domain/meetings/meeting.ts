/**
 * The samordningsgrupp's meetings and the reporting round each one gets. Pure data.
 * Instants are ISO-8601 UTC; local dates are Europe/Stockholm (configurable).
 */
import type { ReportStatus } from '../types';
import { BUILT_IN_STEPS, type BuiltInReminderStep } from '../reminders/reminder-kinds';

/** The whole samordningsgrupp, or a smaller constellation of named organisations. */
export type Constellation =
  | { readonly kind: 'all' }
  | { readonly kind: 'organisations'; readonly organisationIds: readonly string[] };

/**
 * samordningsgrupp: a meeting of the group (it owns a reporting round).
 * dialog: the biennial follow-up's dialogue meeting with one organisation (the round is the follow-up's).
 */
export type MeetingKind = 'samordningsgrupp' | 'dialog';
export type MeetingStatus = 'planned' | 'cancelled';

/** When a meeting's round opens and reminds, in calendar days before the meeting. */
export interface ScheduleSettings {
  /** The round opens (reminder to every samordnare). Default 14. */
  readonly openDaysBefore: number;
  /** A nudge to those with unreported activities. Default 5. */
  readonly nudgeDaysBefore: number;
  /** Agenda and status summary in the team channel. Default 1. */
  readonly summaryDaysBefore: number;
  /** When the round closes (and the snapshot is frozen); null = at the meeting's start. */
  readonly closesAt: string | null;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  openDaysBefore: 14,
  nudgeDaysBefore: 5,
  summaryDaysBefore: 1,
  closesAt: null,
};

export interface Meeting {
  readonly id: string;
  readonly planId: string;
  readonly kind: MeetingKind;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly theme: string;
  /** Plain text, one item per line. */
  readonly agenda: string;
  readonly constellation: Constellation;
  /** Teams meeting join link, or null. */
  readonly teamsLink: string | null;
  readonly status: MeetingStatus;
  /** The reporting round this meeting's reminders are about. */
  readonly roundId: string;
  readonly schedule: ScheduleSettings;
  /**
   * The group-calendar event this meeting was imported from (absent when typed in Samordna).
   * At most one meeting per event: the stores refuse a second one.
   */
  readonly calendarEventId?: string;
  /** Increases when the meeting is moved: reminder keys of an earlier time never block new ones. */
  readonly revision: number;
  /** Optimistic-concurrency version, incremented by the store on every update. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The built-in steps; the steps come from the reminder kinds (domain/reminders/reminder-kinds.ts). */
export const SCHEDULE_STEPS = BUILT_IN_STEPS;
/** A planned reminder kind's step (kebab-case) or 'close'. */
export type ScheduleStep = BuiltInReminderStep | 'close' | (string & Record<never, never>);

/** What the scheduler did with one step of one revision of a meeting. */
export interface StepState {
  readonly meetingId: string;
  readonly revision: number;
  readonly step: ScheduleStep;
  /** done: expanded into outbox jobs (or the round closed) · skipped: the meeting had passed or was cancelled. */
  readonly outcome: 'done' | 'skipped';
  /** How many jobs were planned. */
  readonly jobs: number;
  readonly at: string;
}

/** One activity's latest status when the round closed. */
export interface SnapshotEntry {
  readonly activityId: string;
  readonly organisationId: string;
  readonly title: string;
  readonly status: ReportStatus | null;
  readonly reportId: string | null;
  readonly reportedAt: string | null;
  /** True when the status was reported in this meeting's round. */
  readonly reportedInRound: boolean;
}

/** The statuses frozen with a meeting when its round closed: an audit trail. */
export interface MeetingSnapshot {
  readonly meetingId: string;
  readonly roundId: string;
  readonly takenAt: string;
  readonly entries: readonly SnapshotEntry[];
}
