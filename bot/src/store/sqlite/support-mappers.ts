import { z } from 'zod';
import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  SUPPORT_STATUSES,
  type SupportEntry,
  type SupportEntryVersion,
} from '../../domain/support/support-types';
import { supportContactSchema, supportEntrySchema } from '../support-schemas';
import { jsonColumn } from './json-columns';

/**
 * Row ⇄ domain mappers for the support tables. Every row (and every JSON column) is
 * checked with zod, so a corrupt or hand-edited row fails loudly.
 */

const supportEntryRow = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audiences: jsonColumn(z.array(z.enum(SUPPORT_AUDIENCES))),
  category: z.enum(SUPPORT_CATEGORIES),
  contacts: jsonColumn(z.array(supportContactSchema)),
  owner_organisation_id: z.string(),
  status: z.enum(SUPPORT_STATUSES),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
  reviewed_at: z.string(),
  source: z.string(),
  demo: z.number().int(),
  version: z.number().int(),
  updated_at: z.string(),
  updated_by_name: z.string(),
});

export type SupportEntryRow = z.input<typeof supportEntryRow>;

export function supportEntryFromRow(row: unknown): SupportEntry {
  const r = supportEntryRow.parse(row);
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    audiences: r.audiences,
    category: r.category,
    contacts: r.contacts,
    ownerOrganisationId: r.owner_organisation_id,
    status: r.status,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    reviewedAt: r.reviewed_at,
    source: r.source,
    demo: r.demo === 1,
    version: r.version,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
  };
}

export function supportEntryToRow(entry: SupportEntry): SupportEntryRow {
  const e = supportEntrySchema.parse(entry);
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    audiences: JSON.stringify(e.audiences),
    category: e.category,
    contacts: JSON.stringify(e.contacts),
    owner_organisation_id: e.ownerOrganisationId,
    status: e.status,
    valid_from: e.validFrom,
    valid_to: e.validTo,
    reviewed_at: e.reviewedAt,
    source: e.source,
    demo: e.demo ? 1 : 0,
    version: e.version,
    updated_at: e.updatedAt,
    updated_by_name: e.updatedByName,
  };
}

const VERSION_ACTIONS = ['skapad', 'andrad', 'publicerad', 'arkiverad', 'granskad'] as const;

const supportVersionRow = z.object({
  entry_id: z.string(),
  version: z.number().int(),
  action: z.enum(VERSION_ACTIONS),
  changed_by_user_id: z.string(),
  changed_by_name: z.string(),
  changed_at: z.string(),
  data: jsonColumn(supportEntrySchema),
});

export type SupportVersionRow = z.input<typeof supportVersionRow>;

export function supportVersionFromRow(row: unknown): SupportEntryVersion {
  const r = supportVersionRow.parse(row);
  return {
    entryId: r.entry_id,
    version: r.version,
    action: r.action,
    changedByUserId: r.changed_by_user_id,
    changedByName: r.changed_by_name,
    changedAt: r.changed_at,
    entry: r.data,
  };
}

export function supportVersionToRow(version: SupportEntryVersion): SupportVersionRow {
  return {
    entry_id: version.entryId,
    version: version.version,
    action: z.enum(VERSION_ACTIONS).parse(version.action),
    changed_by_user_id: version.changedByUserId,
    changed_by_name: version.changedByName,
    changed_at: version.changedAt,
    data: JSON.stringify(supportEntrySchema.parse(version.entry)),
  };
}
