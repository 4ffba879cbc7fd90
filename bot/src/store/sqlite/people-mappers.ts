import type { PeopleAuditEntry, StandIn } from '../../domain/people/people-types';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import { auditShape, peopleChangeSchema, standInShape } from '../people-schemas';

/** Row ⇄ domain mappers for the people tables (`people_log`, `stand_ins`), checked with zod. */

const log = sqliteCodec(auditShape, { json: ['change'] });

export const auditFromRow = (row: unknown): PeopleAuditEntry => log.fromRow(row);

export const auditToRow = (entry: PeopleAuditEntry): FlatRow =>
  log.toRow({ ...entry, change: peopleChangeSchema.parse(entry.change) });

const standIns = sqliteCodec(standInShape, { columns: { from: 'from_date', to: 'to_date' } });

export const standInFromRow = (row: unknown): StandIn => standIns.fromRow(row);

export const standInToRow = (s: StandIn): FlatRow => standIns.toRow(s);
