import type { SupportEntry, SupportEntryVersion } from '../support/support-types';

/**
 * HR's support entries with their version history. Only editors' actions are stored;
 * nothing about who reads.
 */
export interface SupportRepository {
  /** Every entry (all statuses), ordered by category then title. */
  list(): Promise<SupportEntry[]>;
  get(entryId: string): Promise<SupportEntry | undefined>;
  /**
   * Creates an entry at version 1 and records the version. Creating an id that exists
   * with identical content is a no-op; with other content throws ConflictError.
   */
  create(
    entry: Omit<SupportEntry, 'version'>,
    change: Omit<SupportEntryVersion, 'entry' | 'version' | 'entryId'>,
  ): Promise<SupportEntry>;
  /**
   * Replaces an entry if its stored version equals `expectedVersion` and records the new
   * version; throws ConflictError otherwise, NotFoundError if it does not exist.
   */
  update(
    entry: Omit<SupportEntry, 'version'>,
    expectedVersion: number,
    change: Omit<SupportEntryVersion, 'entry' | 'version' | 'entryId'>,
  ): Promise<SupportEntry>;
  /** The version history of one entry, oldest first. */
  versions(entryId: string): Promise<SupportEntryVersion[]>;
}
