import type { SupportRepository } from '../../domain/ports/support-store.port';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import {
  SUPPORT_CATEGORIES,
  type SupportEntry,
  type SupportEntryVersion,
} from '../../domain/support/support-types';
import type { SharePointContext } from './sharepoint-context';

type Change = Omit<SupportEntryVersion, 'entry' | 'version' | 'entryId'>;

const swedish = new Intl.Collator('sv');

/** Same content: every field but `ignore`, whatever the key order. */
export function sameContent(a: object, b: object, ignore: readonly string[]): boolean {
  const key = (o: object): string =>
    JSON.stringify(
      Object.entries(o)
        .filter(([k]) => !ignore.includes(k))
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  return key(a) === key(b);
}

/** HR's support entries and their versions in two SharePoint lists. */
export class SharePointSupport implements SupportRepository {
  constructor(private readonly ctx: SharePointContext) {}

  async list(): Promise<SupportEntry[]> {
    await this.ctx.fresh();
    return this.ctx.support
      .all()
      .sort(
        (a, b) =>
          SUPPORT_CATEGORIES.indexOf(a.category) - SUPPORT_CATEGORIES.indexOf(b.category) ||
          swedish.compare(a.title, b.title) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  async get(entryId: string): Promise<SupportEntry | undefined> {
    await this.ctx.fresh();
    return this.ctx.support.get(entryId)?.record;
  }

  async create(entry: Omit<SupportEntry, 'version'>, change: Change): Promise<SupportEntry> {
    await this.ctx.fresh();
    const existing = this.ctx.support.get(entry.id);
    if (existing !== undefined) {
      if (sameContent(existing.record, entry, ['version', 'updatedAt', 'reviewedAt']))
        return existing.record;
      throw new ConflictError('support-entry', entry.id);
    }
    const stored: SupportEntry = { ...entry, version: 1 };
    await this.ctx.write(this.ctx.support, stored, 'create');
    await this.ctx.write(
      this.ctx.supportVersions,
      { ...change, entryId: entry.id, version: 1, entry: stored },
      'create',
    );
    return stored;
  }

  async update(
    entry: Omit<SupportEntry, 'version'>,
    expectedVersion: number,
    change: Change,
  ): Promise<SupportEntry> {
    await this.ctx.fresh();
    const existing = this.ctx.support.get(entry.id);
    if (existing === undefined) throw new NotFoundError('support-entry', entry.id);
    if (existing.record.version !== expectedVersion)
      throw new ConflictError('support-entry', entry.id);
    const next: SupportEntry = { ...entry, version: expectedVersion + 1 };
    await this.ctx.write(this.ctx.support, next, 'update', existing);
    await this.ctx.write(
      this.ctx.supportVersions,
      { ...change, entryId: entry.id, version: next.version, entry: next },
      'create',
    );
    return next;
  }

  async versions(entryId: string): Promise<SupportEntryVersion[]> {
    await this.ctx.fresh();
    return this.ctx.supportVersions
      .all()
      .filter((v) => v.entryId === entryId)
      .sort((a, b) => a.version - b.version);
  }
}
