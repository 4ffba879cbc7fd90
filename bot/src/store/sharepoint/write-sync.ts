import type { Logger } from 'pino';
import { ConflictError } from '../../domain/ports/store.port';
import type {
  PendingWrite,
  PendingWriteKind,
  WriteOutboxPort,
} from '../../domain/ports/write-outbox.port';
import type { ItemFields } from './field-codec';
import { GraphCallError } from '../../graph/graph-http';
import type { ListName } from './list-schema';
import { drainCreates, identity, type DrainSync } from './batch-drain';
import type { SiteLists, GraphItem } from './site-lists';

export interface WriteResult {
  /** The stored item, or null while the write waits in the outbox ("sparad, synkas"). */
  readonly item: GraphItem | null;
}

/** One item write as the store asks for it. */
export interface QueuedItem {
  readonly list: ListName;
  readonly kind: PendingWriteKind;
  readonly key: string;
  readonly fields: ItemFields;
  readonly target: { readonly itemId: string | null; readonly etag: string | null };
}

export interface WriteSyncOptions {
  /** How long a caller waits for SharePoint before the write is left to the outbox. */
  readonly budgetMs: number;
  readonly now: () => Date;
  readonly logger?: Logger;
  /** Wait before retry n (default 1 s, 5 s, 15 s, 1 min, 5 min). */
  readonly backoffMs?: readonly number[];
  /** Called when SharePoint confirms a write (the replica updates). */
  readonly onStored: (write: PendingWrite, item: GraphItem) => void;
  /** Called when SharePoint refuses a queued write for good. */
  readonly onDropped: (write: PendingWrite) => void;
}

const BACKOFF_MS = [1_000, 5_000, 15_000, 60_000, 300_000];

/**
 * Writes go through a durable outbox: enqueue first, then try at once. A caller waits at
 * most `budgetMs`; after that (or on a transient failure) the write stays queued and is
 * synced in the background with back-off. Before a write that may already have arrived (a
 * retry, or one found in the outbox after a restart) is sent again, its identity column
 * (`IdempotencyKey` or `SamordnaId`, both indexed) is looked up, so each write arrives once.
 */
export class WriteSync implements DrainSync {
  private readonly inFlight = new Set<number>();
  private readonly background = new Set<Promise<unknown>>();
  /** Writes found in the outbox at start: an attempt may have arrived before the process died. */
  private readonly uncertain = new Set<number>();
  private draining: Promise<void> | null = null;
  /** The eTag of each item as our own last confirmed write left it (`list:key`). */
  private readonly ownEtags = new Map<string, string>();

  constructor(
    private readonly lists: SiteLists,
    private readonly outbox: WriteOutboxPort,
    private readonly options: WriteSyncOptions,
  ) {}

  markRecovered(writes: readonly PendingWrite[]): void {
    for (const w of writes) this.uncertain.add(w.seq);
  }

  /** The pending write of one item (fields as JSON, the target item id kept with them). */
  private pending(item: QueuedItem): Omit<PendingWrite, 'seq' | 'attempts' | 'notBefore'> {
    return {
      list: item.list,
      kind: item.kind,
      key: item.key,
      fields: JSON.stringify({
        ...item.fields,
        ...(item.target.itemId === null ? {} : { '@itemId': item.target.itemId }),
      }),
      etag: item.target.etag,
      createdAt: this.options.now().toISOString(),
    };
  }

  /**
   * Queues several writes as one unit (an import): durable in the outbox together before this
   * resolves, sent in the background by the drain. Nothing is tried within a budget.
   */
  async queueAll(items: readonly QueuedItem[]): Promise<void> {
    await this.outbox.enqueueAll(items.map((item) => this.pending(item)));
    void this.drain();
  }

  async write(
    list: ListName,
    kind: PendingWriteKind,
    key: string,
    fields: ItemFields,
    target: { itemId: string | null; etag: string | null },
  ): Promise<WriteResult> {
    const write = await this.outbox.enqueue(this.pending({ list, kind, key, fields, target }));
    const attempt = this.attempt(write);
    // Past the budget nobody awaits it: it settles in the background (errors are logged).
    const settled = attempt.catch(() => undefined);
    this.background.add(settled);
    void settled.finally(() => this.background.delete(settled));
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.options.budgetMs);
    });
    try {
      const outcome = await Promise.race([attempt, budget]);
      return { item: outcome === 'late' ? null : outcome };
    } finally {
      clearTimeout(timer);
    }
  }

  /** One attempt: the item, or null when it stays queued. Throws ConflictError on 412. */
  private async attempt(write: PendingWrite): Promise<GraphItem | null> {
    // A background drain already took it: it stays queued as far as this caller knows.
    if (this.inFlight.has(write.seq)) return null;
    this.inFlight.add(write.seq);
    try {
      const item = await this.send(write);
      await this.stored(write, item);
      return item;
    } catch (error) {
      if (error instanceof GraphCallError && error.transient) {
        await this.transient(write, error.status, error.retryAfterMs);
        return null;
      }
      await this.refused(write, error);
      if (error instanceof GraphCallError && error.status === 412) {
        throw new ConflictError(write.list, write.key);
      }
      throw error;
    } finally {
      this.inFlight.delete(write.seq);
    }
  }

  /** SharePoint has the write: leave the outbox, update the read model. */
  async stored(write: PendingWrite, item: GraphItem): Promise<void> {
    if (item.eTag !== null) this.ownEtags.set(`${write.list}:${write.key}`, item.eTag);
    await this.outbox.done(write.seq);
    this.uncertain.delete(write.seq);
    this.options.onStored(write, item);
  }

  /** Try again later: after Retry-After when given, else after the back-off. */
  async transient(write: PendingWrite, status: number, retryAfterMs: number | null): Promise<void> {
    const backoff = this.options.backoffMs ?? BACKOFF_MS;
    const wait = retryAfterMs ?? backoff[Math.min(write.attempts, backoff.length - 1)] ?? 60_000;
    await this.outbox.fail(write.seq, new Date(this.options.now().getTime() + wait).toISOString());
    this.options.logger?.warn(
      { event: 'sharepoint-write-queued', list: write.list, status },
      'write queued for sync',
    );
  }

  /** SharePoint refused the write for good (412, 400 …): keep it apart, log the detail. */
  async refused(write: PendingWrite, error: unknown): Promise<void> {
    const reason =
      error instanceof GraphCallError
        ? `HTTP ${String(error.status)} ${error.code}`
        : error instanceof Error
          ? error.name
          : 'refused';
    await this.outbox.refuse(write.seq, reason, this.options.now().toISOString());
    this.options.onDropped(write);
    this.options.logger?.error(
      { event: 'sharepoint-write-refused', list: write.list, err: error },
      'write refused',
    );
  }

  /** A write that may already be in SharePoint must be looked up before it is sent again. */
  maybeArrived(write: PendingWrite): boolean {
    return write.attempts > 0 || this.uncertain.has(write.seq);
  }

  private async send(write: PendingWrite): Promise<GraphItem> {
    const list = write.list as ListName;
    const { '@itemId': itemId, ...fields } = JSON.parse(write.fields) as ItemFields;
    const maybeArrived = this.maybeArrived(write);
    let existing: GraphItem | undefined;
    if (maybeArrived || (write.kind === 'upsert' && itemId === undefined)) {
      const { column, value } = identity(write);
      existing = (await this.lists.findBy(list, column, value)).at(-1);
    }
    if (write.kind === 'create') return existing ?? this.lists.create(list, fields);
    if (write.kind === 'upsert') {
      const target = existing?.id ?? (typeof itemId === 'string' ? itemId : undefined);
      return target === undefined
        ? this.lists.create(list, fields)
        : this.lists.update(list, target, fields, null);
    }
    // An update that may have arrived: done if the stored Version is already ours.
    if (existing !== undefined && existing.fields['Version'] === fields['Version']) return existing;
    try {
      return await this.lists.update(list, String(itemId), fields, write.etag);
    } catch (error) {
      if (!(error instanceof GraphCallError && error.status === 412)) throw error;
      return this.afterChangedEtag(write, fields, error);
    }
  }

  /**
   * A queued update met a changed eTag. When the item is as our own last confirmed write left
   * it (two edits in a row while SharePoint was slow both queued with the eTag the user saw),
   * nobody else changed it: the update is applied on top, with the current eTag. Otherwise
   * someone else changed the item in between and the 412 stands (a real conflict).
   */
  private async afterChangedEtag(
    write: PendingWrite,
    fields: ItemFields,
    conflict: GraphCallError,
  ): Promise<GraphItem> {
    const list = write.list as ListName;
    const { column, value } = identity(write);
    const current = (await this.lists.findBy(list, column, value)).at(-1);
    // (An equal Version proves nothing here: another instance's edit of the same base has it too.)
    if (current === undefined) throw conflict;
    const ours = this.ownEtags.get(`${write.list}:${write.key}`);
    if (current.eTag === null || current.eTag !== ours) throw conflict;
    return this.lists.update(list, current.id, fields, current.eTag);
  }

  /**
   * Sends every due write not already in flight (one pass); safe to call concurrently.
   * Creates go in `$batch`es of 20 (see batch-drain.ts); updates one by one.
   */
  async drain(): Promise<void> {
    this.draining ??= (async () => {
      try {
        const due = (await this.outbox.due(this.options.now().toISOString(), 200)).filter(
          (w) => !this.inFlight.has(w.seq),
        );
        for (const w of due) this.inFlight.add(w.seq);
        try {
          const creates = due.filter((w) => w.kind === 'create');
          await drainCreates(this, this.lists, creates);
          for (const write of due.filter((w) => w.kind !== 'create')) {
            this.inFlight.delete(write.seq);
            await this.attempt(write).catch(() => undefined);
          }
        } finally {
          for (const w of due) this.inFlight.delete(w.seq);
        }
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  /** Waits (at most `timeoutMs`) for attempts still running in the background, e.g. on close. */
  async settle(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all([...this.background, this.draining]), limit]);
    clearTimeout(timer);
  }

  /** Waits until the outbox is empty or `timeoutMs` passes (tests, shutdown). */
  async flush(timeoutMs: number): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if ((await this.outbox.list()).length === 0 && this.inFlight.size === 0) return true;
      await this.drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }
}
