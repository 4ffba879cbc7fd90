/**
 * Komin-style support information published by HR: where managers, colleagues and
 * employees turn when someone may be exposed to violence. Readers are never recorded.
 */

export const SUPPORT_AUDIENCES = ['medarbetare', 'kollega', 'chef'] as const;
/** Who the help is for: "mig själv" (medarbetare), "en kollega" (kollega), "som chef" (chef). */
export type SupportAudience = (typeof SUPPORT_AUDIENCES)[number];

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
  readonly name: string;
  /** Swedish phone number as written, e.g. "020-50 50 50" or "112"; '' if none. */
  readonly phone: string;
  readonly email: string;
  /** https:// only; '' if none. */
  readonly url: string;
}

export interface SupportEntry {
  readonly id: string;
  readonly title: string;
  /** A small safe Markdown subset (paragraphs, **bold**, *italic*, lists, https/mailto/tel links); sanitized on save. */
  readonly body: string;
  readonly audiences: readonly SupportAudience[];
  readonly category: SupportCategory;
  readonly contacts: readonly SupportContact[];
  readonly ownerOrganisationId: string;
  readonly status: SupportStatus;
  /** Local dates `YYYY-MM-DD` (Europe/Stockholm), inclusive; null = open-ended. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** When HR last confirmed the content is right (UTC instant). Flagged after 12 months. */
  readonly reviewedAt: string;
  /** Where the facts come from (for demo data and HR's own notes), shown to HR only. */
  readonly source: string;
  /** True for the clearly marked demo placeholders. */
  readonly demo: boolean;
  readonly version: number;
  readonly updatedAt: string;
  /** Editors are staff doing their job: who changed it is kept. */
  readonly updatedByName: string;
}

/** One saved version of an entry: the full content, who changed it and how. */
export interface SupportEntryVersion {
  readonly entryId: string;
  readonly version: number;
  readonly action: 'skapad' | 'andrad' | 'publicerad' | 'arkiverad' | 'granskad';
  readonly changedByUserId: string;
  readonly changedByName: string;
  readonly changedAt: string;
  readonly entry: SupportEntry;
}
