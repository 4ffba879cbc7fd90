import type { SupportEntry, SupportEntryVersion } from '../../domain/support/support-types';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import { supportEntrySchema, supportVersionShape } from '../support-schemas';

/**
 * Row ⇄ domain mappers for the support tables. Every row (and every JSON column) is
 * checked with zod, so a corrupt or hand-edited row fails loudly.
 */

const entries = sqliteCodec(supportEntrySchema, {
  json: ['audiences', 'contacts'],
  flags: ['demo'],
});

export const supportEntryFromRow = (row: unknown): SupportEntry => entries.fromRow(row);

export const supportEntryToRow = (entry: SupportEntry): FlatRow =>
  entries.toRow(supportEntrySchema.parse(entry));

/** A version's entry is JSON in the `data` column. */
const versions = sqliteCodec(supportVersionShape, { json: ['entry'], columns: { entry: 'data' } });

export const supportVersionFromRow = (row: unknown): SupportEntryVersion => versions.fromRow(row);

export const supportVersionToRow = (version: SupportEntryVersion): FlatRow =>
  versions.toRow(supportVersionShape.parse(version));
