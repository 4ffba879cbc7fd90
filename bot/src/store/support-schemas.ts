import { z } from 'zod';
import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  SUPPORT_STATUSES,
  type SupportEntry,
  type SupportEntryVersion,
} from '../domain/support/support-types';

/**
 * The zod shapes of a stored support entry, shared by the SQLite and SharePoint mappers
 * (SQLite keeps versions as JSON; SharePoint keeps the entry in a list item and its versions
 * as JSON), so both stores check an entry the same way.
 */

export const supportContactSchema = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  url: z.string(),
});

/** A calendar date (YYYY-MM-DD), as validFrom and validTo are kept. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const supportEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audiences: z.array(z.enum(SUPPORT_AUDIENCES)),
  category: z.enum(SUPPORT_CATEGORIES),
  contacts: z.array(supportContactSchema),
  ownerOrganisationId: z.string(),
  status: z.enum(SUPPORT_STATUSES),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  reviewedAt: z.string(),
  source: z.string(),
  demo: z.boolean(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  updatedByName: z.string(),
});

export const SUPPORT_VERSION_ACTIONS = [
  'skapad',
  'andrad',
  'publicerad',
  'arkiverad',
  'granskad',
] as const;

/** One version of an entry: who did what, and the entry as it then stood. */
export const supportVersionShape = z.object({
  entryId: z.string(),
  version: z.number().int().positive(),
  action: z.enum(SUPPORT_VERSION_ACTIONS),
  changedByUserId: z.string(),
  changedByName: z.string(),
  changedAt: z.string(),
  entry: supportEntrySchema,
});

/** What a support entry's change says beside the entry: who did what, and when. */
export type SupportChange = Omit<SupportEntryVersion, 'entry' | 'version' | 'entryId'>;

/** A support entry in its errors, and the fields a replayed create may differ in. */
export const SUPPORT_ENTRY = {
  entity: 'support-entry',
  ignore: ['version', 'updatedAt', 'reviewedAt'],
} as const;

const swedish = new Intl.Collator('sv');

/** The order both stores list entries in: by category, then title (Swedish), then id. */
export const bySupportOrder = (a: SupportEntry, b: SupportEntry): number =>
  SUPPORT_CATEGORIES.indexOf(a.category) - SUPPORT_CATEGORIES.indexOf(b.category) ||
  swedish.compare(a.title, b.title) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
