import type { SupportRepository } from '../../domain/ports/support-store.port';
import type { SupportEntry, SupportEntryVersion } from '../../domain/support/support-types';
import { bySupportOrder, SUPPORT_ENTRY, type SupportChange as Change } from '../support-schemas';
import { createVersioned, readAll, readOne, updateVersioned } from './replica-writes';
import type { SharePointContext } from './sharepoint-context';

/** HR's support entries and their versions in two SharePoint lists. */
export class SharePointSupport implements SupportRepository {
  constructor(private readonly ctx: SharePointContext) {}

  async list(): Promise<SupportEntry[]> {
    return (await readAll(this.ctx, this.ctx.support)).sort(bySupportOrder);
  }

  get = (entryId: string): Promise<SupportEntry | undefined> =>
    readOne(this.ctx, this.ctx.support, entryId);

  async create(entry: Omit<SupportEntry, 'version'>, change: Change): Promise<SupportEntry> {
    const { record, created } = await createVersioned(
      this.ctx,
      this.ctx.support,
      SUPPORT_ENTRY,
      entry,
    );
    if (created) await this.writeVersion(record, change);
    return record;
  }

  async update(
    entry: Omit<SupportEntry, 'version'>,
    expectedVersion: number,
    change: Change,
  ): Promise<SupportEntry> {
    const next = await updateVersioned(
      this.ctx,
      this.ctx.support,
      SUPPORT_ENTRY,
      entry,
      expectedVersion,
    );
    await this.writeVersion(next, change);
    return next;
  }

  async versions(entryId: string): Promise<SupportEntryVersion[]> {
    return (await readAll(this.ctx, this.ctx.supportVersions))
      .filter((v) => v.entryId === entryId)
      .sort((a, b) => a.version - b.version);
  }

  private async writeVersion(entry: SupportEntry, change: Change): Promise<void> {
    await this.ctx.write(
      this.ctx.supportVersions,
      { ...change, entryId: entry.id, version: entry.version, entry },
      'create',
    );
  }
}
