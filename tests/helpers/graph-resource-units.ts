/**
 * SharePoint's Graph resource units, as Microsoft documents them for throttling
 * ("Avoid getting throttled or blocked in SharePoint Online": resource unit costs):
 * a single item read or a delta page with a token costs about 1, a multi-item query (a list's
 * items, a `$filter`) 2, a create, update or delete 2. A `$batch` costs what its
 * sub-requests cost; the fake records those one by one, so the envelope itself counts 0.
 * A small tenant (< 1,000 licences) has 1,200 resource units a minute per app.
 */
import type { RecordedRequest } from '../fakes/graph-fake';

export const SMALL_TENANT_UNITS_PER_MINUTE = 1200;

export type GraphCallKind = 'delta' | 'item-read' | 'list-query' | 'write' | 'batch' | 'other';

/** What kind of call a recorded Graph request is. */
export function callKind(request: Pick<RecordedRequest, 'method' | 'path'>): GraphCallKind {
  const path = decodeURIComponent(request.path.split('?')[0] ?? '');
  if (path.endsWith('/$batch')) return 'batch';
  if (request.method !== 'GET') return 'write';
  if (path.endsWith('/items/delta') || request.path.includes('/items/delta?')) return 'delta';
  if (/\/items\/[^/]+(\/fields)?$/.test(path)) return 'item-read';
  if (path.endsWith('/items') || /\/lists(\/[^/]+)?$/.test(path) || path.endsWith('/columns'))
    return 'list-query';
  return 'other';
}

const UNITS: Readonly<Record<GraphCallKind, number>> = {
  delta: 1,
  'item-read': 1,
  'list-query': 2,
  write: 2,
  batch: 0,
  // Site lookups and the like: counted as a single read.
  other: 1,
};

export interface ResourceUnitTally {
  readonly calls: number;
  readonly units: number;
  readonly byKind: Readonly<Record<GraphCallKind, number>>;
}

/** Resource units of a run of recorded requests. */
export function resourceUnits(
  requests: readonly Pick<RecordedRequest, 'method' | 'path'>[],
): ResourceUnitTally {
  const byKind: Record<GraphCallKind, number> = {
    delta: 0,
    'item-read': 0,
    'list-query': 0,
    write: 0,
    batch: 0,
    other: 0,
  };
  let units = 0;
  for (const request of requests) {
    const kind = callKind(request);
    byKind[kind] += 1;
    units += UNITS[kind];
  }
  return { calls: requests.length - byKind.batch, units, byKind };
}

/** The field names a recorded request filters on (`$filter=fields/X eq '…'`), in order. */
export function filteredFields(request: Pick<RecordedRequest, 'path'>): string[] | null {
  const query = request.path.split('?')[1];
  if (query === undefined) return null;
  const filter = new URLSearchParams(query).get('$filter');
  if (filter === null) return null;
  return [...filter.matchAll(/fields\/([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
}
