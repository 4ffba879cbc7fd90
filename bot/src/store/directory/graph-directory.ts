import { z } from 'zod';
import type { DirectoryUser } from '../../domain/people/people-types';
import { DirectoryAccessError, type DirectoryPort } from '../../domain/ports/directory.port';
import { GraphCallError, type GraphHttp } from '../../graph/graph-http';
import { byDisplayName, directoryQuery } from './directory-query';

/**
 * The properties Samordna reads of a user: only the basic profile User.ReadBasic.All grants
 * (id, displayName, mail, userPrincipalName); jobTitle and department are not part of it.
 */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName';

const answer = z.object({
  value: z.array(
    z.object({
      id: z.string().min(1),
      displayName: z.string().nullable().optional(),
      mail: z.string().nullable().optional(),
      userPrincipalName: z.string().nullable().optional(),
    }),
  ),
});

/** `sara "li` → `"displayName:sara \"li"`: one clause, quotes and backslashes escaped. */
export function searchClause(text: string): string {
  return `"displayName:${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Entra ID through Graph, app-only with User.ReadBasic.All:
 * `GET /users?$search="displayName:…"&$select=…&$top=…` with `ConsistencyLevel: eventual`
 * (required for `$search` on directory objects). The shared GraphHttp client brings the token,
 * Retry-After retries (429/503/504) and the request counter. Failures become
 * DirectoryAccessError; Graph's detail is for logs only.
 */
export class GraphDirectory implements DirectoryPort {
  constructor(private readonly http: GraphHttp) {}

  async search(query: string, limit: number): Promise<DirectoryUser[]> {
    const q = directoryQuery(query, limit);
    if (q === null) return [];
    const path = `/users?$search=${encodeURIComponent(searchClause(q.text))}&$select=${USER_SELECT}&$top=${q.top}`;
    let raw: unknown;
    try {
      raw = await this.http.get<unknown>(path, { ConsistencyLevel: 'eventual' });
    } catch (error) {
      if (!(error instanceof GraphCallError)) throw error;
      const reason = error.status === 401 || error.status === 403 ? 'permission' : 'unavailable';
      throw new DirectoryAccessError(reason, error.message);
    }
    const parsed = answer.safeParse(raw);
    if (!parsed.success) throw new DirectoryAccessError('unavailable', parsed.error.message);
    return byDisplayName(
      parsed.data.value.map((u) => ({
        id: u.id,
        displayName: u.displayName ?? '',
        mail: u.mail ?? null,
        userPrincipalName: u.userPrincipalName ?? '',
      })),
    );
  }
}
