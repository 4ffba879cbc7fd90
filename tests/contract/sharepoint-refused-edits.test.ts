/**
 * Activity edits SharePoint refused for good come back to the tab as refused edits: through
 * the real SQLite write outbox and the Aktiviteter field mapping, compared with the activity
 * as SharePoint holds it now; dismissing keeps the write for operators.
 */
import { SqliteWriteOutbox } from '../../bot/src/store/sharepoint/sqlite-write-outbox';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { refusedActivity } from '../../bot/src/store/sharepoint/sharepoint-refused-edits';
import { GraphFake } from '../fakes/graph-fake';
import { newActivity } from '../helpers/fixtures';
import { editInSharePoint, openFakeStore, provisionFake } from '../helpers/sharepoint';

let fake: GraphFake;
let store: SharePointStore;
let outbox: SqliteWriteOutbox;
const NOW = new Date('2026-11-23T12:00:00.000Z');

beforeEach(async () => {
  fake = await GraphFake.start();
  await provisionFake(fake);
  outbox = SqliteWriteOutbox.open(':memory:');
  store = await openFakeStore(fake, { writeBudgetMs: 20, outbox });
});

afterEach(async () => {
  await store.close();
  await fake.close();
});

const activity = (changes: Parameters<typeof newActivity>[0]) => newActivity(changes);

/** Saves an edit while SharePoint is slow, after someone else changed the item there. */
async function refusedEdit(): Promise<void> {
  await store.activities.create(activity({ id: 'act-r', title: 'Första', owner: 'Anna' }));
  expect(await store.flush(5000)).toBe(true);
  editInSharePoint(fake, 'Aktiviteter', { Title: 'Ändrad i SharePoint' });
  fake.faults.set({ latencyMs: [300, 300] });
  await store.activities.update(
    activity({
      id: 'act-r',
      title: 'Min titel',
      owner: 'Anna',
      partners: ['Polisen'],
      startDate: '2026-01-10',
      goal: 2,
    }),
    1,
  );
  expect(await store.flush(10_000)).toBe(true);
  fake.faults.set({});
}

it('shows a refused edit with the values that differ from the activity now', async () => {
  await refusedEdit();
  const edits = await store.refusedEdits.forActivity('act-r');
  expect(edits).toEqual([
    {
      id: expect.stringMatching(/^\d+$/),
      activityId: 'act-r',
      savedAt: expect.any(String),
      reason: 'changed-meanwhile',
      changes: [
        { field: 'title', value: 'Min titel' },
        { field: 'goal', value: 2 },
        { field: 'partners', value: ['Polisen'] },
        { field: 'startDate', value: '2026-01-10' },
      ],
    },
  ]);
  expect(await store.refusedEdits.forActivity('act-other')).toEqual([]);
});

it('dismisses the message once, for its own activity only, and keeps the write', async () => {
  await refusedEdit();
  const [edit] = await store.refusedEdits.forActivity('act-r');
  if (edit === undefined) throw new Error('no refused edit');
  expect(await store.refusedEdits.dismiss('act-other', edit.id)).toBe(false);
  expect(await store.refusedEdits.dismiss('act-r', edit.id)).toBe(true);
  expect(await store.refusedEdits.dismiss('act-r', edit.id)).toBe(false);
  expect(await store.refusedEdits.forActivity('act-r')).toEqual([]);
  expect(await outbox.refused()).toEqual([
    expect.objectContaining({ key: 'act-r', dismissedAt: expect.any(String) }),
  ]);
});

it('maps only Aktiviteter writes whose fields the activity mapping accepts', () => {
  const base = {
    seq: 1,
    kind: 'update' as const,
    key: 'act-r',
    etag: null,
    attempts: 0,
    notBefore: NOW.toISOString(),
    createdAt: NOW.toISOString(),
    reason: 'HTTP 400 invalidRequest',
    refusedAt: NOW.toISOString(),
    dismissedAt: null,
  };
  expect(refusedActivity({ ...base, list: 'Statusrapporter', fields: '{}' })).toBeNull();
  expect(refusedActivity({ ...base, list: 'Aktiviteter', fields: '{"Goal":"x"}' })).toBeNull();
  expect(refusedActivity({ ...base, list: 'Aktiviteter', fields: '[1]' })).toBeNull();
});
