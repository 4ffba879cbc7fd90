import type { Clock } from '../../../bot/src/domain/ports/clock.port';
import {
  changeSupportStatus,
  listPublishedSupport,
  listSupportForEditor,
  saveSupportEntry,
  supportHistory,
  type SaveSupportInput,
} from '../../../bot/src/domain/services/support-service';
import type { SupportEntry } from '../../../bot/src/domain/support/support-types';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';

const HR = 'hr-1';
const SAMORDNARE = 'samordnare-1';
const UNKNOWN = 'nobody';

/** A clock the test can move. */
function movableClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next: string) => {
      now = new Date(next);
    },
  };
}

function form(overrides: Partial<SaveSupportInput> = {}): SaveSupportInput {
  return {
    entryId: '',
    version: 0,
    title: '  Kvinnofridslinjen  ',
    body: 'Ring <b>dygnet runt</b>.<script>alert(1)</script> [x](javascript:alert(1))',
    audiences: ['medarbetare', 'kollega'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      { name: 'Linjen', phone: '020-50 50 50', email: '', url: 'https://kvinnofridslinjen.se' },
    ],
    ownerOrganisationId: 'stadskontoret',
    validFrom: null,
    validTo: null,
    source: 'https://nck.uu.se',
    ...overrides,
  };
}

describe('support service', () => {
  let store: SqliteStore;
  let clock: ReturnType<typeof movableClock>;
  let ids: number;
  const newId = (): string => `entry-${++ids}`;

  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    clock = movableClock('2026-03-01T09:00:00.000Z');
    ids = 0;
    await store.members.upsert({
      userId: HR,
      name: 'Eva Berg',
      organisationId: null,
      roles: ['hr'],
    });
    await store.members.upsert({
      userId: SAMORDNARE,
      name: 'Sara Lind',
      organisationId: null,
      roles: ['samordnare', 'samordning'],
    });
  });

  afterEach(async () => {
    await store.close();
  });

  async function createAsHr(overrides: Partial<SaveSupportInput> = {}): Promise<SupportEntry> {
    const result = await saveSupportEntry(store, clock, HR, form(overrides), newId);
    if (result.kind !== 'saved') throw new Error(`not saved: ${result.kind}`);
    return result.entry;
  }

  it('HR creates a draft: sanitized, reviewed now, version recorded with the editor', async () => {
    const result = await saveSupportEntry(store, clock, HR, form(), newId);
    expect(result).toMatchObject({ kind: 'saved', created: true });
    if (result.kind !== 'saved') return;
    expect(result.entry).toMatchObject({
      id: 'entry-1',
      title: 'Kvinnofridslinjen',
      body: 'Ring dygnet runt. x',
      status: 'utkast',
      reviewedAt: '2026-03-01T09:00:00.000Z',
      demo: false,
      version: 1,
      updatedByName: 'Eva Berg',
    });
    const history = await supportHistory(store, HR, 'entry-1');
    expect(history).toEqual({
      kind: 'ok',
      versions: [
        {
          entryId: 'entry-1',
          version: 1,
          action: 'skapad',
          changedByUserId: HR,
          changedByName: 'Eva Berg',
          changedAt: '2026-03-01T09:00:00.000Z',
          entry: result.entry,
        },
      ],
    });
  });

  it('a samordnare or an unknown user cannot save, change status or see history', async () => {
    const entry = await createAsHr();
    for (const userId of [SAMORDNARE, UNKNOWN, null]) {
      const expected = userId === SAMORDNARE ? 'forbidden' : 'unknown-user';
      expect(await saveSupportEntry(store, clock, userId, form(), newId)).toEqual({
        kind: expected,
      });
      expect(
        await saveSupportEntry(
          store,
          clock,
          userId,
          form({ entryId: entry.id, version: 1, title: 'Nytt' }),
          newId,
        ),
      ).toEqual({ kind: expected });
      expect(
        await changeSupportStatus(store, clock, userId, entry.id, 1, 'publish', newId),
      ).toEqual({ kind: expected });
      expect(await supportHistory(store, userId, entry.id)).toEqual({ kind: expected });
      expect(await listSupportForEditor(store, clock, userId)).toEqual({ kind: expected });
    }
    expect(await store.support.list()).toEqual([entry]);
    expect(await store.support.versions(entry.id)).toHaveLength(1);
  });

  it('refuses invalid input and stores nothing', async () => {
    const result = await saveSupportEntry(
      store,
      clock,
      HR,
      form({
        title: '',
        audiences: [],
        contacts: [{ name: 'X', phone: 'abc', email: '', url: 'http://x.se' }],
      }),
      newId,
    );
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'title', code: 'required' },
        { field: 'audiences', code: 'no-audience' },
        { field: 'contacts[0].phone', code: 'invalid-phone' },
        { field: 'contacts[0].url', code: 'invalid-url' },
      ],
    });
    expect(await store.support.list()).toEqual([]);
  });

  it('edits keep status and review date, and a stale version is a conflict', async () => {
    const entry = await createAsHr();
    clock.set('2026-03-02T09:00:00.000Z');
    const edited = await saveSupportEntry(
      store,
      clock,
      HR,
      form({ entryId: entry.id, version: 1, title: 'Kvinnofridslinjen 020-50 50 50' }),
      newId,
    );
    expect(edited).toMatchObject({
      kind: 'saved',
      created: false,
      entry: {
        version: 2,
        status: 'utkast',
        reviewedAt: entry.reviewedAt,
        title: 'Kvinnofridslinjen 020-50 50 50',
      },
    });
    const stale = await saveSupportEntry(
      store,
      clock,
      HR,
      form({ entryId: entry.id, version: 1, title: 'Sent' }),
      newId,
    );
    expect(stale).toMatchObject({ kind: 'conflict', current: { version: 2 } });
    expect((await store.support.get(entry.id))?.title).toBe('Kvinnofridslinjen 020-50 50 50');
    expect(
      await changeSupportStatus(store, clock, HR, entry.id, 1, 'publish', newId),
    ).toMatchObject({ kind: 'conflict', current: { version: 2 } });
    expect(
      await saveSupportEntry(store, clock, HR, form({ entryId: 'missing', version: 1 }), newId),
    ).toEqual({ kind: 'not-found' });
  });

  it('walks the status transitions and records each as a version', async () => {
    const entry = await createAsHr();
    const step = async (version: number, action: 'publish' | 'archive' | 'draft' | 'review') =>
      changeSupportStatus(store, clock, HR, entry.id, version, action, newId);

    expect(await step(1, 'draft')).toEqual({ kind: 'invalid-transition' });
    expect(await step(1, 'publish')).toMatchObject({
      kind: 'saved',
      entry: { status: 'publicerad', version: 2 },
    });
    expect(await step(2, 'publish')).toEqual({ kind: 'invalid-transition' });
    clock.set('2026-09-01T09:00:00.000Z');
    expect(await step(2, 'review')).toMatchObject({
      kind: 'saved',
      entry: { status: 'publicerad', version: 3, reviewedAt: '2026-09-01T09:00:00.000Z' },
    });
    expect(await step(3, 'archive')).toMatchObject({
      kind: 'saved',
      entry: { status: 'arkiverad' },
    });
    expect(await step(4, 'review')).toEqual({ kind: 'invalid-transition' });
    expect(await step(4, 'archive')).toEqual({ kind: 'invalid-transition' });
    expect(await step(4, 'draft')).toMatchObject({
      kind: 'saved',
      entry: { status: 'utkast', version: 5 },
    });
    expect(await step(5, 'archive')).toMatchObject({
      kind: 'saved',
      entry: { status: 'arkiverad', version: 6 },
    });
    expect(await changeSupportStatus(store, clock, HR, 'missing', 1, 'publish', newId)).toEqual({
      kind: 'not-found',
    });

    const history = await supportHistory(store, HR, entry.id);
    if (history.kind !== 'ok') throw new Error(history.kind);
    expect(
      history.versions.map((v) => [v.version, v.action, v.changedByName, v.entry.status]),
    ).toEqual([
      [1, 'skapad', 'Eva Berg', 'utkast'],
      [2, 'publicerad', 'Eva Berg', 'publicerad'],
      [3, 'granskad', 'Eva Berg', 'publicerad'],
      [4, 'arkiverad', 'Eva Berg', 'arkiverad'],
      [5, 'andrad', 'Eva Berg', 'utkast'],
      [6, 'arkiverad', 'Eva Berg', 'arkiverad'],
    ]);
  });

  it('readers see published, valid entries for their audience; HR sees all with review flags', async () => {
    const draft = await createAsHr({ title: 'Utkast' });
    const chef = await createAsHr({
      title: 'För chefer',
      audiences: ['chef'],
      category: 'stod-for-chefer-och-hr',
    });
    const akut = await createAsHr({ title: 'Ring 112', category: 'akut-hjalp' });
    await changeSupportStatus(store, clock, HR, chef.id, 1, 'publish', newId);
    await changeSupportStatus(store, clock, HR, akut.id, 1, 'publish', newId);

    expect((await listPublishedSupport(store, clock, null)).map((e) => e.title)).toEqual([
      'Ring 112',
      'För chefer',
    ]);
    expect((await listPublishedSupport(store, clock, 'medarbetare')).map((e) => e.title)).toEqual([
      'Ring 112',
    ]);

    clock.set('2027-03-02T09:00:00.000Z');
    const editor = await listSupportForEditor(store, clock, HR);
    if (editor.kind !== 'ok') throw new Error(editor.kind);
    expect(editor.entries.map((e) => [e.entry.title, e.needsReview])).toEqual([
      ['Ring 112', true],
      ['Utkast', true],
      ['För chefer', true],
    ]);
    expect(draft.status).toBe('utkast');
  });

  it('reading never writes anything', async () => {
    await createAsHr();
    const tables = ['support_entries', 'support_entry_versions'];
    const before = tables.map((t) => store.database.prepare(`SELECT * FROM ${t}`).all());
    await listPublishedSupport(store, clock, 'chef');
    await listPublishedSupport(store, clock, null);
    expect(tables.map((t) => store.database.prepare(`SELECT * FROM ${t}`).all())).toEqual(before);
  });
});
