import type { DirectoryUser } from '../people/people-types';

/**
 * The people directory Samordning picks samordnare, Samordning, HR and stand-ins from:
 * Entra ID through Microsoft Graph in a tenant (User.ReadBasic.All), the demo users locally.
 * See docs/decisions/0022-people.md.
 */

/**
 * Why the directory could not answer:
 * - permission: the app lacks User.ReadBasic.All (or its admin consent);
 * - unavailable: throttled past the retry budget, Graph down, network trouble;
 * - off: no directory is configured (production without Graph).
 */
export type DirectoryFailure = 'permission' | 'unavailable' | 'off';

/** Thrown by a DirectoryPort when it cannot answer. `detail` is for logs, never for users. */
export class DirectoryAccessError extends Error {
  constructor(
    readonly reason: DirectoryFailure,
    readonly detail: string,
  ) {
    super(`Directory ${reason}: ${detail}`);
    this.name = 'DirectoryAccessError';
  }
}

/** The shortest and longest search text the directory accepts (trimmed). */
export const DIRECTORY_QUERY_MIN = 2;
export const DIRECTORY_QUERY_MAX = 100;

export interface DirectoryPort {
  /**
   * People whose display name matches `query` the way Entra ID's `$search` on displayName
   * does: the name and the query are split into words (at spaces, symbols, digits and a
   * lower-to-upper case change), and every word of the query must begin a word of the name,
   * in any order, case-insensitively. At most `limit` (1–25), ordered by display name
   * (Swedish collation). A query shorter than DIRECTORY_QUERY_MIN gives []. Throws
   * DirectoryAccessError when the directory cannot answer.
   */
  search(query: string, limit: number): Promise<DirectoryUser[]>;
}
