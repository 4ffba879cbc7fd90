import { GraphHttp, type BatchResponse } from '../../graph/graph-http';
import type { ItemFields } from './field-codec';
import { fieldEquals } from '../../graph/odata';
import { listSpec, LIST_NAMES, type ListName } from './list-schema';

/** A list item as Graph returns it with `expand=fields`. */
export interface GraphItem {
  readonly id: string;
  readonly eTag: string | null;
  readonly fields: ItemFields;
}

interface Page {
  value?: { id: string; eTag?: string; fields?: ItemFields }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

function toItem(raw: { id: string; eTag?: string; fields?: ItemFields }): GraphItem {
  return { id: raw.id, eTag: raw.eTag ?? null, fields: raw.fields ?? {} };
}

/** `https://host/sites/x` → the Graph path that resolves the site by URL. */
export function sitePathFromUrl(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `/sites/${url.hostname}:${url.pathname.replace(/\/$/, '')}`;
}

/**
 * The Samordna lists on one SharePoint site: item reads (paged, `$filter` on indexed columns
 * only), delta, creates and eTag-checked updates. Every path stays under `/sites/{site-id}`,
 * which is all that `Sites.Selected` grants.
 */
export class SiteLists {
  private constructor(
    readonly http: GraphHttp,
    readonly siteId: string,
    private readonly listIds: ReadonlyMap<string, string>,
  ) {}

  /** Resolves the site and the list ids: two Graph calls. */
  static async open(http: GraphHttp, siteUrl: string): Promise<SiteLists> {
    const site = await http.get<{ id: string }>(sitePathFromUrl(siteUrl));
    const lists = await http.get<{ value: { id: string; displayName: string }[] }>(
      `/sites/${site.id}/lists?$select=id,displayName&$top=200`,
    );
    const ids = new Map(lists.value.map((l) => [l.displayName, l.id]));
    const missing = LIST_NAMES.filter((name) => !ids.has(name));
    if (missing.length > 0) {
      throw new Error(
        `SharePoint lists missing (run npm run sharepoint:provision): ${missing.join(', ')}`,
      );
    }
    return new SiteLists(http, site.id, ids);
  }

  itemsPath(list: ListName): string {
    return `/sites/${this.siteId}/lists/${this.listIds.get(list) ?? ''}/items`;
  }

  /** Items whose indexed `column` equals `value` (all pages). */
  async findBy(list: ListName, column: string, value: string): Promise<GraphItem[]> {
    return this.readAll(this.findByPath(list, column, value));
  }

  /** The request path for `findBy` (also used inside `$batch`). */
  findByPath(list: ListName, column: string, value: string): string {
    if (listSpec(list).columns.find((c) => c.name === column)?.indexed !== true) {
      throw new Error(
        `${list}.${column} is not indexed: filtering on it would hit the list view threshold`,
      );
    }
    const filter = encodeURIComponent(fieldEquals(column, value));
    return `${this.itemsPath(list)}?expand=fields&$filter=${filter}&$top=200`;
  }

  /** Follows `@odata.nextLink` to the end. */
  async readAll(path: string): Promise<GraphItem[]> {
    const items: GraphItem[] = [];
    let next: string | undefined = path;
    while (next !== undefined) {
      const page: Page = await this.http.get<Page>(next);
      items.push(...(page.value ?? []).map(toItem));
      next = page['@odata.nextLink'];
    }
    return items;
  }

  /**
   * Changes since `deltaLink` (everything when null), following nextLinks; returns the
   * items (last occurrence wins) and the new deltaLink. A cold sync of N items costs
   * ceil(N / pageSize) calls (at least one).
   */
  async delta(
    list: ListName,
    deltaLink: string | null,
    pageSize: number,
  ): Promise<{ items: GraphItem[]; deltaLink: string }> {
    let next: string | undefined =
      deltaLink ?? `${this.itemsPath(list)}/delta?expand=fields&$top=${pageSize}`;
    const items: GraphItem[] = [];
    for (;;) {
      const page: Page = await this.http.get<Page>(next);
      items.push(...(page.value ?? []).map(toItem));
      if (page['@odata.deltaLink'] !== undefined)
        return { items, deltaLink: page['@odata.deltaLink'] };
      next = page['@odata.nextLink'];
      if (next === undefined) throw new Error('Delta page without nextLink or deltaLink');
    }
  }

  async create(list: ListName, fields: ItemFields): Promise<GraphItem> {
    return toItem(await this.http.post(this.itemsPath(list), { fields }));
  }

  /** PATCHes fields; with an eTag the update is conditional (412 when it changed). */
  async update(
    list: ListName,
    itemId: string,
    fields: ItemFields,
    etag: string | null,
  ): Promise<GraphItem> {
    const answer = await this.http.patch<ItemFields>(
      `${this.itemsPath(list)}/${itemId}/fields`,
      fields,
      etag === null ? {} : { 'If-Match': etag },
    );
    const newEtag = answer['@odata.etag'];
    return { id: itemId, eTag: typeof newEtag === 'string' ? newEtag : null, fields: answer };
  }

  /** Runs requests in `$batch`es of at most 20; answers come back in request order. */
  async batch(
    requests: readonly {
      method: 'GET' | 'POST' | 'PATCH';
      url: string;
      body?: unknown;
      headers?: Record<string, string>;
    }[],
  ): Promise<BatchResponse[]> {
    const answers: BatchResponse[] = [];
    for (let i = 0; i < requests.length; i += 20) {
      const chunk = requests.slice(i, i + 20).map((r, j) => ({ ...r, id: String(i + j + 1) }));
      answers.push(...(await this.http.batch(chunk)));
    }
    return answers;
  }

  static item(raw: unknown): GraphItem {
    return toItem(raw as { id: string; eTag?: string; fields?: ItemFields });
  }
}
