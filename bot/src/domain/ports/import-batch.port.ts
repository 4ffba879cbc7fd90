import type { Activity, StatusReport } from '../types';

/** Everything one import writes: new activities, changed activities, new reports. */
export interface ImportBatch {
  /** Activities to create (version 1). */
  readonly creates: readonly Omit<Activity, 'version'>[];
  /** Activities to replace, each at the version the import read. */
  readonly updates: readonly {
    readonly activity: Omit<Activity, 'version'>;
    readonly expectedVersion: number;
  }[];
  /** Reports to append, each with its idempotency key. */
  readonly reports: readonly { readonly report: StatusReport; readonly idempotencyKey: string }[];
}

export interface ImportBatchResult {
  /**
   * True when the batch is stored durably but the system of record (SharePoint) has not
   * received all of it yet: the outbox completes it in the background ("sparad, synkas").
   */
  readonly syncPending: boolean;
}

/** Writes an import as one unit. */
export interface ImportBatchRepository {
  /**
   * Stores the whole batch or none of it: readers of the store see either the state before
   * or the state with every record of the batch, never a part, also when the process dies
   * (kill -9) halfway through.
   *
   * Checks first, with the same rules as the single writes, and on any failure stores
   * nothing and throws: a create whose id exists with other content, or an update whose
   * stored version is not `expectedVersion`, throws ConflictError; an update of a missing
   * activity throws NotFoundError. A create whose id exists with the same content is a
   * no-op (ignoring timestamps); a report whose idempotency key was used before is skipped.
   *
   * SQLite: one transaction. SharePoint: the batch enters the durable write outbox in one
   * transaction and the read model at once, before this returns; SharePoint itself receives
   * it item by item, and the outbox resumes after a crash until all of it has arrived (a write
   * SharePoint refuses for good is kept apart, as every refused write is, never lost).
   */
  apply(batch: ImportBatch): Promise<ImportBatchResult>;
}
