import type { Clock } from '../ports/clock.port';
import { ConflictError, NotFoundError, type StorePort } from '../ports/store.port';
import {
  canEditSupport,
  entriesFor,
  needsReview,
  sanitizeSupportMarkdown,
  stockholmDate,
  supportProblems,
  type SupportEntryInput,
  type SupportProblem,
} from '../support/support-rules';
import type {
  SupportAudience,
  SupportEntry,
  SupportEntryVersion,
  SupportStatus,
} from '../support/support-types';
import { cleanLine, cleanText } from '../text/clean-text';
import type { Member } from '../types';
import type { Refusal } from './status-service';

/**
 * HR's support information. Readers are anonymous by construction: the reader's function
 * takes no user id, so nothing here can record who looked. Editors are recorded in the
 * version history (who and when), as staff doing their job.
 */

/**
 * The HR member behind `userId`, or why not. A Member is the caller as the tab API resolved it
 * (roles from the validated token); an id is a Teams sender, looked up in the store.
 */
async function editor(store: StorePort, userId: string | Member | null): Promise<Member | Refusal> {
  if (userId === null) return { kind: 'unknown-user' };
  const member = typeof userId === 'object' ? userId : await store.members.get(userId);
  if (member === undefined) return { kind: 'unknown-user' };
  return canEditSupport(member) ? member : { kind: 'forbidden' };
}

function isMember(value: Member | Refusal): value is Member {
  return 'userId' in value;
}

/** What anyone may read today (Europe/Stockholm): published, valid, for `audience` (all when null). */
export async function listPublishedSupport(
  store: StorePort,
  clock: Clock,
  audience: SupportAudience | null,
): Promise<SupportEntry[]> {
  return entriesFor(await store.support.list(), audience, stockholmDate(clock.now()));
}

/** HR's list: every entry in every status, each flagged when it is due for review. */
export async function listSupportForEditor(
  store: StorePort,
  clock: Clock,
  userId: string | Member | null,
): Promise<Refusal | { kind: 'ok'; entries: { entry: SupportEntry; needsReview: boolean }[] }> {
  const member = await editor(store, userId);
  if (!isMember(member)) return member;
  const now = clock.now();
  const entries = await store.support.list();
  return {
    kind: 'ok',
    entries: entries.map((entry) => ({ entry, needsReview: needsReview(entry, now) })),
  };
}

export type SaveSupportInput = SupportEntryInput & {
  /** '' creates a new entry. */
  entryId: string;
  /** The version the editor started from (ignored for a new entry). */
  version: number;
};

export type SaveSupportResult =
  | Refusal
  | { kind: 'invalid'; problems: SupportProblem[] }
  | { kind: 'conflict'; current: SupportEntry }
  | { kind: 'saved'; entry: SupportEntry; created: boolean };

/**
 * The entry's texts as they are stored (clean-text.ts): one-line fields (title, contact
 * details, owner) with forbidden and bidi characters removed and white space collapsed, the
 * body and source cleaned. Applied before the rules, so a title of only forbidden characters
 * is "required"; the body is sanitized to the Markdown subset afterwards (`content`).
 */
function cleaned(input: SupportEntryInput): SupportEntryInput {
  return {
    title: cleanLine(input.title),
    body: cleanText(input.body),
    audiences: input.audiences,
    category: input.category,
    contacts: input.contacts.map((c) => ({
      name: cleanLine(c.name),
      phone: cleanLine(c.phone),
      email: cleanLine(c.email),
      url: cleanLine(c.url),
    })),
    ownerOrganisationId: cleanLine(input.ownerOrganisationId),
    validFrom: input.validFrom,
    validTo: input.validTo,
    source: cleanText(input.source).trim(),
  };
}

/** What is stored of a cleaned, valid input: the body sanitized, each audience once. */
function content(input: SupportEntryInput): SupportEntryInput {
  return {
    ...input,
    body: sanitizeSupportMarkdown(input.body),
    audiences: [...new Set(input.audiences)],
  };
}

function change(member: Member, clock: Clock, action: SupportEntryVersion['action']) {
  return {
    action,
    changedByUserId: member.userId,
    changedByName: cleanLine(member.name),
    changedAt: clock.now().toISOString(),
  };
}

/** Stores an update, turning the store's concurrency errors into results. */
async function storeUpdate(
  store: StorePort,
  entry: Omit<SupportEntry, 'version'>,
  expectedVersion: number,
  versionChange: ReturnType<typeof change>,
): Promise<
  { kind: 'stored'; entry: SupportEntry } | { kind: 'conflict'; current: SupportEntry } | Refusal
> {
  try {
    return {
      kind: 'stored',
      entry: await store.support.update(entry, expectedVersion, versionChange),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: 'not-found' };
    if (!(error instanceof ConflictError)) throw error;
    const current = await store.support.get(entry.id);
    if (current === undefined) return { kind: 'not-found' };
    return { kind: 'conflict', current };
  }
}

/**
 * Creates (entryId '') or edits an entry. HR only. The body is sanitized; a new entry starts
 * as 'utkast', reviewed now; an edit keeps status and review date and must start from the
 * stored version. Every save records a version ('skapad' / 'andrad') with the editor.
 */
export async function saveSupportEntry(
  store: StorePort,
  clock: Clock,
  userId: string | Member | null,
  input: SaveSupportInput,
  newId: () => string,
): Promise<SaveSupportResult> {
  const member = await editor(store, userId);
  if (!isMember(member)) return member;
  const clean = cleaned(input);
  const problems = supportProblems(clean);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const fields = content(clean);
  const now = clock.now().toISOString();

  if (input.entryId === '') {
    const entry = await store.support.create(
      {
        id: newId(),
        ...fields,
        status: 'utkast',
        reviewedAt: now,
        demo: false,
        updatedAt: now,
        updatedByName: cleanLine(member.name),
      },
      change(member, clock, 'skapad'),
    );
    return { kind: 'saved', entry, created: true };
  }

  const existing = await store.support.get(input.entryId);
  if (existing === undefined) return { kind: 'not-found' };
  if (existing.version !== input.version) return { kind: 'conflict', current: existing };
  const { version: _version, ...rest } = existing;
  const result = await storeUpdate(
    store,
    { ...rest, ...fields, updatedAt: now, updatedByName: cleanLine(member.name) },
    input.version,
    change(member, clock, 'andrad'),
  );
  return result.kind === 'stored' ? { kind: 'saved', entry: result.entry, created: false } : result;
}

export type SupportAction = 'publish' | 'archive' | 'draft' | 'review';

const TRANSITIONS: Record<
  SupportAction,
  { from: readonly SupportStatus[]; action: SupportEntryVersion['action'] }
> = {
  publish: { from: ['utkast'], action: 'publicerad' },
  archive: { from: ['publicerad', 'utkast'], action: 'arkiverad' },
  draft: { from: ['arkiverad'], action: 'andrad' },
  review: { from: ['utkast', 'publicerad'], action: 'granskad' },
};

function nextStatus(action: SupportAction, current: SupportStatus): SupportStatus {
  if (action === 'publish') return 'publicerad';
  if (action === 'archive') return 'arkiverad';
  if (action === 'draft') return 'utkast';
  return current;
}

/**
 * publish: utkast → publicerad; archive: publicerad|utkast → arkiverad; draft: arkiverad →
 * utkast; review: reviewedAt = now (any non-archived entry). HR only; each records a version.
 */
export async function changeSupportStatus(
  store: StorePort,
  clock: Clock,
  userId: string | Member | null,
  entryId: string,
  version: number,
  action: SupportAction,
  /** Unused: version rows are keyed by (entry, version). Kept so every write takes an id source. */
  _newId: () => string,
): Promise<
  | Refusal
  | { kind: 'conflict'; current: SupportEntry }
  | { kind: 'invalid-transition' }
  | { kind: 'saved'; entry: SupportEntry }
> {
  const member = await editor(store, userId);
  if (!isMember(member)) return member;
  const existing = await store.support.get(entryId);
  if (existing === undefined) return { kind: 'not-found' };
  if (existing.version !== version) return { kind: 'conflict', current: existing };
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(existing.status)) return { kind: 'invalid-transition' };
  const now = clock.now().toISOString();
  const { version: _version, ...rest } = existing;
  const result = await storeUpdate(
    store,
    {
      ...rest,
      status: nextStatus(action, existing.status),
      ...(action === 'review' ? { reviewedAt: now } : {}),
      updatedAt: now,
      updatedByName: cleanLine(member.name),
    },
    version,
    change(member, clock, transition.action),
  );
  return result.kind === 'stored' ? { kind: 'saved', entry: result.entry } : result;
}

/** The version history of one entry, oldest first. HR only. */
export async function supportHistory(
  store: StorePort,
  userId: string | Member | null,
  entryId: string,
): Promise<Refusal | { kind: 'ok'; versions: SupportEntryVersion[] }> {
  const member = await editor(store, userId);
  if (!isMember(member)) return member;
  if ((await store.support.get(entryId)) === undefined) return { kind: 'not-found' };
  return { kind: 'ok', versions: await store.support.versions(entryId) };
}
