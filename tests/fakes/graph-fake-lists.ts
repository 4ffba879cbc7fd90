/**
 * The SharePoint side of the Graph fake: lists, columns and list items with Graph's
 * documented semantics for the subset Samordna uses (fields, $filter on indexed columns,
 * $top + @odata.nextLink, delta with tokens, eTags and 412).
 */

export type FieldValue = string | number | boolean | null | readonly string[];
export type Fields = Record<string, FieldValue>;

export interface FakeColumn {
  readonly id: string;
  readonly name: string;
  indexed: boolean;
  readonly definition: Record<string, unknown>;
}

export interface FakeItem {
  readonly id: string;
  fields: Fields;
  /** Bumped on every change; the eTag is `"<guid>,<version>"` like SharePoint's. */
  version: number;
  /** Global change counter value of the last change (drives delta). */
  changeSeq: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface FakeList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: FakeColumn[];
  readonly items: Map<string, FakeItem>;
  nextItemId: number;
}

/** Thrown inside the fake and turned into a Graph error response. */
export class GraphFakeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** SharePoint's list view threshold: non-indexed queries fail on lists larger than this. */
export const LIST_VIEW_THRESHOLD = 5000;

const BUILT_IN_COLUMNS = ['Title', 'id', 'Created', 'Modified'];

export function etagOf(list: FakeList, item: FakeItem): string {
  return `"${list.id.slice(0, 8)}-${item.id},${item.version}"`;
}

export function itemJson(list: FakeList, item: FakeItem): Record<string, unknown> {
  return {
    id: item.id,
    eTag: etagOf(list, item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    fields: { ...item.fields, id: item.id, '@odata.etag': etagOf(list, item) },
  };
}

// ---- $filter: a small OData subset (eq/ne, and/or, string and number literals) ----

type Token = { kind: 'string'; value: string } | { kind: 'word'; value: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter[i] ?? '';
    if (ch === ' ') {
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= filter.length)
          throw new GraphFakeError(400, 'BadRequest', 'Invalid filter clause');
        if (filter[i] === "'") {
          if (filter[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += filter[i];
        i += 1;
      }
      tokens.push({ kind: 'string', value });
    } else {
      let word = '';
      while (i < filter.length && filter[i] !== ' ' && filter[i] !== "'") {
        word += filter[i];
        i += 1;
      }
      tokens.push({ kind: 'word', value: word });
    }
  }
  return tokens;
}

interface Comparison {
  readonly left: Token;
  readonly op: 'eq' | 'ne';
  readonly right: Token;
}

/** Disjunctive normal form: OR of AND-groups of comparisons. */
export function parseFilter(filter: string): Comparison[][] {
  const tokens = tokenize(filter);
  const groups: Comparison[][] = [[]];
  let i = 0;
  for (;;) {
    const [left, op, right] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (
      left === undefined ||
      right === undefined ||
      op?.kind !== 'word' ||
      (op.value !== 'eq' && op.value !== 'ne')
    ) {
      throw new GraphFakeError(400, 'BadRequest', 'Invalid filter clause');
    }
    groups[groups.length - 1]?.push({ left, op: op.value, right });
    i += 3;
    const joiner = tokens[i];
    if (joiner === undefined) break;
    if (joiner.kind !== 'word' || (joiner.value !== 'and' && joiner.value !== 'or')) {
      throw new GraphFakeError(400, 'BadRequest', 'Invalid filter clause');
    }
    if (joiner.value === 'or') groups.push([]);
    i += 1;
  }
  return groups;
}

function fieldNames(groups: Comparison[][]): string[] {
  return groups
    .flat()
    .flatMap((c) => [c.left, c.right])
    .filter((t) => t.kind === 'word' && t.value.startsWith('fields/'))
    .map((t) => t.value.slice('fields/'.length));
}

function valueOf(token: Token, item: FakeItem): FieldValue | undefined {
  if (token.kind === 'string') return token.value;
  if (token.value.startsWith('fields/')) return item.fields[token.value.slice(7)] ?? null;
  if (token.value === 'true' || token.value === 'false') return token.value === 'true';
  if (token.value === 'null') return null;
  const n = Number(token.value);
  if (Number.isNaN(n)) throw new GraphFakeError(400, 'BadRequest', 'Invalid filter clause');
  return n;
}

function matches(groups: Comparison[][], item: FakeItem): boolean {
  return groups.some((group) =>
    group.every((c) => {
      const equal = valueOf(c.left, item) === valueOf(c.right, item);
      return c.op === 'eq' ? equal : !equal;
    }),
  );
}

/**
 * Items matching `filter`, with SharePoint's rules: every filtered field must be indexed
 * unless the caller sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`, and such a
 * query fails outright once the list is past the list view threshold.
 */
export function filterItems(list: FakeList, filter: string | null, prefer: string): FakeItem[] {
  const all = [...list.items.values()].sort((a, b) => Number(a.id) - Number(b.id));
  if (filter === null || filter === '') return all;
  const groups = parseFilter(filter);
  for (const name of fieldNames(groups)) {
    const column = list.columns.find((c) => c.name === name);
    if (column === undefined && !BUILT_IN_COLUMNS.includes(name)) {
      throw new GraphFakeError(400, 'invalidRequest', `Field '${name}' does not exist.`);
    }
    if (column?.indexed === true) continue;
    if (!prefer.includes('HonorNonIndexedQueriesWarningMayFailRandomly')) {
      throw new GraphFakeError(
        400,
        'invalidRequest',
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    if (list.items.size > LIST_VIEW_THRESHOLD) {
      throw new GraphFakeError(
        500,
        '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        'The attempted operation is prohibited because it exceeds the list view threshold.',
      );
    }
  }
  return all.filter((item) => matches(groups, item));
}
