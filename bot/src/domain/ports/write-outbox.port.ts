/**
 * Durable pending writes to the system of record (SharePoint): a write that does not finish
 * within its budget waits here and is synced in the background, so the user never waits for
 * SharePoint and nothing is lost if the process dies. SQLite locally; it can move to Azure
 * Tables with the rest of the runtime state. Not the reminder outbox (outbox.port.ts).
 */

export type PendingWriteKind = 'create' | 'update' | 'upsert';

export interface PendingWrite {
  /** Outbox sequence number (order of enqueueing). */
  readonly seq: number;
  /** Target list (display name). */
  readonly list: string;
  readonly kind: PendingWriteKind;
  /** Domain id of the record (the item's `SamordnaId`). */
  readonly key: string;
  /** The item fields to write, as JSON. */
  readonly fields: string;
  /** For updates: the eTag the change was based on. */
  readonly etag: string | null;
  /** Failed attempts so far (0: never tried, or the first try is in flight). */
  readonly attempts: number;
  /** UTC instant before which the write is not retried. */
  readonly notBefore: string;
  readonly createdAt: string;
}

/** A write SharePoint refused for good, kept so that nothing a user saved is thrown away. */
export interface RefusedWrite extends PendingWrite {
  /** Why, for operators (HTTP status and Graph's code; never shown verbatim to users). */
  readonly reason: string;
  readonly refusedAt: string;
  /** When someone dismissed the message about it in the tab (the write is still kept), or null. */
  readonly dismissedAt: string | null;
}

export interface WriteOutboxPort {
  /** Stores a pending write durably; returns it with its sequence number. */
  enqueue(write: Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'>): Promise<PendingWrite>;
  /**
   * Stores several pending writes durably as one unit (an import): all of them, in order, or —
   * on failure, or when the process dies meanwhile — none. Returns them with their numbers.
   */
  enqueueAll(
    writes: readonly Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'>[],
  ): Promise<PendingWrite[]>;
  /** Every pending write, oldest first. */
  list(): Promise<PendingWrite[]>;
  /** Pending writes due at `now`, oldest first, at most `limit`. */
  due(now: string, limit: number): Promise<PendingWrite[]>;
  /** Records a failed attempt; the write is retried no earlier than `notBefore`. */
  fail(seq: number, notBefore: string): Promise<void>;
  /** Removes a write that has arrived. */
  done(seq: number): Promise<void>;
  /**
   * Moves a write SharePoint refused for good (someone else changed the item meanwhile, a bad
   * request) out of the pending writes into the refused ones, with the reason: it is not
   * retried, and it is not lost (`npm run sharepoint:refused` lists them for re-entry).
   */
  refuse(seq: number, reason: string, at: string): Promise<void>;
  /** Refused writes, oldest first, dismissed ones included. */
  refused(): Promise<RefusedWrite[]>;
  /** Marks a refused write's message dismissed (kept); false when unknown or already dismissed. */
  dismiss(seq: number, at: string): Promise<boolean>;
  close(): Promise<void>;
}
