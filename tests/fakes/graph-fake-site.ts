import { randomUUID } from 'node:crypto';
import {
  filterItems,
  GraphFakeError,
  itemJson,
  etagOf,
  type FakeItem,
  type FakeList,
  type Fields,
} from './graph-fake-lists';

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;

/**
 * One SharePoint site: the routes the adapter and the provisioning script use.
 *
 *   GET   /sites/{hostname}:/{path}                       site by URL
 *   GET   /sites/{id}/lists                               lists
 *   POST  /sites/{id}/lists                               create list (with columns)
 *   GET   /sites/{id}/lists/{list}/columns                columns
 *   POST  /sites/{id}/lists/{list}/columns                add column
 *   PATCH /sites/{id}/lists/{list}/columns/{column}       e.g. { indexed: true }
 *   GET   /sites/{id}/lists/{list}/items?expand=fields&$filter=…&$top=…   (+ @odata.nextLink)
 *   GET   /sites/{id}/lists/{list}/items/delta[?token=…]  (+ nextLink / deltaLink)
 *   POST  /sites/{id}/lists/{list}/items                  { fields }
 *   PATCH /sites/{id}/lists/{list}/items/{item}/fields    If-Match → 412 on a stale eTag
 */
export class GraphFakeSite {
  readonly id: string;
  readonly lists = new Map<string, FakeList>();
  private changeCounter = 0;

  constructor(
    readonly hostname: string,
    readonly path: string,
  ) {
    this.id = `${hostname},${randomUUID()},${randomUUID()}`;
  }

  get webUrl(): string {
    return `https://${this.hostname}${this.path}`;
  }

  /** The list with this display name (for test assertions). */
  list(displayName: string): FakeList | undefined {
    return [...this.lists.values()].find((l) => l.displayName === displayName);
  }

  /** What `Sites.Selected` with `role` on this one site allows. */
  allows(role: 'write' | 'manage', method: string, path: string): boolean {
    if (path === `/sites/${this.hostname}:${this.path}`) return method === 'GET';
    const prefix = `/sites/${this.id}`;
    const decoded = decodeURIComponent(path);
    if (decoded !== prefix && !decoded.startsWith(`${prefix}/`)) return false;
    const rest = decoded.slice(prefix.length);
    if (rest.startsWith('/permissions')) return false;
    if (method === 'GET') return true;
    if (/^\/lists\/[^/]+\/items(\/|$)/.test(rest)) return true;
    return role === 'manage';
  }

  handle(
    method: string,
    pathAndQuery: string,
    body: string,
    headers: { prefer: string; ifMatch: string },
  ): FakeResponse {
    const [rawPath = '', query = ''] = pathAndQuery.split('?');
    const path = decodeURIComponent(rawPath);
    const params = new URLSearchParams(query);
    if (path === `/sites/${this.hostname}:${this.path}`) return ok(this.siteJson());
    const rest = path.slice(`/sites/${this.id}`.length);
    const json = (): Record<string, unknown> =>
      body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
    let m: RegExpExecArray | null;
    if (rest === '' && method === 'GET') return ok(this.siteJson());
    if (rest === '/lists' && method === 'GET') {
      return ok({ value: [...this.lists.values()].map(listJson) });
    }
    if (rest === '/lists' && method === 'POST') return this.createList(json());
    if ((m = /^\/lists\/([^/]+)\/columns$/.exec(rest)) !== null) {
      const list = this.requireList(m[1]);
      if (method === 'GET') {
        return ok({ value: list.columns.map((c) => ({ ...c.definition, indexed: c.indexed })) });
      }
      if (method === 'POST') return this.addColumn(list, json());
    }
    if ((m = /^\/lists\/([^/]+)\/columns\/([^/]+)$/.exec(rest)) !== null && method === 'PATCH') {
      const list = this.requireList(m[1]);
      const column = list.columns.find((c) => c.id === m?.[2]);
      if (column === undefined) throw new GraphFakeError(404, 'itemNotFound', 'Column not found');
      const patch = json();
      if (typeof patch['indexed'] === 'boolean') column.indexed = patch['indexed'];
      Object.assign(column.definition, patch);
      return ok(column.definition);
    }
    if ((m = /^\/lists\/([^/]+)\/items\/delta$/.exec(rest)) !== null && method === 'GET') {
      return this.delta(this.requireList(m[1]), rawPath, params);
    }
    if ((m = /^\/lists\/([^/]+)\/items$/.exec(rest)) !== null) {
      const list = this.requireList(m[1]);
      if (method === 'GET') return this.listItems(list, rawPath, params, headers.prefer);
      if (method === 'POST') return this.createItem(list, json());
    }
    if ((m = /^\/lists\/([^/]+)\/items\/([^/]+)$/.exec(rest)) !== null && method === 'GET') {
      const list = this.requireList(m[1]);
      return ok(itemJson(list, this.requireItem(list, m[2])));
    }
    if ((m = /^\/lists\/([^/]+)\/items\/([^/]+)\/fields$/.exec(rest)) !== null) {
      if (method === 'PATCH') {
        const list = this.requireList(m[1]);
        return this.updateFields(list, this.requireItem(list, m[2]), json(), headers.ifMatch);
      }
    }
    throw new GraphFakeError(400, 'BadRequest', `Unsupported ${method} ${rest}`);
  }

  private siteJson(): Record<string, unknown> {
    return { id: this.id, webUrl: this.webUrl, displayName: 'Samordna' };
  }

  private requireList(idOrName: string | undefined): FakeList {
    const list =
      this.lists.get(idOrName ?? '') ??
      [...this.lists.values()].find((l) => l.displayName === idOrName);
    if (list === undefined) throw new GraphFakeError(404, 'itemNotFound', 'List not found');
    return list;
  }

  private requireItem(list: FakeList, itemId: string | undefined): FakeItem {
    const item = list.items.get(itemId ?? '');
    if (item === undefined) throw new GraphFakeError(404, 'itemNotFound', 'Item not found');
    return item;
  }

  private createList(body: Record<string, unknown>): FakeResponse {
    const displayName = String(body['displayName'] ?? '');
    if (this.list(displayName) !== undefined) {
      throw new GraphFakeError(409, 'nameAlreadyExists', 'A list with this name already exists.');
    }
    const list: FakeList = {
      id: randomUUID(),
      displayName,
      columns: [],
      items: new Map(),
      nextItemId: 1,
    };
    for (const column of (body['columns'] as Record<string, unknown>[] | undefined) ?? []) {
      this.addColumn(list, column);
    }
    this.lists.set(list.id, list);
    return { status: 201, body: listJson(list) };
  }

  private addColumn(list: FakeList, definition: Record<string, unknown>): FakeResponse {
    const name = String(definition['name'] ?? '');
    if (list.columns.some((c) => c.name === name)) {
      throw new GraphFakeError(409, 'nameAlreadyExists', `Column ${name} already exists.`);
    }
    const id = randomUUID();
    const column = {
      id,
      name,
      indexed: definition['indexed'] === true,
      definition: { ...definition, id, indexed: definition['indexed'] === true },
    };
    list.columns.push(column);
    return { status: 201, body: column.definition };
  }

  private createItem(list: FakeList, body: Record<string, unknown>): FakeResponse {
    const now = new Date().toISOString();
    const item: FakeItem = {
      id: String(list.nextItemId++),
      fields: this.checkFields(list, (body['fields'] ?? {}) as Fields),
      version: 1,
      changeSeq: ++this.changeCounter,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    list.items.set(item.id, item);
    return { status: 201, body: itemJson(list, item) };
  }

  private updateFields(
    list: FakeList,
    item: FakeItem,
    patch: Record<string, unknown>,
    ifMatch: string,
  ): FakeResponse {
    if (ifMatch !== '' && ifMatch !== '*' && ifMatch !== etagOf(list, item)) {
      throw new GraphFakeError(412, 'preconditionFailed', 'The eTag does not match.');
    }
    item.fields = { ...item.fields, ...this.checkFields(list, patch as Fields) };
    item.version += 1;
    item.changeSeq = ++this.changeCounter;
    item.lastModifiedDateTime = new Date().toISOString();
    return { status: 200, body: { ...item.fields, '@odata.etag': etagOf(list, item) } };
  }

  /** Unknown field names fail like SharePoint's "Field 'X' is not recognized". */
  private checkFields(list: FakeList, fields: Fields): Fields {
    for (const name of Object.keys(fields)) {
      if (name !== 'Title' && !list.columns.some((c) => c.name === name)) {
        throw new GraphFakeError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      }
    }
    return fields;
  }

  private listItems(
    list: FakeList,
    rawPath: string,
    params: URLSearchParams,
    prefer: string,
  ): FakeResponse {
    const top = Math.min(Number(params.get('$top') ?? DEFAULT_PAGE), MAX_PAGE);
    const matching = filterItems(list, params.get('$filter'), prefer);
    const skip = Number(params.get('$skiptoken') ?? '0');
    const page = matching.slice(skip, skip + top);
    const next = new URLSearchParams(params);
    next.set('$skiptoken', String(skip + top));
    return ok({
      value: page.map((item) => itemJson(list, item)),
      ...(skip + top < matching.length ? { '@odata.nextLink': link(rawPath, next) } : {}),
    });
  }

  /** Delta: items changed after the token, oldest change first, paged; then a deltaLink. */
  private delta(list: FakeList, rawPath: string, params: URLSearchParams): FakeResponse {
    const top = Math.min(Number(params.get('$top') ?? DEFAULT_PAGE), MAX_PAGE);
    const token = params.get('token');
    const since = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString());
    if (Number.isNaN(since)) throw new GraphFakeError(410, 'resyncRequired', 'Invalid token');
    const changed = [...list.items.values()]
      .filter((item) => item.changeSeq > since)
      .sort((a, b) => a.changeSeq - b.changeSeq);
    const page = changed.slice(0, top);
    const more = changed.length > top;
    const upTo = more ? (page[page.length - 1]?.changeSeq ?? since) : this.changeCounter;
    const next = new URLSearchParams({ token: Buffer.from(String(upTo)).toString('base64url') });
    if (params.has('$top')) next.set('$top', String(top));
    return ok({
      value: page.map((item) => itemJson(list, item)),
      [more ? '@odata.nextLink' : '@odata.deltaLink']: link(rawPath, next),
    });
  }
}

function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}

function link(rawPath: string, params: URLSearchParams): string {
  return `https://graph.microsoft.com/v1.0${rawPath}?${params.toString()}`;
}

function listJson(list: FakeList): Record<string, unknown> {
  return { id: list.id, displayName: list.displayName, list: { template: 'genericList' } };
}
