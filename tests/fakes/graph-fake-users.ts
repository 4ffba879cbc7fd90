import type { FakeResponse } from './graph-fake-site';

/**
 * Entra ID users for the Graph fake, with the documented semantics the directory adapter
 * relies on (Microsoft Graph v1.0, "List users" and "Use $search on directory object
 * collections"):
 *
 *   GET /users?$search="displayName:…"[&$select=…][&$top=…]   ConsistencyLevel: eventual
 *
 * - `$search` on directory objects is an advanced query: without `ConsistencyLevel: eventual`
 *   it is 400 Request_UnsupportedQuery;
 * - the search text is clauses `"property:text"` (quoted, `\"` and `\\` escaped) joined by
 *   upper-case AND / OR; on displayName the match is tokenized: value and text are split at
 *   spaces, symbols, digits and a lower-to-upper case change (words joined only by symbols
 *   also count joined), and every word of the text must begin a word of the value, in any
 *   order, case-insensitively; on other properties it is startsWith; anything else is 400;
 * - `$top` 1–999 (default 100), `$select` trims the properties (id always stays); results in
 *   the directory's own order (not sorted);
 * - app-only access needs User.ReadBasic.All (basic profile: id, displayName, givenName,
 *   surname, mail, userPrincipalName; other selected properties come back null),
 *   User.Read.All or Directory.Read.All: without one of them 403 Authorization_RequestDenied;
 * - throttling (`throttle`) answers 429 with Retry-After.
 */
export interface FakeUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string | null;
  readonly userPrincipalName: string;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
}

const BASIC = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];
const FULL_READ = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
const ANY_READ = ['User.ReadBasic.All', ...FULL_READ];

const error = (status: number, code: string, message: string): FakeResponse => ({
  status,
  body: { error: { code, message } },
});

/** Graph's word splitting for displayName (an independent implementation from the app's). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/\s+/).filter(Boolean)) {
    const pieces = chunk
      .replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    out.push(...pieces.map((p) => p.toLowerCase()));
    const joined = chunk.split(/[^\p{L}]+/u).filter(Boolean);
    if (joined.length > 1 && /[^\p{L}\p{N}\s]/u.test(chunk))
      out.push(joined.join('').toLowerCase());
  }
  return out;
}

type Clause = { property: string; text: string };

/** `"a:b" OR "c:d"` → clauses and operators, or null when the syntax is wrong. */
function parseSearch(search: string): { clauses: Clause[]; ops: string[] } | null {
  const clauses: Clause[] = [];
  const ops: string[] = [];
  let rest = search.trim();
  for (;;) {
    const match = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
    if (match === null) return null;
    const body = (match[1] ?? '').replace(/\\(.)/g, '$1');
    const colon = body.indexOf(':');
    if (colon <= 0) return null;
    clauses.push({ property: body.slice(0, colon), text: body.slice(colon + 1) });
    rest = rest.slice(match[0].length).trim();
    if (rest === '') return { clauses, ops };
    const op = /^(AND|OR)\s+/.exec(rest);
    if (op === null) return null;
    ops.push(op[1] ?? '');
    rest = rest.slice(op[0].length);
  }
}

function matches(user: FakeUser, clause: Clause): boolean {
  const value = (user as unknown as Record<string, unknown>)[clause.property];
  if (typeof value !== 'string') return false;
  if (clause.property === 'displayName') {
    const have = words(value);
    const want = words(clause.text);
    return want.length > 0 && want.every((w) => have.some((h) => h.startsWith(w)));
  }
  return value.toLowerCase().startsWith(clause.text.toLowerCase());
}

export class GraphFakeUsers {
  /** The `ConsistencyLevel` header of every /users request, in arrival order. */
  readonly consistencyLevels: string[] = [];
  private users: FakeUser[] = [];
  private throttled = 0;
  private retryAfterSeconds = 1;

  /** Replaces the tenant's users. */
  setUsers(users: readonly FakeUser[]): void {
    this.users = [...users];
  }

  /** The next `count` /users requests are answered 429 with Retry-After. */
  throttle(count: number, retryAfterSeconds = 1): void {
    this.throttled = count;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  handles(path: string): boolean {
    return /^\/users\/?$/i.test(path);
  }

  handle(
    method: string,
    pathAndQuery: string,
    permissions: readonly string[],
    consistencyLevel: string,
  ): FakeResponse {
    this.consistencyLevels.push(consistencyLevel);
    if (this.throttled > 0) {
      this.throttled -= 1;
      return {
        status: 429,
        headers: { 'Retry-After': String(this.retryAfterSeconds) },
        body: { error: { code: 'TooManyRequests', message: 'Too many requests.' } },
      };
    }
    if (method !== 'GET') return error(405, 'Request_BadRequest', 'Only GET is supported.');
    if (!ANY_READ.some((p) => permissions.includes(p))) {
      return error(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    }
    const params = new URLSearchParams(pathAndQuery.split('?')[1] ?? '');
    const search = params.get('$search');
    let found = this.users;
    if (search !== null) {
      if (consistencyLevel.toLowerCase() !== 'eventual') {
        return error(
          400,
          'Request_UnsupportedQuery',
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        );
      }
      const parsed = parseSearch(search);
      if (parsed === null) return error(400, 'Request_BadRequest', 'Syntax error in $search.');
      found = this.users.filter((user) =>
        parsed.ops.reduce(
          (hit, op, i) => {
            const next = matches(user, parsed.clauses[i + 1] as Clause);
            return op === 'AND' ? hit && next : hit || next;
          },
          matches(user, parsed.clauses[0] as Clause),
        ),
      );
    }
    const top = Number(params.get('$top') ?? 100);
    if (!Number.isInteger(top) || top < 1 || top > 999) {
      return error(
        400,
        'Request_BadRequest',
        "Invalid page size specified: '" + String(top) + "'. Must be between 1 and 999 inclusive.",
      );
    }
    const select = params.get('$select')?.split(',') ?? [
      'id',
      'displayName',
      'mail',
      'userPrincipalName',
      'jobTitle',
    ];
    const full = FULL_READ.some((p) => permissions.includes(p));
    const value = found.slice(0, top).map((user) => {
      const record: Record<string, unknown> = { id: user.id };
      for (const key of select) {
        const v = (user as unknown as Record<string, unknown>)[key] ?? null;
        record[key] = full || BASIC.includes(key) ? v : null;
      }
      return record;
    });
    return {
      status: 200,
      body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users', value },
    };
  }
}
