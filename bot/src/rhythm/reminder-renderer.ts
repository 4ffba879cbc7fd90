import type { OutboxMessage } from '../domain/ports/outbox.port';
import type { Meeting } from '../domain/meetings/meeting';
import type { OrganisationProgress } from '../domain/meetings/progress';

/** What every reminder is about. */
export interface ReminderContext {
  readonly meeting: Meeting;
  /** Public URL of the tab, or null. */
  readonly tabUrl: string | null;
}

/** A reminder to one samordnare about their organisation. */
export interface PersonalReminder extends ReminderContext {
  readonly kind: 'round-open' | 'nudge' | 'remind-now';
  readonly progress: OrganisationProgress | null;
  /**
   * For a stand-in: the absent samordnare she stands in for, and the organisation (the card's
   * status button opens that organisation's list). Absent or null for a samordnare's own.
   */
  readonly standingInFor?: { readonly name: string; readonly organisationId: string } | null;
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
    input: ReminderContext & { readonly progress: readonly OrganisationProgress[] },
  ): OutboxMessage;
  /** To those already reminded: the meeting has a new time. */
  moved(input: ReminderContext & { readonly previousStartsAt: string }): OutboxMessage;
  /** To those already reminded: the meeting is cancelled. */
  cancelled(input: ReminderContext): OutboxMessage;
}
