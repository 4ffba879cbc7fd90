/*
 * The vocabulary (audiences, categories, statuses, contacts, the editor's input) is the
 * server's own: imported from the pure domain so the tab and the API cannot drift apart.
 * Only the wire shapes of the responses are declared here.
 */
import type {
  SupportAudience,
  SupportCategory,
  SupportContact,
  SupportStatus,
} from '../../../bot/src/domain/support/support-types';

export {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  SUPPORT_STATUSES,
} from '../../../bot/src/domain/support/support-types';
export type {
  SupportAudience,
  SupportCategory,
  SupportContact,
  SupportStatus,
} from '../../../bot/src/domain/support/support-types';
export type { SupportEntryInput } from '../../../bot/src/domain/support/support-rules';

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
