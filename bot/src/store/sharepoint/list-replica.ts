import type { ItemFields } from './field-codec';
import type { ListMapper } from './sharepoint-mappers';
import type { GraphItem } from './site-lists';

export interface ReplicaEntry<T> {
  readonly key: string;
  readonly itemId: string | null;
  readonly eTag: string | null;
  readonly record: T;
  /** Server order (item id) for stored items; after every stored item while pending. */
  readonly order: number;
  /** A local write not yet confirmed by SharePoint. */
  readonly pending: boolean;
}

const PENDING_ORDER = 1e12;

/**
 * The local read model of one list, kept fresh with Graph delta queries. Own writes are
 * applied at once (pending until SharePoint confirms them), so reads include pending writes.
 */
export class ListReplica<T> {
  private readonly entries = new Map<string, ReplicaEntry<T>>();
  deltaLink: string | null = null;
  private pendingCounter = 0;

  constructor(readonly mapper: ListMapper<T>) {}

  /** Applies items from delta (or a write's answer); pending local writes win until confirmed. */
  applyServer(items: readonly GraphItem[]): void {
    for (const item of items) {
      if (item.fields['@removed'] !== undefined) continue;
      const record = this.mapper.fromFields(item.fields);
      const key = this.mapper.key(record);
      if (this.entries.get(key)?.pending === true) continue;
      this.entries.set(key, {
        key,
        itemId: item.id,
        eTag: item.eTag,
        record,
        order: Number(item.id),
        pending: false,
      });
    }
  }

  /** A local write, visible to reads at once. */
  applyLocal(record: T): void {
    const key = this.mapper.key(record);
    const existing = this.entries.get(key);
    this.pendingCounter += 1;
    this.entries.set(key, {
      key,
      itemId: existing?.itemId ?? null,
      eTag: existing?.eTag ?? null,
      record,
      order:
        existing !== undefined && !existing.pending
          ? existing.order
          : PENDING_ORDER + this.pendingCounter,
      pending: true,
    });
  }

  /** SharePoint confirmed the write of `key` (item id and new eTag). */
  confirm(key: string, itemId: string, eTag: string | null, fields?: ItemFields): void {
    const existing = this.entries.get(key);
    if (existing === undefined) return;
    const record = fields === undefined ? existing.record : this.mapper.fromFields(fields);
    this.entries.set(key, { key, itemId, eTag, record, order: Number(itemId), pending: false });
  }

  /** Drops a local write SharePoint refused (the next delta brings the stored state back). */
  forget(key: string): void {
    this.entries.delete(key);
    this.deltaLink = null;
  }

  get(key: string): ReplicaEntry<T> | undefined {
    return this.entries.get(key);
  }

  /** Every record in server order (pending writes last, in the order they were made). */
  all(): T[] {
    return [...this.entries.values()].sort((a, b) => a.order - b.order).map((e) => e.record);
  }
}
