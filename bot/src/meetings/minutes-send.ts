import { createHash } from 'node:crypto';
import { decisionsFor } from '../domain/minutes/decisions';
import { peopleToday, reminderRecipients } from '../domain/people/stand-ins';
import type { MeetingStore } from '../domain/ports/meeting-store.port';
import type { MinutesStore } from '../domain/ports/minutes-store.port';
import type { OutboxJobInput, OutboxStore } from '../domain/ports/outbox.port';
import type { StorePort } from '../domain/ports/store.port';
import type { ReminderRenderer } from '../rhythm/reminder-renderer';

export interface MinutesSendDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly minutes: MinutesStore;
  readonly outbox: OutboxStore;
  readonly renderer: ReminderRenderer;
  readonly tabUrl: () => string | null;
}

export interface MinutesSendResult {
  /** Messages queued now (a repeat with the same decisions queues none). */
  readonly queued: number;
  /** Messages planned in all, new or already queued. */
  readonly planned: number;
  readonly organisations: number;
}

/**
 * After the meeting: each samordnare (or her stand-in today) gets the decisions that concern
 * her organisation, through the reminder outbox. The key names the meeting, the reader, the
 * organisation and the decisions sent, so a repeat sends nothing and a later decision sends
 * the list again.
 */
export async function sendMinutes(
  deps: MinutesSendDeps,
  meetingId: string,
  now: Date,
): Promise<MinutesSendResult | null> {
  const meeting = await deps.meetings.getMeeting(meetingId);
  if (meeting === undefined) return null;
  const [decisions, organisations, members, standIns] = await Promise.all([
    deps.minutes.listDecisions({ meetingId }),
    deps.store.organisations.list(),
    deps.store.members.list(),
    deps.store.standIns.list(),
  ]);
  const at = now.toISOString();
  const jobs: OutboxJobInput[] = [];
  const concerned = organisations.filter((o) => decisionsFor(decisions, o.id).length > 0);
  for (const organisation of concerned) {
    const own = decisionsFor(decisions, organisation.id);
    const digest = createHash('sha256')
      .update(own.map((d) => d.id).join('|'))
      .digest('hex')
      .slice(0, 12);
    const recipients = reminderRecipients(
      members,
      standIns,
      new Set([organisation.id]),
      peopleToday(now),
    );
    for (const r of recipients) {
      jobs.push({
        key: `${meeting.id}:minutes:${r.userId}:${organisation.id}:${digest}`,
        groupKey: `${meeting.id}:minutes`,
        kind: 'minutes',
        recipient: { kind: 'user', userId: r.userId },
        message: deps.renderer.decisions({
          meeting,
          tabUrl: deps.tabUrl(),
          organisationName: organisation.name,
          decisions: own,
        }),
        dueAt: at,
        expiresAt: null,
      });
    }
  }
  let queued = 0;
  for (const job of jobs) if ((await deps.outbox.enqueue(job, at)).created) queued += 1;
  return { queued, planned: jobs.length, organisations: concerned.length };
}
