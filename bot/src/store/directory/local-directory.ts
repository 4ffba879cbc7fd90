import { matchesDirectorySearch } from '../../domain/people/directory-words';
import type { DirectoryUser } from '../../domain/people/people-types';
import type { DirectoryPort } from '../../domain/ports/directory.port';
import { byDisplayName, directoryQuery } from './directory-query';

/**
 * The directory of local mode: a fixed list of people (the demo users), searched with the
 * same word-prefix rules as Entra ID's `$search` on displayName (domain/people/directory-words.ts).
 */
export class LocalDirectory implements DirectoryPort {
  constructor(private readonly users: readonly DirectoryUser[]) {}

  async search(query: string, limit: number): Promise<DirectoryUser[]> {
    const q = directoryQuery(query, limit);
    if (q === null) return [];
    return byDisplayName(
      this.users.filter((u) => matchesDirectorySearch(u.displayName, q.text)),
    ).slice(0, q.top);
  }
}
