/**
 * Opt-in: the SharePoint store against a REAL tenant. Skipped unless SAMORDNA_TENANT_TEST=1 and
 * the Graph settings are set (see infra/sharepoint/README.md, "Test against your tenant"):
 *   SAMORDNA_TENANT_TEST=1 SHAREPOINT_SITE_URL=https://<tenant>.sharepoint.com/sites/<site>
 *   GRAPH_AUTH=certificate GRAPH_CLIENT_ID=… GRAPH_TENANT_ID=… GRAPH_CERTIFICATE_PATH=…
 *   npx jest tests/contract/sharepoint-tenant.test.ts
 * The site must be provisioned (npm run sharepoint:provision). The test only adds uniquely
 * named test records (ids starting with `tenant-test-`); it never deletes anything.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../bot/src/config';
import { ConflictError } from '../../bot/src/domain/ports/store.port';
import { SqliteWriteOutbox } from '../../bot/src/store/sharepoint/sqlite-write-outbox';
import { graphTokenProvider } from '../../bot/src/store/sharepoint/graph-credentials';
import { GraphHttp } from '../../bot/src/graph/graph-http';
import { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { newActivity } from '../helpers/fixtures';

const enabled = process.env['SAMORDNA_TENANT_TEST'] === '1';
const describeTenant = enabled ? describe : describe.skip;

async function openTenantStore(): Promise<SharePointStore> {
  const config = loadConfig({ ...process.env, SAMORDNA_STORE: 'sharepoint' });
  if (config.store.kind !== 'sharepoint') throw new Error('not configured');
  const { siteUrl, graphBaseUrl, auth } = config.store;
  return SharePointStore.open({
    http: new GraphHttp({ baseUrl: graphBaseUrl, tokens: graphTokenProvider(auth, graphBaseUrl) }),
    siteUrl,
    outbox: SqliteWriteOutbox.open(':memory:'),
    drainIntervalMs: 0,
    writeBudgetMs: 30_000,
  });
}

describeTenant('SharePoint store on a real tenant (opt-in)', () => {
  jest.setTimeout(120_000);

  it('writes, reads back from a second instance, and refuses a stale update', async () => {
    const run = `tenant-test-${randomUUID()}`;
    const a = await openTenantStore();
    const b = await openTenantStore();
    try {
      await a.activities.create(newActivity({ id: run, title: 'Tenant test' }));
      const appended = await a.reports.append(
        {
          id: `${run}-r1`,
          activityId: run,
          roundId: 'tenant-test',
          status: 'pagar',
          done: "Citat ' och åäö",
          next: '',
          reason: '',
          reportedByUserId: 'tenant-test',
          reportedByName: 'Tenant test',
          reportedAt: new Date().toISOString(),
        },
        `${run}-key`,
      );
      expect(appended.syncPending).toBeUndefined();
      const reader = await openTenantStore();
      expect((await reader.reports.history(run)).map((r) => r.done)).toEqual(["Citat ' och åäö"]);
      await reader.close();
      await b.context.sync();
      await a.activities.update(newActivity({ id: run, title: 'Från A' }), 1);
      await expect(
        b.activities.update(newActivity({ id: run, title: 'Från B' }), 1),
      ).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
