/**
 * The reminder outbox and leases: runtime state shared by every server instance
 * (SQLite locally, Azure Table Storage in production). Each proactive message is one
 * job per recipient with a deterministic key, so planning it twice stores it once and
 * any number of instances can dispatch without sending anything twice.
 *
 * All instants are ISO-8601 UTC strings; `now` is always passed in (time is an input).
 */

import type { ReminderKindName } from '../reminders/reminder-kinds';

/** Who a job is for: a user's personal chat (looked up at send time) or a known conversation (a channel). */
export type OutboxRecipient =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'conversation'; readonly conversationId: string };

/**
 * What is sent, already rendered by the planner (the dispatcher does not know the domain):
 * an optional text and an optional Adaptive Card (the card JSON, not the attachment).
 */
export interface OutboxMessage {
  readonly text?: string;
  readonly card?: Record<string, unknown>;
  /** Notification preview / summary line. */
  readonly summary?: string;
}

export interface OutboxJobInput {
  /** Deterministic and unique, e.g. `meeting-42:open:user-a1`. Enqueueing a key twice is a no-op. */
  readonly key: string;
  /** Groups jobs that are withdrawn or rescheduled together, e.g. the meeting id. */
  readonly groupKey: string;
  /** What kind of reminder: a kind of the registry (domain/reminders/reminder-kinds.ts). */
  readonly kind: ReminderKindName;
  readonly recipient: OutboxRecipient;
  readonly message: OutboxMessage;
  /** Not sent before this instant. */
  readonly dueAt: string;
  /** Not sent after this instant (e.g. the meeting's start); past it the job is marked 'expired'. */
  readonly expiresAt?: string | null;
}

/**
 * pending: waiting for dueAt/nextAttemptAt · sent: delivered once · failed: gave up after the
 * bounded attempts (shown in the tab, "försök igen" puts it back to pending) · unreachable: the
 * user has no personal conversation with the bot ("når inte") · withdrawn: its meeting was moved
 * or cancelled before it was sent · expired: it was not sent before expiresAt.
 */
export const OUTBOX_JOB_STATUSES = [
  'pending',
  'sent',
  'failed',
  'unreachable',
  'withdrawn',
  'expired',
] as const;
export type OutboxJobStatus = (typeof OUTBOX_JOB_STATUSES)[number];

export interface OutboxJob extends OutboxJobInput {
  readonly status: OutboxJobStatus;
  readonly attempts: number;
  /** When a pending job may next be tried (dueAt at first, later the backoff). */
  readonly nextAttemptAt: string;
  /** A short technical reason for the last failure (for operators; never shown verbatim to users). */
  readonly lastError: string | null;
  readonly sentAt: string | null;
  /**
   * Set by `claimDue` when the previous claim expired mid-send (markSending without a booked
   * outcome): the instant that send started, so a delivery probe can look for its message
   * before sending again. Null otherwise.
   */
  readonly interruptedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface OutboxFilter {
  readonly groupKey?: string;
  readonly statuses?: readonly OutboxJobStatus[];
  readonly kinds?: readonly ReminderKindName[];
}

export interface OutboxStore {
  /** Stores a new pending job; with an existing key stores nothing and returns the stored job with `created: false`. */
  enqueue(job: OutboxJobInput, now: string): Promise<{ job: OutboxJob; created: boolean }>;
  /**
   * Claims up to `limit` pending jobs whose nextAttemptAt ≤ now and whose claim is free or
   * expired, for `owner` until now + leaseMs. Two owners never hold the same job at once.
   */
  claimDue(owner: string, now: string, leaseMs: number, limit: number): Promise<OutboxJob[]>;
  /** Marks a claimed job sent. Throws LeaseLostError when `owner` no longer holds the claim. */
  markSent(key: string, owner: string, now: string): Promise<void>;
  /** Releases a claimed job back to pending with attempts + 1 and the next attempt time. */
  markRetry(
    key: string,
    owner: string,
    nextAttemptAt: string,
    error: string,
    now: string,
  ): Promise<void>;
  /** Ends a claimed job as 'failed' | 'unreachable' | 'expired' with a reason. */
  markFinal(
    key: string,
    owner: string,
    status: 'failed' | 'unreachable' | 'expired',
    error: string,
    now: string,
  ): Promise<void>;
  /**
   * Records, just before the message goes out, that `owner` is now sending this claimed job
   * (the in-flight marker). Throws LeaseLostError when `owner` no longer holds the claim or the
   * job is no longer pending (e.g. withdrawn meanwhile), so nothing is sent. A job whose claim
   * expires with this marker set was interrupted mid-send: the next claim counts that attempt,
   * says so in lastError and sets interruptedAt, so the dispatcher can ask a DeliveryProbe
   * whether that send landed before sending again.
   *
   * Optional only so that older in-memory fakes still type-check; both adapters implement it.
   */
  markSending?(key: string, owner: string, now: string): Promise<void>;
  /**
   * Gives a claimed job back unattempted (graceful shutdown: claimed but never started), so
   * another instance may take it at once. Does nothing when `owner` no longer holds it.
   * Optional for the same reason as markSending.
   */
  release?(key: string, owner: string): Promise<void>;
  /**
   * Moves pending jobs of a group (optionally of some kinds) to 'withdrawn'; returns them.
   * A job that is being sent right now (markSending under a live claim) is left alone: it ends
   * 'sent' and is not returned.
   */
  withdraw(
    groupKey: string,
    now: string,
    kinds?: readonly ReminderKindName[],
  ): Promise<OutboxJob[]>;
  /** Puts a failed or unreachable job back to pending now with attempts reset ("försök igen"). */
  retry(key: string, now: string): Promise<OutboxJob>;
  get(key: string): Promise<OutboxJob | undefined>;
  list(filter?: OutboxFilter): Promise<OutboxJob[]>;
}

/** Thrown when an instance acts on a job or lease it no longer holds. */
export class LeaseLostError extends Error {
  constructor(readonly key: string) {
    super(`Lease lost on ${key}`);
    this.name = 'LeaseLostError';
  }
}

/** Named leases (e.g. 'scheduler-tick') so that one instance at a time does a piece of work. */
export interface LeaseStore {
  /** Takes or renews the lease when it is free, expired, or already held by `owner`. */
  acquire(name: string, owner: string, now: string, ttlMs: number): Promise<boolean>;
  /** Frees the lease if `owner` holds it (graceful shutdown). */
  release(name: string, owner: string): Promise<void>;
}
