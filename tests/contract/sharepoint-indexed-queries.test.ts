/**
 * Ten years in SharePoint (#15 item 8): every query the SharePoint store sends filters on one
 * column, and that column is indexed in the provisioned schema, so no read hits the 5,000-item
 * list view threshold however large the lists grow.
 * - the schema: what `list-schema.ts` declares indexed is what provisioning creates;
 * - the source: `$filter` is built in one place, and every literal column handed to it is
 *   indexed in its list;
 * - a workload on lists past the threshold (meeting lookups, first-wins snapshots and steps,
 *   a write whose first attempt failed, a conflicting update) sends only such queries, and
 *   every one succeeds on the fake, which refuses non-indexed filters as SharePoint does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from '../../bot/src/domain/ports/store.port';
import { LIST_NAMES, listSpec, type ListName } from '../../bot/src/store/sharepoint/list-schema';
import {
  activityMapper,
  reportMapper,
  type ListMapper,
} from '../../bot/src/store/sharepoint/sharepoint-mappers';
import { GraphFake } from '../fakes/graph-fake';
import { LIST_VIEW_THRESHOLD } from '../fakes/graph-fake-lists';
import { newActivity } from '../helpers/fixtures';
import { filteredFields } from '../helpers/graph-resource-units';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

const SHAREPOINT_SRC = join(__dirname, '../../bot/src/store/sharepoint');

let fake: GraphFake;

beforeAll(async () => {
  fake = await GraphFake.start();
  await provisionFake(fake);
});

afterAll(async () => {
  await fake.close();
});

function indexedInSchema(list: string, column: string): boolean {
  return listSpec(list as ListName).columns.find((c) => c.name === column)?.indexed === true;
}

function indexedInSite(list: string, column: string): boolean {
  return fake.site.list(list)?.columns.find((c) => c.name === column)?.indexed === true;
}

describe('the provisioned schema', () => {
  it.each(LIST_NAMES)('%s: every declared index exists, SamordnaId among them', (name) => {
    const declared = listSpec(name)
      .columns.filter((c) => c.indexed === true)
      .map((c) => c.name);
    expect(declared).toContain('SamordnaId');
    const site = fake.site.list(name);
    expect(site).toBeDefined();
    for (const column of declared) expect(indexedInSite(name, column)).toBe(true);
    // The write identity (write-sync's `identity`) is indexed wherever it is stored.
    if (listSpec(name).columns.some((c) => c.name === 'IdempotencyKey'))
      expect(indexedInSchema(name, 'IdempotencyKey')).toBe(true);
  });
});

describe('the source', () => {
  const files = readdirSync(SHAREPOINT_SRC)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(SHAREPOINT_SRC, f), 'utf8') }));

  it('builds $filter in one place, which refuses a column that is not indexed', () => {
    const building = files.filter(({ text }) => /\$filter=/.test(text)).map(({ file }) => file);
    expect(building).toEqual(['site-lists.ts']);
    const siteLists = files.find((f) => f.file === 'site-lists.ts')?.text ?? '';
    expect(siteLists).toMatch(/indexed !== true\)\s*\{\s*throw/);
  });

  it('hands findBy only columns indexed in their list', () => {
    const calls = files.flatMap(({ file, text }) =>
      [...text.matchAll(/findBy(?:Path)?\(\s*'([^']+)',\s*'([^']+)'/g)].map((m) => ({
        file,
        list: m[1] ?? '',
        column: m[2] ?? '',
      })),
    );
    // At least the meeting store's CalendarEventId lookup is written with literals.
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls)
      expect([call, indexedInSchema(call.list, call.column)]).toEqual([call, true]);
  });
});

describe('a workload on lists past the view threshold', () => {
  let changeSeq = 0;
  function seed<T>(mapper: ListMapper<T>, records: Iterable<T>): void {
    const list = fake.site.list(mapper.list);
    if (list === undefined) throw new Error(`${mapper.list} is not provisioned`);
    for (const record of records) {
      const id = String(list.nextItemId++);
      list.items.set(id, {
        id,
        fields: mapper.toFields(record) as Record<string, string | number | boolean | null>,
        version: 1,
        changeSeq: ++changeSeq,
        createdDateTime: '2024-01-01T00:00:00Z',
        lastModifiedDateTime: '2024-01-01T00:00:00Z',
      });
    }
  }

  it('sends only single, indexed-column filters, and SharePoint answers every one', async () => {
    const count = LIST_VIEW_THRESHOLD + 100;
    seed(
      activityMapper,
      Array.from({ length: count }, (_, i) => ({ ...newActivity({ id: `old-${i}` }), version: 1 })),
    );
    seed(
      reportMapper,
      Array.from({ length: count }, (_, i) => ({
        report: {
          id: `old-r${i}`,
          activityId: `old-${i}`,
          roundId: 'round-old',
          status: 'pagar' as const,
          done: '',
          next: '',
          reason: '',
          reportedByUserId: 'u1',
          reportedByName: 'Sara',
          reportedAt: '2024-02-01T10:00:00.000Z',
        },
        idempotencyKey: `old-k${i}`,
      })),
    );
    const dir = mkdtempSync(join(tmpdir(), 'samordna-indexed-'));
    const outboxPath = join(dir, 'runtime.sqlite');
    const before = fake.requests.length;
    const a = await openFakeStore(fake, { closeGraceMs: 0 });
    const b = await openFakeStore(fake, { closeGraceMs: 0, stalenessMs: 60_000 });
    try {
      // A calendar event nobody imported: the read model does not know it, SharePoint is asked.
      expect(await a.meetings.findByCalendarEvent('event-unknown')).toBeUndefined();
      // First-wins records: the indexed SamordnaId is asked before creating.
      expect(
        await a.meetings.recordStep({
          meetingId: 'm1',
          revision: 1,
          step: 'open',
          outcome: 'done',
          jobs: 1,
          at: '2026-02-24T08:00:00.000Z',
        }),
      ).toBe(true);
      // A write found in the outbox after a restart may have arrived: it is looked up before
      // it is sent again (IdempotencyKey).
      const crashed = await openFakeStore(fake, { outboxPath, closeGraceMs: 0, writeBudgetMs: 50 });
      fake.faults.set({ failureRate: 1, statuses: [503] });
      await crashed.reports.append(
        {
          id: 'new-r1',
          activityId: 'old-1',
          roundId: 'round-new',
          status: 'genomford',
          done: 'Klart',
          next: '',
          reason: '',
          reportedByUserId: 'u1',
          reportedByName: 'Sara',
          reportedAt: '2026-02-01T10:00:00.000Z',
        },
        'new-k1',
      );
      await crashed.close();
      fake.faults.set({});
      const restarted = await openFakeStore(fake, { outboxPath, closeGraceMs: 0 });
      expect(await restarted.flush(30_000)).toBe(true);
      await restarted.close();
      // A conflicting update: the stored item is looked up by SamordnaId.
      await a.activities.update(newActivity({ id: 'old-2', title: 'Från A' }), 1);
      await a.flush(30_000);
      await expect(
        b.activities.update(newActivity({ id: 'old-2', title: 'Från B' }), 1),
      ).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }

    const sent = fake.requests.slice(before);
    const filtered = sent.flatMap((r) => {
      const fields = filteredFields(r);
      if (fields === null) return [];
      const list =
        [...fake.site.lists.values()].find((l) => r.path.includes(`/lists/${l.id}/`))
          ?.displayName ?? '?';
      return [{ list, fields, status: r.status }];
    });
    const columns = new Set(filtered.map((f) => `${f.list}.${f.fields.join(',')}`));
    // Each path above was taken: one lookup per kind.
    expect([...columns].sort()).toEqual(
      expect.arrayContaining([
        'Möten.CalendarEventId',
        'Möten-schemasteg.SamordnaId',
        'Statusrapporter.IdempotencyKey',
        'Aktiviteter.SamordnaId',
      ]),
    );
    for (const f of filtered) {
      expect(f.fields).toHaveLength(1);
      expect([f.list, f.fields[0], indexedInSchema(f.list, f.fields[0] ?? '')]).toEqual([
        f.list,
        f.fields[0],
        true,
      ]);
      expect(f.status).toBeLessThan(400);
    }
    expect(fake.site.list('Statusrapporter')?.items.size).toBeGreaterThan(LIST_VIEW_THRESHOLD);
    expect(fake.site.list('Aktiviteter')?.items.size).toBeGreaterThan(LIST_VIEW_THRESHOLD);
  }, 60_000);
});
