/**
 * SharePoint adapter behaviour on the Graph fake beyond the shared store contract:
 * provisioning, least privilege, OData escaping, indexed filters and the list view
 * threshold, paging, delta freshness, eTags and 412.
 */
import { ConflictError } from '../../bot/src/domain/ports/store.port';
import { LIST_NAMES } from '../../bot/src/store/sharepoint/list-schema';
import { odataString } from '../../bot/src/graph/odata';
import { provisionSite } from '../../bot/src/store/sharepoint/provision';
import { SiteLists } from '../../bot/src/store/sharepoint/site-lists';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake, PROVISIONER, WRITER } from '../fakes/graph-fake';
import { newActivity } from '../helpers/fixtures';
import { fakeHttp, openFakeStore, provisionFake } from '../helpers/sharepoint';

let fake: GraphFake;
const stores: SharePointStore[] = [];

async function open(options: Parameters<typeof openFakeStore>[1] = {}): Promise<SharePointStore> {
  const store = await openFakeStore(fake, options);
  stores.push(store);
  return store;
}

beforeEach(async () => {
  fake = await GraphFake.start();
  await provisionFake(fake);
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await fake.close();
});

const report = (id: string, activityId = 'act-1') => ({
  id,
  activityId,
  roundId: 'round-1',
  status: 'pagar' as const,
  done: 'Gjort',
  next: '',
  reason: '',
  reportedByUserId: 'u1',
  reportedByName: 'Sara',
  reportedAt: '2024-02-01T10:00:00.000Z',
});

describe('provisioning', () => {
  it('is idempotent: a second run changes nothing', async () => {
    const again = await provisionFake(fake);
    expect(again).toEqual([]);
    expect(
      fake.site.list('Statusrapporter')?.columns.find((c) => c.name === 'IdempotencyKey')?.indexed,
    ).toBe(true);
  });

  it('adds missing columns and indexes to an existing list without touching its items', async () => {
    const store = await open();
    await store.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'bolag' });
    const list = fake.site.list('Aktiviteter');
    const planId = list?.columns.find((c) => c.name === 'PlanId');
    if (list === undefined || planId === undefined) throw new Error('not provisioned');
    planId.indexed = false;
    list.columns.splice(
      list.columns.findIndex((c) => c.name === 'Owner'),
      1,
    );
    expect(await provisionFake(fake)).toEqual([
      'indexed column Aktiviteter.PlanId',
      'added column Aktiviteter.Owner',
    ]);
    expect(fake.site.list('Organisationer')?.items.size).toBe(1);
  });

  it('needs the manage role: the app’s write role cannot create lists', async () => {
    const other = await GraphFake.start();
    try {
      await expect(provisionSite(fakeHttp(other, WRITER), other.siteUrl)).rejects.toMatchObject({
        status: 403,
      });
      expect(other.violations.map((v) => v.method)).toEqual(['POST']);
    } finally {
      await other.close();
    }
  });
});

describe('least privilege (Sites.Selected, write on one site)', () => {
  it('a full round of store use makes no call outside the one site', async () => {
    const store = await open();
    await store.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'forvaltning' });
    await store.reports.append(report('r1'), 'k1');
    await store.reports.latest();
    expect(fake.violations).toEqual([]);
    expect(
      fake.requests.every(
        (r) =>
          r.path.startsWith(`/sites/${fake.site.id}`) ||
          r.path.startsWith('/sites/contoso.sharepoint.com:'),
      ),
    ).toBe(true);
  });

  it('the fake refuses tenant-wide endpoints, other sites and calls without its token', async () => {
    const http = fakeHttp(fake, PROVISIONER);
    await expect(http.get('/sites?search=*')).rejects.toMatchObject({ status: 403 });
    await expect(http.get('/sites/contoso.sharepoint.com:/sites/other')).rejects.toMatchObject({
      status: 403,
    });
    await expect(http.get(`/sites/${fake.site.id}/permissions`)).rejects.toMatchObject({
      status: 403,
    });
    expect(fake.violations).toHaveLength(3);
    const anonymous = await fetch(`${fake.url}/v1.0/sites/${fake.site.id}/lists`);
    expect(anonymous.status).toBe(401);
  });
});

describe('OData string literals', () => {
  const payloads = [
    "x' or 1 eq 1 or '",
    "x' or fields/SamordnaId ne '",
    "'",
    "''",
    "k1' or fields/IdempotencyKey eq 'k2",
  ];

  it('doubles single quotes', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("x' or 1 eq 1 or '")).toBe("'x'' or 1 eq 1 or '''");
  });

  it('injection payloads in a $filter match nothing extra', async () => {
    const store = await open();
    await store.reports.append(report('r1'), 'k1');
    await store.reports.append(report('r2'), 'k2');
    const lists = await SiteLists.open(fakeHttp(fake), fake.siteUrl);
    for (const payload of payloads) {
      expect(await lists.findBy('Statusrapporter', 'IdempotencyKey', payload)).toEqual([]);
      expect(await lists.findBy('Statusrapporter', 'SamordnaId', payload)).toEqual([]);
    }
    // An unescaped payload really would widen the query on this fake:
    const raw = `${lists.itemsPath('Statusrapporter')}?expand=fields&$filter=${encodeURIComponent(
      `fields/SamordnaId eq '${payloads[1] ?? ''}'`,
    )}`;
    expect(await lists.readAll(raw)).toHaveLength(2);
  });

  it('payloads as idempotency keys are stored once each and found again after a restart', async () => {
    const store = await open();
    for (const [i, payload] of payloads.entries()) {
      expect((await store.reports.append(report(`r${i}`), payload)).created).toBe(true);
    }
    const reopened = await open();
    for (const [i, payload] of payloads.entries()) {
      const again = await reopened.reports.append(report(`other-${i}`), payload);
      expect(again).toEqual({ report: report(`r${i}`), created: false });
    }
    expect(fake.site.list('Statusrapporter')?.items.size).toBe(payloads.length);
  });
});

describe('indexed filters, the list view threshold and paging', () => {
  it('filters only on indexed columns; past 5,000 items a non-indexed filter fails like SharePoint', async () => {
    const lists = await SiteLists.open(fakeHttp(fake), fake.siteUrl);
    await expect(lists.findBy('Statusrapporter', 'Done', 'x')).rejects.toThrow(/not indexed/);
    const list = fake.site.list('Statusrapporter');
    if (list === undefined) throw new Error('no list');
    for (let i = 1; i <= 5001; i += 1) {
      list.items.set(String(i), {
        id: String(i),
        fields: { SamordnaId: `r${i}`, IdempotencyKey: `k${i}`, Done: i === 7 ? 'x' : '' },
        version: 1,
        changeSeq: 0,
        createdDateTime: '2024-01-01T00:00:00Z',
        lastModifiedDateTime: '2024-01-01T00:00:00Z',
      });
    }
    const path = `${lists.itemsPath('Statusrapporter')}?expand=fields&$filter=${encodeURIComponent("fields/Done eq 'x'")}`;
    await expect(lists.readAll(path)).rejects.toMatchObject({ status: 400 });
    await expect(
      lists.http.get(path, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' }),
    ).rejects.toMatchObject({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    });
    // Indexed columns keep working on the large list.
    expect(
      (await lists.findBy('Statusrapporter', 'IdempotencyKey', 'k4711')).map((i) => i.id),
    ).toEqual(['4711']);
  });

  it('follows @odata.nextLink: a cold sync of N items costs ceil(N / page size) delta calls', async () => {
    const store = await open();
    for (let i = 0; i < 45; i += 1) await store.reports.append(report(`r${i}`), `k${i}`);
    const listId = fake.site.list('Statusrapporter')?.id ?? '';
    const before = fake.requests.length;
    const cold = await open({ pageSize: 10 });
    const deltaCalls = fake.requests
      .slice(before)
      .filter((r) => r.path.includes(`/lists/${listId}/items/delta`));
    expect(deltaCalls).toHaveLength(Math.ceil(45 / 10));
    // Warm: one delta call per list, nothing new.
    const http = cold.context.lists.http;
    http.counter.reset();
    await cold.context.sync();
    expect(http.counter.reads).toBe(LIST_NAMES.length);
    expect((await cold.reports.latest()).length).toBe(1);
  });
});

describe('read model freshness and eTags', () => {
  it('serves fresh reads with no Graph call; picks up other writers after the staleness bound', async () => {
    let now = new Date('2024-03-01T08:00:00Z').getTime();
    const clock = () => new Date(now);
    const writer = await open();
    const reader = await open({ now: clock, stalenessMs: 30_000 });
    await writer.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'bolag' });
    const http = reader.context.lists.http;
    http.counter.reset();
    expect(await reader.organisations.list()).toEqual([]);
    expect(http.counter.total).toBe(0);
    now += 31_000;
    expect(await reader.organisations.list()).toEqual([
      { id: 'org-a', name: 'Alfa', kind: 'bolag' },
    ]);
    expect(http.counter.writes).toBe(0);
  });

  it('an update based on a stale eTag gets 412 and surfaces as ConflictError', async () => {
    const a = await open();
    await a.activities.create(newActivity({ id: 'act-1' }));
    const b = await open({ stalenessMs: 60_000 });
    await a.activities.update(newActivity({ id: 'act-1', title: 'Från A' }), 1);
    await expect(
      b.activities.update(newActivity({ id: 'act-1', title: 'Från B' }), 1),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(fake.requests.some((r) => r.status === 412)).toBe(true);
    const c = await open();
    expect((await c.activities.get('act-1'))?.title).toBe('Från A');
    // B forgot its stale copy and reads the stored one.
    expect((await b.activities.get('act-1'))?.version).toBe(2);
  });

  it('what the store wrote is really in SharePoint: a new instance reads it back', async () => {
    const a = await open();
    await a.activities.create(newActivity({ id: 'act-1', partners: ['Polisen'] }));
    await a.reports.append(report('r1'), 'k1');
    const b = await open();
    expect(await b.activities.get('act-1')).toEqual({
      ...newActivity({ id: 'act-1', partners: ['Polisen'] }),
      version: 1,
    });
    expect(await b.reports.history('act-1')).toEqual([report('r1')]);
  });
});
