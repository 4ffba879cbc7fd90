import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type { SupportRepository } from '../../domain/ports/support-store.port';
import type { SupportEntry, SupportEntryVersion } from '../../domain/support/support-types';
import { bySupportOrder, SUPPORT_ENTRY, type SupportChange as Change } from '../support-schemas';
import type { SqliteDatabase } from '../../sqlite/database';
import { createdOrSame, insertSql, rowBy, rowsBy, versionedUpdateSql } from './sqlite-sql';
import {
  supportEntryFromRow,
  supportEntryRows,
  supportEntryToRow,
  supportVersionFromRow,
  supportVersionRows,
  supportVersionToRow,
} from './support-mappers';

/** HR's support entries in SQLite; an entry and its version row are written in one transaction. */
export class SqliteSupport implements SupportRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async list(): Promise<SupportEntry[]> {
    const entries = this.db.prepare('SELECT * FROM support_entries').all().map(supportEntryFromRow);
    return entries.sort(bySupportOrder);
  }

  async get(entryId: string): Promise<SupportEntry | undefined> {
    return this.read(entryId);
  }

  async create(entry: Omit<SupportEntry, 'version'>, change: Change): Promise<SupportEntry> {
    const stored: SupportEntry = { ...entry, version: 1 };
    const created = this.db.transaction((): boolean => {
      const result = this.db
        .prepare(`${insertSql('support_entries', supportEntryRows)} ON CONFLICT(id) DO NOTHING`)
        .run(supportEntryToRow(stored));
      if (result.changes !== 1) return false;
      this.insertVersion(stored, change);
      return true;
    })();
    return createdOrSame(created, stored, () => this.read(entry.id), SUPPORT_ENTRY);
  }

  async update(
    entry: Omit<SupportEntry, 'version'>,
    expectedVersion: number,
    change: Change,
  ): Promise<SupportEntry> {
    const next: SupportEntry = { ...entry, version: expectedVersion + 1 };
    const updated = this.db.transaction((): boolean => {
      const result = this.db
        .prepare(versionedUpdateSql('support_entries', supportEntryRows))
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
    const sql = 'SELECT * FROM support_entry_versions WHERE entry_id = ? ORDER BY version';
    return rowsBy(this.db, sql, entryId, supportVersionFromRow);
  }

  private read(entryId: string): SupportEntry | undefined {
    return rowBy(
      this.db,
      'SELECT * FROM support_entries WHERE id = ?',
      entryId,
      supportEntryFromRow,
    );
  }

  private insertVersion(entry: SupportEntry, change: Change): void {
    this.db.prepare(insertSql('support_entry_versions', supportVersionRows)).run(
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
