/**
 * The user never waits for SharePoint: writes past their budget go to the durable outbox,
 * reads include them, and each arrives exactly once — under injected faults and latency
 * (Dev Proxy style) and across a kill -9 of the process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatusReport } from '../../bot/src/domain/types';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake } from '../fakes/graph-fake';
import { startCrashChild } from '../helpers/crash-child';
import { SqliteWriteOutbox } from '../../bot/src/store/sharepoint/sqlite-write-outbox';
import { newActivity } from '../helpers/fixtures';
import { editInSharePoint, openFakeStore, provisionFake } from '../helpers/sharepoint';

let fake: GraphFake;
let dir: string;
const stores: SharePointStore[] = [];

beforeEach(async () => {
  fake = await GraphFake.start();
  await provisionFake(fake);
  dir = mkdtempSync(join(tmpdir(), 'samordna-outbox-'));
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: Parameters<typeof openFakeStore>[1] = {}): Promise<SharePointStore> {
  const store = await openFakeStore(fake, options);
  stores.push(store);
  return store;
}

const report = (i: number): StatusReport => ({
  id: `rep-${i}`,
  activityId: `act-${i % 3}`,
  roundId: 'round-1',
  status: 'pagar',
  done: `Gjort ${i}`,
  next: '',
  reason: '',
  reportedByUserId: 'u1',
  reportedByName: 'Sara',
  reportedAt: new Date(Date.UTC(2024, 1, 1, 10, 0, i)).toISOString(),
});

/** Idempotency keys of the stored status reports, as SharePoint holds them. */
function storedKeys(): string[] {
  const list = fake.site.list('Statusrapporter');
  return [...(list?.items.values() ?? [])].map((item) => String(item.fields['IdempotencyKey']));
}

it('a write past its budget is saved, says it will sync, is readable at once and arrives once', async () => {
  const store = await open({ writeBudgetMs: 30 });
  fake.faults.set({ latencyMs: [400, 400] });
  const result = await store.reports.append(report(1), 'k1');
  expect(result).toEqual({ report: report(1), created: true, syncPending: true });
  expect(await store.reports.history('act-1')).toEqual([report(1)]);
  expect((await store.reports.append(report(1), 'k1')).created).toBe(false);
  expect(await store.flush(5000)).toBe(true);
  expect(storedKeys()).toEqual(['k1']);
});

it('under 50% injected errors and scaled latency: 0 lost, 0 duplicated, no retry before Retry-After', async () => {
  // Dev Proxy-like chaos: 50% of requests fail with 429/500/502/503/504 (Retry-After: 1 s, real
  // seconds), latency 200–10,000 ms scaled down by 100 to 2–100 ms to keep the suite fast.
  const store = await open({ writeBudgetMs: 200, backoffMs: [100, 200, 400] });
  fake.faults.set({ failureRate: 0.5, latencyMs: [2, 100], retryAfterSeconds: 1 });
  const n = 30;
  const results = [];
  for (let i = 0; i < n; i += 1) results.push(await store.reports.append(report(i), `key-${i}`));
  expect(results.every((r) => r.created)).toBe(true);
  expect((await store.reports.latest()).length).toBe(3);
  expect(await store.flush(60_000)).toBe(true);
  fake.faults.set({});
  const keys = storedKeys();
  expect(keys).toHaveLength(n);
  expect(new Set(keys).size).toBe(n);
  expect(fake.faults.injected).toBeGreaterThan(0);
  expect(fake.faults.earlyRetries).toEqual([]);
  // A fresh instance reads every report back from SharePoint.
  const reader = await open();
  expect((await reader.reports.history('act-0')).length).toBe(10);
}, 90_000);

it('kill -9 with writes in the outbox: a restart drains it and every write arrives once', async () => {
  const outboxPath = join(dir, 'runtime.sqlite');
  const n = 8;
  fake.faults.set({ latencyMs: [300, 900] });
  const child = await startCrashChild(
    'tests/fakes/sharepoint-writer-child.ts',
    [fake.url, fake.tokenUrl, fake.siteUrl, outboxPath, String(n)],
    'ready',
  );
  await child.kill9();
  const lines = child.lines;
  expect(lines.filter((l) => l.endsWith('pending=true'))).toHaveLength(n);

  // Requests the dead process had in flight still land (as they can in SharePoint).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  fake.faults.set({});
  const landedBeforeRestart = storedKeys().length;
  const restarted = await open({ outboxPath });
  expect((await restarted.reports.history('act-1')).length).toBe(n);
  expect(await restarted.flush(10_000)).toBe(true);
  const keys = storedKeys();
  expect(keys.sort()).toEqual(Array.from({ length: n }, (_, i) => `crash-key-${i}`).sort());
  expect(landedBeforeRestart).toBeLessThanOrEqual(n);
}, 60_000);

describe('queued activity edits that meet a changed eTag (412)', () => {
  const edit = (title: string) => ({ ...newActivity({ id: 'act-q', title }) });

  /** Two edits in a row while SharePoint is slow: both queue with the eTag the user saw. */
  async function twoQueuedEdits(store: SharePointStore): Promise<void> {
    await store.activities.create(edit('Första'));
    expect(await store.flush(5000)).toBe(true);
    fake.faults.set({ latencyMs: [300, 300] });
    await store.activities.update(edit('Andra'), 1);
    await store.activities.update(edit('Tredje'), 2);
  }

  const stored = () =>
    [...(fake.site.list('Aktiviteter')?.items.values() ?? [])].map((item) => item.fields);

  it('applies the second edit on top of the first (the eTag moved by our own write)', async () => {
    const store = await open({ writeBudgetMs: 20 });
    await twoQueuedEdits(store);
    expect(await store.flush(10_000)).toBe(true);
    fake.faults.set({});
    expect(stored()).toEqual([expect.objectContaining({ Title: 'Tredje', Version: 3 })]);
    expect((await store.activities.get('act-q'))?.title).toBe('Tredje');
  });

  it('refuses an edit when someone else changed the item in SharePoint meanwhile, and keeps it', async () => {
    const outbox = SqliteWriteOutbox.open(':memory:');
    const store = await open({ writeBudgetMs: 20, outbox });
    await store.activities.create(edit('Första'));
    expect(await store.flush(5000)).toBe(true);
    // Someone edits the item in SharePoint itself (the eTag moves, not by us).
    editInSharePoint(fake, 'Aktiviteter', { Title: 'Ändrad i SharePoint' });
    fake.faults.set({ latencyMs: [300, 300] });
    await store.activities.update(edit('Andra'), 1);
    expect(await store.flush(10_000)).toBe(true);
    fake.faults.set({});
    expect(stored()).toEqual([expect.objectContaining({ Title: 'Ändrad i SharePoint' })]);
    // Not retried, not lost: kept apart with the reason, for re-entry.
    const refused = await outbox.refused();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ list: 'Aktiviteter', key: 'act-q', kind: 'update' });
    expect(refused[0]?.reason).toMatch(/^HTTP 412/);
    expect(JSON.parse(refused[0]?.fields ?? '{}')).toMatchObject({ Title: 'Andra', Version: 2 });
    expect(await outbox.list()).toEqual([]);
  });
});
