import { resolvedPlanOrUndefined } from '../domain/services/resolve-plan';
import type { Clock } from '../domain/ports/clock.port';
import type { MeetingStore } from '../domain/ports/meeting-store.port';
import type { OutboxJob, OutboxStore } from '../domain/ports/outbox.port';
import type { ConversationStore } from '../domain/ports/runtime-state.port';
import type { StorePort } from '../domain/ports/store.port';
import type { Meeting } from '../domain/meetings/meeting';
import { samordningMember } from '../domain/meetings/meeting-service';
import { roundProgress, type OrganisationProgress } from '../domain/meetings/progress';
import type { RhythmSettings } from '../domain/meetings/schedule';
import type { WorkingDayCalendar } from '../domain/meetings/working-days';
import { openRound } from '../domain/reporting';
import { findReminderKind, type BuiltInReminderKind } from '../domain/reminders/reminder-kinds';
import type { ReminderRenderer } from '../rhythm/reminder-renderer';
import { dialogueRoundTitle, plannedSteps } from '../rhythm/dialogue-rhythm';
import { jobKey, personalReminders } from '../rhythm/scheduler';

export interface OutboxDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly outbox: OutboxStore;
  readonly renderer: ReminderRenderer;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  readonly tabUrl: () => string | null;
}

/** A job that reminded its reader of the meeting: a personal reminder card or a move. */
function aboutTheMeeting(kind: string): boolean {
  const card = findReminderKind(kind)?.card;
  return card === 'personal' || card === 'moved';
}

/** Users who have already been sent a reminder about this meeting. */
function remindedUsers(sent: readonly OutboxJob[]): string[] {
  const users = new Set<string>();
  for (const job of sent) {
    if (job.recipient.kind === 'user' && aboutTheMeeting(job.kind)) {
      users.add(job.recipient.userId);
    }
  }
  return [...users];
}

export interface ChangeEffects {
  readonly withdrawn: number;
  readonly told: number;
}

/**
 * After a meeting was moved or cancelled: its unsent reminders are withdrawn, those already
 * reminded are told (a 'meeting-moved' or 'meeting-cancelled' message), and for a move the
 * round's opening (and any nudge or summary whose new time has passed too) is carried over,
 * so nobody gets the same reminder twice. An edit that keeps the time does nothing.
 */
export async function applyMeetingChange(
  deps: OutboxDeps,
  previous: Meeting,
  meeting: Meeting,
  now: Date,
): Promise<ChangeEffects> {
  const cancelled = meeting.status === 'cancelled';
  if (!cancelled && meeting.revision === previous.revision) return { withdrawn: 0, told: 0 };
  const at = now.toISOString();
  const withdrawn = await deps.outbox.withdraw(meeting.id, at);
  const sent = await deps.outbox.list({ groupKey: meeting.id, statuses: ['sent'] });
  // A dialogue meeting's cards say "dialogmötet" and name its follow-up round (decision 0033).
  const context = {
    meeting,
    tabUrl: deps.tabUrl(),
    roundTitle: await dialogueRoundTitle(deps.store, meeting),
  };
  const message = cancelled
    ? deps.renderer.cancelled(context)
    : deps.renderer.moved({ ...context, previousStartsAt: previous.startsAt });
  const users = remindedUsers(sent);
  for (const userId of users) {
    await deps.outbox.enqueue(
      {
        key: jobKey(meeting, cancelled ? 'cancelled' : 'moved', userId),
        groupKey: meeting.id,
        kind: (cancelled ? 'meeting-cancelled' : 'meeting-moved') satisfies BuiltInReminderKind,
        recipient: { kind: 'user', userId },
        message,
        dueAt: at,
        expiresAt: cancelled ? previous.startsAt : meeting.startsAt,
      },
      at,
    );
  }
  if (!cancelled) await carryOverSteps(deps, previous, meeting, at);
  return { withdrawn: withdrawn.length, told: users.length };
}

async function carryOverSteps(
  deps: OutboxDeps,
  previous: Meeting,
  meeting: Meeting,
  at: string,
): Promise<void> {
  const done = (await deps.meetings.listSteps(meeting.id)).filter(
    (s) => s.revision === previous.revision && s.outcome === 'done' && s.step !== 'close',
  );
  for (const step of await plannedSteps(deps, meeting)) {
    // The round stays open when a meeting moves, so its opening is never announced twice;
    // a nudge or summary already sent counts only while its new time has also passed.
    const carried = step.step === 'open' || step.at <= at;
    if (carried && done.some((d) => d.step === step.step)) {
      await deps.meetings.recordStep({
        meetingId: meeting.id,
        revision: meeting.revision,
        step: step.step,
        outcome: 'done',
        jobs: 0,
        at,
      });
    }
  }
}

export type RemindNowResult =
  | {
      readonly kind: 'queued';
      /** Everyone the reminder was queued for (one per samordnare or stand-in and organisation). */
      readonly recipients: number;
      /** Those with a personal chat with the bot: the dispatcher sends to them within seconds. */
      readonly reached: number;
      /** Those without one ("når inte": the app is not installed for them), by name. */
      readonly unreached: readonly { readonly userId: string; readonly name: string }[];
      readonly organisations: readonly OrganisationProgress[];
    }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'no-open-round' }
  | { readonly kind: 'all-reported' };

/**
 * "påminn nu" (Samordning only): the current round's reminder at once to every samordnare
 * whose organisation still has unreported activities. The key carries the minute, so two
 * presses in the same minute queue one reminder each. Says who cannot be reached: a recipient
 * without a personal chat with the bot (the dispatcher books her job "når inte"), so the
 * answer never claims to reach people it cannot (issue 18 item 3).
 */
export async function remindNow(
  deps: OutboxDeps & {
    readonly clock: Clock;
    readonly conversations: Pick<ConversationStore, 'findPersonal'>;
  },
  actorId: string | null,
): Promise<RemindNowResult> {
  if ((await samordningMember(deps.store, actorId)) === null) return { kind: 'forbidden' };
  const now = deps.clock.now();
  const plan = await resolvedPlanOrUndefined(deps.store);
  const round = plan === undefined ? null : openRound(await deps.store.rounds.list(plan.id), now);
  if (round === null) return { kind: 'no-open-round' };
  const meeting = await deps.meetings.findByRound(round.id);
  if (meeting === undefined || meeting.status !== 'planned') return { kind: 'no-open-round' };
  const at = now.toISOString();
  const kind: BuiltInReminderKind = 'remind-now';
  const jobs = await personalReminders(deps, meeting, kind, `now-${at.slice(0, 16)}`, at);
  if (jobs.length === 0) return { kind: 'all-reported' };
  for (const job of jobs) await deps.outbox.enqueue(job, at);
  const organisations = (await roundProgress(deps.store, meeting)).filter((p) => p.unreported > 0);
  const names = new Map((await deps.store.members.list()).map((m) => [m.userId, m.name]));
  const unreached = new Map<string, string>();
  let reached = 0;
  for (const job of jobs) {
    const userId = job.recipient.kind === 'user' ? job.recipient.userId : null;
    if (userId === null || (await deps.conversations.findPersonal(userId)) !== undefined) {
      reached += 1;
    } else {
      unreached.set(userId, names.get(userId) ?? userId);
    }
  }
  return {
    kind: 'queued',
    recipients: jobs.length,
    reached,
    unreached: [...unreached].map(([userId, name]) => ({ userId, name })),
    organisations,
  };
}
