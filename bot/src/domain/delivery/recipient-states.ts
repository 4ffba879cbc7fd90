import type { OutboxJob } from '../ports/outbox.port';
import type { ReminderKindName } from '../reminders/reminder-kinds';

/**
 * What a person's reminders about one meeting came to, as people read it (decision 0023):
 * pending (queued, not sent yet) · sent · failed (Teams did not take it, attempts used up) ·
 * unreachable ("når inte": no personal chat with the bot, the app is not installed) · expired
 * (not sent before the meeting began). There is no "read": Samordna records no read receipts.
 */
export const RECIPIENT_STATES = ['pending', 'sent', 'failed', 'unreachable', 'expired'] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];

/** One line per person and meeting: the state of the latest message that person was due. */
export interface RecipientLine {
  /** The job the state comes from ("försök igen" puts this one back). */
  readonly key: string;
  readonly userId: string;
  /** The kind of the latest message (domain/reminders/reminder-kinds.ts). */
  readonly kind: ReminderKindName;
  readonly state: RecipientState;
  /** When the state was reached: sent at, or the last change of the job. */
  readonly at: string;
  /** The last time any of this meeting's messages reached the person, or null. */
  readonly lastSentAt: string | null;
  readonly attempts: number;
}

type PersonalJob = OutboxJob & { readonly recipient: { kind: 'user'; userId: string } };

const personal = (job: OutboxJob): job is PersonalJob => job.recipient.kind === 'user';

/** Later first: the message due last, then the one changed last. */
const later = (a: OutboxJob, b: OutboxJob): number =>
  b.dueAt.localeCompare(a.dueAt) || b.updatedAt.localeCompare(a.updatedAt);

/**
 * The current state per person from one meeting's outbox jobs. A person due several messages
 * (the round's opening, the nudge, "påminn nu", a move, a stand-in's copy, a retried one) is one
 * line: the latest message's state, with the last time one reached her. Withdrawn messages (the
 * meeting moved or was cancelled before they went) are not the person's state and are skipped;
 * channel posts are not a person's. Ordered by state (what needs someone first), then user id.
 */
export function recipientLines(jobs: readonly OutboxJob[]): RecipientLine[] {
  const byUser = new Map<string, PersonalJob[]>();
  for (const job of jobs) {
    if (!personal(job) || job.status === 'withdrawn') continue;
    const list = byUser.get(job.recipient.userId) ?? [];
    list.push(job);
    byUser.set(job.recipient.userId, list);
  }
  const lines: RecipientLine[] = [];
  for (const [userId, list] of byUser) {
    const sorted = [...list].sort(later);
    const latest = sorted[0];
    const state = latest?.status;
    if (latest === undefined || state === undefined || state === 'withdrawn') continue;
    const sentAts = list.flatMap((j) =>
      j.status === 'sent' && j.sentAt !== null ? [j.sentAt] : [],
    );
    lines.push({
      key: latest.key,
      userId,
      kind: latest.kind,
      state,
      at: state === 'sent' ? (latest.sentAt ?? latest.updatedAt) : latest.updatedAt,
      lastSentAt: sentAts.sort().at(-1) ?? null,
      attempts: latest.attempts,
    });
  }
  const order = (s: RecipientState) =>
    ['unreachable', 'failed', 'expired', 'pending', 'sent'].indexOf(s);
  return lines.sort((a, b) => order(a.state) - order(b.state) || a.userId.localeCompare(b.userId));
}

/** How many people are in each state (one per person, like the lines). */
export function recipientCounts(
  lines: readonly RecipientLine[],
): Readonly<Record<RecipientState, number>> {
  const counts = Object.fromEntries(RECIPIENT_STATES.map((s) => [s, 0])) as Record<
    RecipientState,
    number
  >;
  for (const line of lines) counts[line.state] += 1;
  return counts;
}
