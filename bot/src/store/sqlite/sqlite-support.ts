import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { SupportRepository } from '../../domain/ports/support-store.port';
import {
  SUPPORT_CATEGORIES,
  type SupportEntry,
  type SupportEntryVersion,
} from '../../domain/support/support-types';
import type { SqliteDatabase } from './database';
import {
  supportEntryFromRow,
  supportEntryToRow,
  supportVersionFromRow,
  supportVersionToRow,
} from './support-mappers';

type Change = Omit<SupportEntryVersion, 'entry' | 'version' | 'entryId'>;

const swedish = new Intl.Collator('sv');

/** Same content: every field but the version and the timestamps, in a stable key order. */
function contentKey(entry: Omit<SupportEntry, 'version'> & { version?: number }): string {
  const { version: _version, updatedAt: _updatedAt, reviewedAt: _reviewedAt, ...content } = entry;
  return JSON.stringify(Object.entries(content).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const COLUMNS = `id, title, body, audiences, category, contacts, owner_organisation_id, status,
  valid_from, valid_to, reviewed_at, source, demo, version, updated_at, updated_by_name`;
const VALUES = `@id, @title, @body, @audiences, @category, @contacts, @owner_organisation_id, @status,
  @valid_from, @valid_to, @reviewed_at, @source, @demo, @version, @updated_at, @updated_by_name`;

/** HR's support entries in SQLite; an entry and its version row are written in one transaction. */
export class SqliteSupport implements SupportRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async list(): Promise<SupportEntry[]> {
    const entries = this.db.prepare('SELECT * FROM support_entries').all().map(supportEntryFromRow);
    return entries.sort(
      (a, b) =>
        SUPPORT_CATEGORIES.indexOf(a.category) - SUPPORT_CATEGORIES.indexOf(b.category) ||
        swedish.compare(a.title, b.title) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  async get(entryId: string): Promise<SupportEntry | undefined> {
    return this.read(entryId);
  }

  async create(entry: Omit<SupportEntry, 'version'>, change: Change): Promise<SupportEntry> {
    const stored: SupportEntry = { ...entry, version: 1 };
    const created = this.db.transaction((): boolean => {
      const result = this.db
        .prepare(
          `INSERT INTO support_entries (${COLUMNS}) VALUES (${VALUES}) ON CONFLICT(id) DO NOTHING`,
        )
        .run(supportEntryToRow(stored));
      if (result.changes !== 1) return false;
      this.insertVersion(stored, change);
      return true;
    })();
    if (created) return stored;
    const existing = this.read(entry.id);
    if (existing !== undefined && contentKey(existing) === contentKey(entry)) return existing;
    throw new ConflictError('support-entry', entry.id);
  }

  async update(
    entry: Omit<SupportEntry, 'version'>,
    expectedVersion: number,
    change: Change,
  ): Promise<SupportEntry> {
    const next: SupportEntry = { ...entry, version: expectedVersion + 1 };
    const updated = this.db.transaction((): boolean => {
      const result = this.db
        .prepare(
          `UPDATE support_entries SET title = @title, body = @body, audiences = @audiences,
             category = @category, contacts = @contacts, owner_organisation_id = @owner_organisation_id,
             status = @status, valid_from = @valid_from, valid_to = @valid_to, reviewed_at = @reviewed_at,
             source = @source, demo = @demo, version = @version, updated_at = @updated_at,
             updated_by_name = @updated_by_name
           WHERE id = @id AND version = @expected`,
        )
        .run({ ...supportEntryToRow(next), expected: expectedVersion });
      if (result.changes !== 1) return false;
      this.insertVersion(next, change);
      return true;
    })();
    if (updated) return next;
    if (this.read(entry.id) === undefined) throw new NotFoundError('support-entry', entry.id);
    throw new ConflictError('support-entry', entry.id);
  }

  async versions(entryId: string): Promise<SupportEntryVersion[]> {
    return this.db
      .prepare('SELECT * FROM support_entry_versions WHERE entry_id = ? ORDER BY version')
      .all(entryId)
      .map(supportVersionFromRow);
  }

  private read(entryId: string): SupportEntry | undefined {
    const row = this.db.prepare('SELECT * FROM support_entries WHERE id = ?').get(entryId);
    return row === undefined ? undefined : supportEntryFromRow(row);
  }

  private insertVersion(entry: SupportEntry, change: Change): void {
    this.db
      .prepare(
        `INSERT INTO support_entry_versions (entry_id, version, action, changed_by_user_id,
           changed_by_name, changed_at, data)
         VALUES (@entry_id, @version, @action, @changed_by_user_id, @changed_by_name, @changed_at, @data)`,
      )
      .run(
        supportVersionToRow({
          entryId: entry.id,
          version: entry.version,
          action: change.action,
          changedByUserId: change.changedByUserId,
          changedByName: change.changedByName,
          changedAt: change.changedAt,
          entry,
        }),
      );
  }
}
