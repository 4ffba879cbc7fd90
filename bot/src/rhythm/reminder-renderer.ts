import type { OutboxMessage } from '../domain/ports/outbox.port';
import type { Meeting } from '../domain/meetings/meeting';
import type { ReminderKindName } from '../domain/reminders/reminder-kinds';
import type { OrganisationProgress } from '../domain/meetings/progress';
import type { AgendaItem, MeetingDecision } from '../domain/minutes/minutes-types';

/** What every reminder is about. */
export interface ReminderContext {
  readonly meeting: Meeting;
  /** Public URL of the tab, or null. */
  readonly tabUrl: string | null;
  /**
   * A dialogue meeting's follow-up round title (decision 0033): its cards say what the
   * dialogue is about. Absent or null: "uppföljningen". Unused for a samordningsgrupp meeting.
   */
  readonly roundTitle?: string | null;
}

/** A reminder to one samordnare about their organisation. */
export interface PersonalReminder extends ReminderContext {
  /** A kind with a personal card (domain/reminders/reminder-kinds.ts): its title and text. */
  readonly kind: ReminderKindName;
  readonly progress: OrganisationProgress | null;
  /**
   * For a stand-in: the absent samordnare she stands in for, and the organisation (the card's
   * status button opens that organisation's list). Absent or null for a samordnare's own.
   */
  readonly standingInFor?: { readonly name: string; readonly organisationId: string } | null;
  /** Open actions of the organisation from earlier meetings ("Att göra till <datum>: …"). */
  readonly actions?: readonly Pick<MeetingDecision, 'what' | 'dueDate'>[];
}

/** After the meeting: the decisions that concern one organisation, to its samordnare. */
export interface DecisionsMessage extends ReminderContext {
  readonly organisationName: string;
  readonly decisions: readonly MeetingDecision[];
}

/**
 * Renders proactive messages when the scheduler plans them (the outbox stores them
 * pre-rendered). Implemented with Adaptive Card templates in teams/cards, so the rhythm
 * layer never imports the Teams libraries. Proactive messages are Swedish.
 */
export interface ReminderRenderer {
  reminder(input: PersonalReminder): OutboxMessage;
  /** The day-before card in the team channel: agenda and status per organisation. */
  summary(
    input: ReminderContext & {
      readonly progress: readonly OrganisationProgress[];
      /** The Dagordning built from the deviations (decision 0025); else the meeting's text. */
      readonly agenda?: {
        readonly items: readonly AgendaItem[];
        readonly organisationName: (id: string) => string;
      };
    },
  ): OutboxMessage;
  /** After the meeting: the decisions and actions that concern the reader's organisation. */
  decisions(input: DecisionsMessage): OutboxMessage;
  /** To those already reminded: the meeting has a new time. */
  moved(input: ReminderContext & { readonly previousStartsAt: string }): OutboxMessage;
  /** To those already reminded: the meeting is cancelled. */
  cancelled(input: ReminderContext): OutboxMessage;
}
