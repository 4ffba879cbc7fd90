/**
 * The contract of `StorePort.imports.apply` (import-batch.port.ts) on every adapter: the
 * whole batch or nothing. A failed check anywhere in the batch stores nothing; a repeated batch
 * changes nothing. SharePoint-specific: the batch is readable at once, reaches SharePoint in
 * full through the outbox, and a kill -9 while it is being queued leaves all of it or none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { friFranVald } from '../helpers/malmo-plan';
import {
  ConflictError,
  NotFoundError,
  type StorePort,
} from '../../bot/src/domain/ports/store.port';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake } from '../fakes/graph-fake';
import { startCrashChild } from '../helpers/crash-child';
import { activity, batchOf, report, ROUND, seeded } from '../helpers/import-batch';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

/** What a reader of the store sees of the imported records. */
async function snapshot(store: StorePort): Promise<string> {
  const activities = await store.activities.list({ planId: friFranVald.id });
  const reports = await store.reports.latest({ roundId: ROUND.id });
  return JSON.stringify({
    activities: activities.map((a) => [a.id, a.version, a.title]),
    reports: reports.map((r) => [r.id, r.done]),
  });
}

function importBatchContract(name: string, open: () => Promise<StorePort>): void {
  describe(name, () => {
    let store: StorePort;
    beforeEach(async () => {
      store = await seeded(await open());
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores every create, update and report of the batch; the same batch again changes nothing', async () => {
      await store.activities.create(activity(0));
      const result = await store.imports.apply({
        ...batchOf(1, 4),
        updates: [{ activity: activity(0, { title: 'Ändrad' }), expectedVersion: 1 }],
      });
      expect(typeof result.syncPending).toBe('boolean');
      expect((await store.activities.get('imp-0'))?.title).toBe('Ändrad');
      expect((await store.activities.get('imp-0'))?.version).toBe(2);
      expect((await store.activities.list()).map((a) => a.id).sort()).toEqual(
        ['imp-0', 'imp-1', 'imp-2', 'imp-3'].sort(),
      );
      expect((await store.reports.history('imp-2')).map((r) => r.id)).toEqual(['imp-r-2']);

      const before = await snapshot(store);
      await store.imports.apply(batchOf(1, 4));
      expect(await snapshot(store)).toBe(before);
    });

    it('one stale update in the batch: ConflictError and nothing of the batch is stored', async () => {
      await store.activities.create(activity(0));
      const before = await snapshot(store);
      await expect(
        store.imports.apply({
          ...batchOf(1, 50),
          updates: [{ activity: activity(0, { title: 'Ändrad' }), expectedVersion: 7 }],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(store)).toBe(before);
    });

    it('an update of a missing activity: NotFoundError and nothing stored', async () => {
      const before = await snapshot(store);
      await expect(
        store.imports.apply({
          ...batchOf(1, 10),
          updates: [{ activity: activity(99), expectedVersion: 1 }],
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot(store)).toBe(before);
    });

    it('a create whose id holds other content: ConflictError and nothing stored; the same content is a no-op', async () => {
      await store.activities.create(activity(5));
      const before = await snapshot(store);
      await expect(
        store.imports.apply({
          ...batchOf(1, 10),
          creates: [...batchOf(1, 5).creates, activity(5, { title: 'Annan' })],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(store)).toBe(before);
      await store.imports.apply(batchOf(5, 6));
      expect((await store.activities.get('imp-5'))?.version).toBe(1);
    });

    it('a report whose idempotency key was used before is skipped, the rest stored', async () => {
      await store.activities.create(activity(1));
      await store.reports.append(report(1), 'import:1');
      await store.imports.apply(batchOf(1, 3));
      expect((await store.reports.history('imp-1')).map((r) => r.id)).toEqual(['imp-r-1']);
      expect((await store.reports.history('imp-2')).map((r) => r.id)).toEqual(['imp-r-2']);
    });
  });
}

let fakes: GraphFake[] = [];
afterAll(async () => {
  for (const fake of fakes) await fake.close();
  fakes = [];
});

async function openSharePointOnFake(): Promise<StorePort> {
  const fake = await GraphFake.start();
  fakes.push(fake);
  await provisionFake(fake);
  return openFakeStore(fake);
}

describe('ImportBatchRepository contract', () => {
  importBatchContract('SqliteStore (:memory:)', async () => SqliteStore.open(':memory:'));
  importBatchContract('SharePointStore (Graph fake)', openSharePointOnFake);
});

describe('SharePoint: the outbox carries the whole batch', () => {
  let fake: GraphFake;
  let dir: string;
  const stores: SharePointStore[] = [];
  beforeEach(async () => {
    fake = await GraphFake.start();
    await provisionFake(fake);
    dir = mkdtempSync(join(tmpdir(), 'samordna-batch-'));
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = async (outboxPath: string): Promise<SharePointStore> => {
    const store = await openFakeStore(fake, { outboxPath });
    stores.push(store);
    return store;
  };
  const listed = (list: string): number => fake.site.list(list)?.items.size ?? 0;

  it('is readable at once, says it will sync, and reaches SharePoint in full', async () => {
    const store = await open(join(dir, 'runtime.sqlite'));
    await seeded(store);
    const result = await store.imports.apply(batchOf(0, 60));
    expect(result.syncPending).toBe(true);
    expect((await store.activities.list({ planId: friFranVald.id })).length).toBe(60);
    expect(await store.flush(30_000)).toBe(true);
    expect(listed('Aktiviteter')).toBe(60);
    expect(listed('Statusrapporter')).toBe(60);
    expect(fake.violations).toEqual([]);
  }, 60_000);

  it('kill -9 while a large batch is queued: after a restart all of it arrives, or none', async () => {
    const outboxPath = join(dir, 'runtime.sqlite');
    await seeded(await open(outboxPath));
    await stores.pop()?.close();
    const n = 3000;
    const child = await startCrashChild(
      'tests/fakes/sharepoint-import-child.ts',
      [fake.url, fake.tokenUrl, fake.siteUrl, outboxPath, String(n)],
      'applying',
    );
    // Somewhere between the start of apply and a while after it returned.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 400)));
    await child.kill9();

    const restarted = await open(outboxPath);
    const seen = (await restarted.activities.list({ planId: friFranVald.id })).length;
    expect([0, n]).toContain(seen);
    expect(await restarted.flush(120_000)).toBe(true);
    const activities = listed('Aktiviteter');
    const reports = listed('Statusrapporter');
    expect({ activities, reports }).toEqual(
      seen === 0 && activities === 0
        ? { activities: 0, reports: 0 }
        : { activities: n, reports: n },
    );
  }, 180_000);
});
