import type { GraphHttp } from '../../graph/graph-http';
import { columnDefinition, LIST_SCHEMA } from './list-schema';
import { sitePathFromUrl } from './site-lists';

/**
 * Creates or updates the Samordna lists on a site, idempotently: missing lists and columns
 * are added and index flags set; nothing is ever deleted or changed in type, so data is
 * safe. Returns what it changed (empty on a second run). Needs the `manage` role on the
 * site (Sites.Selected); the running app only needs `write`.
 */
export async function provisionSite(http: GraphHttp, siteUrl: string): Promise<string[]> {
  const site = await http.get<{ id: string }>(sitePathFromUrl(siteUrl));
  const base = `/sites/${site.id}/lists`;
  const existing = await http.get<{ value: { id: string; displayName: string }[] }>(
    `${base}?$select=id,displayName&$top=200`,
  );
  const listIds = new Map(existing.value.map((l) => [l.displayName, l.id]));
  const changes: string[] = [];
  for (const spec of LIST_SCHEMA) {
    const listId = listIds.get(spec.name);
    if (listId === undefined) {
      const created = await http.post<{ id: string }>(base, {
        displayName: spec.name,
        description: spec.description,
        columns: spec.columns.map((c) => columnDefinition(c, listIds)),
        list: { template: 'genericList' },
      });
      listIds.set(spec.name, created.id);
      changes.push(`created list ${spec.name} (${spec.columns.length} columns)`);
      continue;
    }
    const columns = await http.get<{ value: { id: string; name: string; indexed?: boolean }[] }>(
      `${base}/${listId}/columns`,
    );
    for (const column of spec.columns) {
      const found = columns.value.find((c) => c.name === column.name);
      if (found === undefined) {
        await http.post(`${base}/${listId}/columns`, columnDefinition(column, listIds));
        changes.push(`added column ${spec.name}.${column.name}`);
      } else if (column.indexed === true && found.indexed !== true) {
        await http.patch(`${base}/${listId}/columns/${found.id}`, { indexed: true });
        changes.push(`indexed column ${spec.name}.${column.name}`);
      }
    }
  }
  return changes;
}
