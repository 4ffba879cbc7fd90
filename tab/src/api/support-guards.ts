import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  SUPPORT_STATUSES,
  type EditorEntry,
  type EditorList,
  type SupportContact,
  type SupportEntry,
  type SupportList,
  type SupportProblem,
  type SupportVersion,
} from './support-types';

/* Shape checks for the support API's answers (the server enforces the business rules). */

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);
}

const isAudience = isOneOf(SUPPORT_AUDIENCES);
const isCategory = isOneOf(SUPPORT_CATEGORIES);
const isStatus = isOneOf(SUPPORT_STATUSES);

function isContact(value: unknown): value is SupportContact {
  return (
    isRecord(value) &&
    isString(value['name']) &&
    isString(value['phone']) &&
    isString(value['email']) &&
    isString(value['url'])
  );
}

export function isSupportEntry(value: unknown): value is SupportEntry {
  return (
    isRecord(value) &&
    isString(value['id']) &&
    isString(value['title']) &&
    isString(value['body']) &&
    Array.isArray(value['audiences']) &&
    value['audiences'].every(isAudience) &&
    isCategory(value['category']) &&
    Array.isArray(value['contacts']) &&
    value['contacts'].every(isContact) &&
    isStringOrNull(value['validTo'])
  );
}

export function isSupportList(value: unknown): value is SupportList {
  return (
    isRecord(value) && Array.isArray(value['entries']) && value['entries'].every(isSupportEntry)
  );
}

export function isEditorEntry(value: unknown): value is EditorEntry {
  return (
    isSupportEntry(value) &&
    isRecord(value) &&
    isString(value['ownerOrganisationId']) &&
    isStatus(value['status']) &&
    isStringOrNull(value['validFrom']) &&
    isString(value['reviewedAt']) &&
    isString(value['source']) &&
    typeof value['demo'] === 'boolean' &&
    typeof value['version'] === 'number' &&
    isString(value['updatedAt']) &&
    isString(value['updatedByName'])
  );
}

export function isEditorList(value: unknown): value is EditorList {
  return (
    isRecord(value) &&
    Array.isArray(value['entries']) &&
    value['entries'].every(
      (item) =>
        isRecord(item) && isEditorEntry(item['entry']) && typeof item['needsReview'] === 'boolean',
    )
  );
}

export function isProblem(value: unknown): value is SupportProblem {
  return (
    isRecord(value) &&
    isString(value['field']) &&
    isString(value['code']) &&
    isString(value['message'])
  );
}

export function isVersions(value: unknown): value is { versions: SupportVersion[] } {
  return (
    isRecord(value) &&
    Array.isArray(value['versions']) &&
    value['versions'].every(
      (v) =>
        isRecord(v) &&
        typeof v['version'] === 'number' &&
        isString(v['action']) &&
        isString(v['changedByName']) &&
        isString(v['changedAt']),
    )
  );
}

/** `{ entry }` as a write returns it. */
export function entryOf(value: unknown): EditorEntry | null {
  return isRecord(value) && isEditorEntry(value['entry']) ? value['entry'] : null;
}

/** `problems` of a 400 answer (empty when there are none or they are malformed). */
export function problemsOf(value: unknown): SupportProblem[] {
  return isRecord(value) && Array.isArray(value['problems'])
    ? value['problems'].filter(isProblem)
    : [];
}

/** `current` of a 409 answer, when it is an entry. */
export function currentOf(value: unknown): EditorEntry | null {
  return isRecord(value) && isEditorEntry(value['current']) ? value['current'] : null;
}
