import type { SupportEntry, SupportEntryVersion } from '../../domain/support/support-types';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import { supportEntrySchema, supportVersionShape } from '../support-schemas';

/**
 * Row ⇄ domain mappers for the support tables. Every row (and every JSON column) is
 * checked with zod, so a corrupt or hand-edited row fails loudly.
 */

export const supportEntryRows = sqliteCodec(supportEntrySchema, {
  json: ['audiences', 'contacts'],
  flags: ['demo'],
});

export const supportEntryFromRow = (row: unknown): SupportEntry => supportEntryRows.fromRow(row);

export const supportEntryToRow = (entry: SupportEntry): FlatRow =>
  supportEntryRows.toRow(supportEntrySchema.parse(entry));

/** A version's entry is JSON in the `data` column. */
export const supportVersionRows = sqliteCodec(supportVersionShape, {
  json: ['entry'],
  columns: { entry: 'data' },
});

export const supportVersionFromRow = (row: unknown): SupportEntryVersion =>
  supportVersionRows.fromRow(row);

export const supportVersionToRow = (version: SupportEntryVersion): FlatRow =>
  supportVersionRows.toRow(supportVersionShape.parse(version));
