/** Who the help is for: "mig själv" (medarbetare), "en kollega" (kollega), "som chef" (chef). */
export const SUPPORT_AUDIENCES = ['medarbetare', 'kollega', 'chef'] as const;
export type SupportAudience = (typeof SUPPORT_AUDIENCES)[number];

/** The categories, in the order readers see them (akut hjälp first). */
export const SUPPORT_CATEGORIES = [
  'akut-hjalp',
  'stod-for-dig-som-ar-utsatt',
  'stod-for-chefer-och-hr',
  'skyddade-personuppgifter',
  'foretagshalsovard',
  'utbildning',
] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];

export const SUPPORT_STATUSES = ['utkast', 'publicerad', 'arkiverad'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface SupportContact {
  name: string;
  /** As written, e.g. "020-50 50 50"; '' if none. */
  phone: string;
  email: string;
  /** https:// only; '' if none. */
  url: string;
}

/** One entry as every reader sees it (`GET /api/v1/support`). */
export interface SupportEntry {
  id: string;
  title: string;
  /** The server-sanitized Markdown subset, rendered by `SupportMarkdown`. */
  body: string;
  audiences: SupportAudience[];
  category: SupportCategory;
  contacts: SupportContact[];
  validTo: string | null;
}

/** `GET /api/v1/support`: published, valid entries, sorted with akut hjälp first. */
export interface SupportList {
  entries: SupportEntry[];
}

/** One entry as HR edits it. */
export interface EditorEntry extends SupportEntry {
  ownerOrganisationId: string;
  status: SupportStatus;
  validFrom: string | null;
  reviewedAt: string;
  source: string;
  demo: boolean;
  version: number;
  updatedAt: string;
  updatedByName: string;
}

/** `GET /api/v1/support/editor` (HR only). */
export interface EditorList {
  entries: Array<{ entry: EditorEntry; needsReview: boolean }>;
}

/** What HR sends to create (`POST`) or replace (`PUT`, with `version`) an entry. */
export interface SupportEntryInput {
  title: string;
  body: string;
  audiences: SupportAudience[];
  category: SupportCategory;
  contacts: SupportContact[];
  ownerOrganisationId: string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
}

export type SupportStatusAction = 'publish' | 'archive' | 'draft' | 'review';

/** One validation problem: `field` is e.g. `title` or `contacts[0].email`; `message` is Swedish. */
export interface SupportProblem {
  field: string;
  code: string;
  message: string;
}

export interface SupportVersion {
  version: number;
  action: string;
  changedByName: string;
  changedAt: string;
}

/** The outcome of a write, as the editor needs to tell them apart. */
export type SupportWriteResult =
  | { kind: 'saved'; entry: EditorEntry }
  | { kind: 'invalid'; problems: SupportProblem[] }
  | { kind: 'conflict'; current: EditorEntry | null }
  | { kind: 'forbidden' }
  | { kind: 'failed' };
