import type { Me } from './types';

/*
 * Minimal hand-written shape checks for the API responses. They guard against a server that
 * answers with something else (an HTML error page, an older API) rather than re-validating
 * every business rule the server already enforces.
 */

type UnknownRecord = Record<string, unknown>;

/** Any object (an array too): for answers whose fields are checked one by one. */
export function isObject(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null;
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isIdAndName(value: unknown, nameKey: 'name' | 'title'): boolean {
  return isRecord(value) && isString(value['id']) && isString(value[nameKey]);
}

export function isMe(value: unknown): value is Me {
  return (
    isRecord(value) &&
    isString(value['name']) &&
    (value['organisation'] === null || isIdAndName(value['organisation'], 'name')) &&
    Array.isArray(value['roles']) &&
    value['roles'].every(isString) &&
    (value['mode'] === 'local' || value['mode'] === 'production')
  );
}
