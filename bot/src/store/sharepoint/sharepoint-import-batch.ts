import type {
  ImportBatch,
  ImportBatchRepository,
  ImportBatchResult,
} from '../../domain/ports/import-batch.port';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { ListReplica } from './list-replica';
import type { BatchWrite, SharePointContext } from './sharepoint-context';
import { sameContent } from '../same-content';

/**
 * An import on SharePoint. Graph has no transaction across items (a `$batch` is not atomic),
 * so the unit is the durable outbox: every check runs against the read model first (a failed
 * check writes nothing), then the whole batch enters the outbox in one SQLite transaction and
 * the read model in one step — readers through this store see all of it or none — and the
 * outbox sends it item by item, resuming after a crash until all of it has arrived.
 */
export class SharePointImportBatch implements ImportBatchRepository {
  constructor(private readonly ctx: SharePointContext) {}

  async apply(batch: ImportBatch): Promise<ImportBatchResult> {
    await this.ctx.fresh();
    const activities = this.ctx.activities as ListReplica<unknown>;
    const writes: BatchWrite[] = [];
    for (const activity of batch.creates) {
      const existing = this.ctx.activities.get(activity.id);
      if (existing === undefined)
        writes.push({ replica: activities, record: { ...activity, version: 1 }, kind: 'create' });
      else if (!sameContent(existing.record, activity, ['version', 'createdAt', 'updatedAt']))
        throw new ConflictError('activity', activity.id);
    }
    for (const { activity, expectedVersion } of batch.updates) {
      const existing = this.ctx.activities.get(activity.id);
      if (existing === undefined) throw new NotFoundError('activity', activity.id);
      if (existing.record.version !== expectedVersion)
        throw new ConflictError('activity', activity.id);
      writes.push({
        replica: activities,
        record: { ...activity, version: expectedVersion + 1 },
        kind: 'update',
        base: existing,
      });
    }
    const seen = new Set(this.ctx.reports.all().map((s) => s.idempotencyKey));
    for (const { report, idempotencyKey } of batch.reports) {
      if (seen.has(idempotencyKey)) continue;
      seen.add(idempotencyKey);
      writes.push({
        replica: this.ctx.reports as ListReplica<unknown>,
        record: { report, idempotencyKey },
        kind: 'create',
      });
    }
    if (writes.length > 0) await this.ctx.writeAll(writes);
    return { syncPending: writes.length > 0 };
  }
}
