import { DIRECTORY_QUERY_MAX, DIRECTORY_QUERY_MIN } from '../../domain/ports/directory.port';
import type { DirectoryUser } from '../../domain/people/people-types';

/**
 * What every directory adapter does the same way: the search text trimmed and bounded (null:
 * too short to search), the limit kept within 1–25, and the answer in Swedish name order.
 */
export function directoryQuery(query: string, limit: number): { text: string; top: number } | null {
  const text = query.trim().slice(0, DIRECTORY_QUERY_MAX);
  if (text.length < DIRECTORY_QUERY_MIN) return null;
  const top = Math.min(Math.max(Math.trunc(Number.isFinite(limit) ? limit : 10), 1), 25);
  return { text, top };
}

const swedish = new Intl.Collator('sv');

export function byDisplayName(users: readonly DirectoryUser[]): DirectoryUser[] {
  return [...users].sort(
    (a, b) => swedish.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1),
  );
}
