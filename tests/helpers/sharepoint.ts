import { GraphHttp } from '../../bot/src/graph/graph-http';
import type { TokenProvider } from '../../bot/src/graph/graph-middleware';
import type { RetryPolicy } from '../../bot/src/graph/graph-middleware';
import { provisionSite } from '../../bot/src/store/sharepoint/provision';
import { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import type { SharePointStoreOptions } from '../../bot/src/store/sharepoint/sharepoint-context';
import { SqliteWriteOutbox } from '../../bot/src/store/sharepoint/sqlite-write-outbox';
import { GraphFake, PROVISIONER, WRITER, type GraphFakeClient } from '../fakes/graph-fake';

/** Client-credentials tokens from the fake's token endpoint (MSAL needs an https authority). */
export function fakeTokens(
  fake: Pick<GraphFake, 'tokenUrl'>,
  client: GraphFakeClient = WRITER,
): TokenProvider {
  let token: string | null = null;
  return {
    async getAccessToken() {
      if (token !== null) return token;
      const response = await fetch(fake.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: client.clientSecret,
          scope: 'https://graph.microsoft.com/.default',
        }).toString(),
      });
      const body = (await response.json()) as { access_token: string };
      token = body.access_token;
      return token;
    },
  };
}

export function fakeHttp(
  fake: Pick<GraphFake, 'tokenUrl' | 'url'>,
  client: GraphFakeClient = WRITER,
  retry?: RetryPolicy,
): GraphHttp {
  return new GraphHttp({
    baseUrl: fake.url,
    tokens: fakeTokens(fake, client),
    ...(retry === undefined ? {} : { retry }),
  });
}

export async function provisionFake(fake: GraphFake): Promise<string[]> {
  return provisionSite(fakeHttp(fake, PROVISIONER), fake.siteUrl);
}

/** A SharePoint store on the fake (provisioned already), with the writer's least privilege. */
export async function openFakeStore(
  fake: Pick<GraphFake, 'tokenUrl' | 'url' | 'siteUrl'>,
  options: Partial<SharePointStoreOptions> & { outboxPath?: string; retry?: RetryPolicy } = {},
): Promise<SharePointStore> {
  return SharePointStore.open({
    http: fakeHttp(fake, WRITER, options.retry),
    siteUrl: fake.siteUrl,
    outbox: SqliteWriteOutbox.open(options.outboxPath ?? ':memory:'),
    drainIntervalMs: 0,
    ...options,
  });
}

/** Someone edits the list's first item in SharePoint itself: its fields change and its eTag moves. */
export function editInSharePoint(
  fake: GraphFake,
  list: string,
  fields: Record<string, string>,
): void {
  const item = [...(fake.site.list(list)?.items.values() ?? [])][0];
  if (item === undefined) throw new Error(`no item in ${list}`);
  item.fields = { ...item.fields, ...fields };
  item.version += 1;
}
