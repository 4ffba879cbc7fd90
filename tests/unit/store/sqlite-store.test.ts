import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZodError } from 'zod';
import {
  DEMO_MEMBERS,
  demoActivities,
  demoRound,
  demoSupportEntries,
} from '../../../bot/src/domain/catalog';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import type { Clock } from '../../../bot/src/domain/ports/clock.port';
import { seedStore, type SeedInput } from '../../../bot/src/domain/services/seed';
import type { Activity } from '../../../bot/src/domain/types';
import { migrate, openDatabase } from '../../../bot/src/sqlite/database';
import { storeMigrations } from '../../../bot/src/store/sqlite/migrations';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';

const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

const count = (store: SqliteStore, table: string): number =>
  store.database.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

const dump = (store: SqliteStore, table: string): unknown[] =>
  store.database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

const fullSeed: SeedInput = {
  plan: friFranVald,
  organisations,
  demo: { activities: demoActivities, members: DEMO_MEMBERS, round: demoRound },
};

describe('SqliteStore on a file', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-sqlite-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the support tables to a database created before them, keeping its data', async () => {
    const path = join(dir, 'old.sqlite');
    const old = openDatabase(path);
    migrate(old, 'store_migrations', storeMigrations.slice(0, 1));
    old
      .prepare("INSERT INTO organisations (id, name, kind) VALUES ('org-a', 'Alfa', 'forvaltning')")
      .run();
    old.close();

    const store = SqliteStore.open(path);
    try {
      expect(store.database.prepare('SELECT id FROM store_migrations').pluck().all()).toEqual([
        '001-initial',
        '002-support',
        '003-activities-by-organisation',
        '004-meetings',
        '005-meeting-calendar-event',
        '010-people',
        '015-current-plan',
        '016-organisation-kinds',
        '017-minutes',
        '018-indicators',
        '019-outcomes',
        '020-organisation-history',
        '021-indicator-definitions',
      ]);
      expect(await store.organisations.list()).toHaveLength(1);
      expect(await store.support.list()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('runs the migrations once; reopening keeps the data', async () => {
    const path = join(dir, 'nested', 'store.sqlite');
    const first = SqliteStore.open(path);
    await first.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'forvaltning' });
    const migrations = first.database.prepare('SELECT id FROM store_migrations').pluck().all();
    expect(migrations).toEqual([
      '001-initial',
      '002-support',
      '003-activities-by-organisation',
      '004-meetings',
      '005-meeting-calendar-event',
      '010-people',
      '015-current-plan',
      '016-organisation-kinds',
      '017-minutes',
      '018-indicators',
      '019-outcomes',
      '020-organisation-history',
      '021-indicator-definitions',
    ]);
    await first.close();

    const second = SqliteStore.open(path);
    try {
      expect(await second.organisations.list()).toEqual([
        { id: 'org-a', name: 'Alfa', kind: 'forvaltning' },
      ]);
      expect(second.database.prepare('SELECT id FROM store_migrations').pluck().all()).toEqual(
        migrations,
      );
    } finally {
      await second.close();
    }
  });

  it('close is safe to call twice', async () => {
    const store = SqliteStore.open(join(dir, 'store.sqlite'));
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });
});

describe('SqliteStore reads are checked with zod', () => {
  let store: SqliteStore;

  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    await seedStore(store, fixedClock('2024-02-01T08:00:00.000Z'), fullSeed);
  });

  afterEach(async () => {
    await store.close();
  });

  it('a report row with an invalid status makes reads throw a ZodError', async () => {
    const activityId = demoActivities[0]?.activity.id ?? '';
    store.database
      .prepare('UPDATE reports SET status = ? WHERE activity_id = ?')
      .run('kanske-klar', activityId);
    await expect(store.reports.history(activityId)).rejects.toBeInstanceOf(ZodError);
    await expect(store.reports.latest({ activityIds: [activityId] })).rejects.toBeInstanceOf(
      ZodError,
    );
  });

  it('an activity row with an invalid heading or broken JSON makes reads throw a ZodError', async () => {
    const [a, b] = demoActivities.map((d) => d.activity.id);
    store.database
      .prepare('UPDATE activities SET heading = ? WHERE id = ?')
      .run('Hemlig rubrik!', a);
    store.database.prepare('UPDATE activities SET partners = ? WHERE id = ?').run('[not json', b);
    await expect(store.activities.get(a ?? '')).rejects.toBeInstanceOf(ZodError);
    await expect(store.activities.get(b ?? '')).rejects.toBeInstanceOf(ZodError);
    await expect(store.activities.list()).rejects.toBeInstanceOf(ZodError);
  });

  it('a member row with an unknown role makes reads throw a ZodError', async () => {
    const userId = DEMO_MEMBERS[0]?.userId ?? '';
    store.database
      .prepare('UPDATE members SET roles = ? WHERE user_id = ?')
      .run('["admin"]', userId);
    await expect(store.members.get(userId)).rejects.toBeInstanceOf(ZodError);
  });
});

describe('seedStore with the real catalog', () => {
  let store: SqliteStore;

  beforeEach(() => {
    store = SqliteStore.open(':memory:');
  });

  afterEach(async () => {
    await store.close();
  });

  const reportsInCatalog = demoActivities.filter((seed) => seed.report !== null).length;

  it('creates the 53 demo activities and their reports once; a second run changes nothing', async () => {
    expect(demoActivities).toHaveLength(53);

    const first = await seedStore(store, fixedClock('2024-02-01T08:00:00.000Z'), fullSeed);
    expect(first).toEqual({ activitiesCreated: 53, reportsCreated: reportsInCatalog });
    expect(count(store, 'activities')).toBe(53);
    expect(count(store, 'reports')).toBe(reportsInCatalog);
    expect(count(store, 'organisations')).toBe(organisations.length);
    expect(count(store, 'members')).toBe(DEMO_MEMBERS.length);
    expect(count(store, 'rounds')).toBe(1);
    expect(count(store, 'plans')).toBe(1);

    const activities = await store.activities.list();
    expect(activities.every((a) => a.demo && a.version === 1 && a.planId === friFranVald.id)).toBe(
      true,
    );

    const before = ['plans', 'organisations', 'activities', 'reports', 'rounds', 'members'].map(
      (table) => dump(store, table),
    );
    // A later start: another clock, same data.
    const second = await seedStore(store, fixedClock('2024-03-01T08:00:00.000Z'), fullSeed);
    expect(second).toEqual({ activitiesCreated: 0, reportsCreated: 0 });
    const after = ['plans', 'organisations', 'activities', 'reports', 'rounds', 'members'].map(
      (table) => dump(store, table),
    );
    expect(after).toEqual(before);
  });

  it('does not overwrite an activity edited between runs', async () => {
    await seedStore(store, fixedClock('2024-02-01T08:00:00.000Z'), fullSeed);
    const id = demoActivities[0]?.activity.id ?? '';
    const original = (await store.activities.get(id)) as Activity;
    const { version: _version, ...rest } = original;
    await store.activities.update(
      { ...rest, title: 'Redigerad titel', updatedAt: '2024-02-15T08:00:00.000Z' },
      original.version,
    );

    const again = await seedStore(store, fixedClock('2024-03-01T08:00:00.000Z'), fullSeed);
    expect(again).toEqual({ activitiesCreated: 0, reportsCreated: 0 });
    const stored = await store.activities.get(id);
    expect(stored?.title).toBe('Redigerad titel');
    expect(stored?.version).toBe(2);
    expect(await store.reports.history(id)).toHaveLength(demoActivities[0]?.report ? 1 : 0);
  });

  it('does not overwrite a demo member edited between runs', async () => {
    await seedStore(store, fixedClock('2024-02-01T08:00:00.000Z'), fullSeed);
    const member = DEMO_MEMBERS[0];
    if (member === undefined) throw new Error('no demo members');
    await store.members.upsert({ ...member, roles: ['samordnare', 'hr'] });
    await seedStore(store, fixedClock('2024-03-01T08:00:00.000Z'), fullSeed);
    expect((await store.members.get(member.userId))?.roles).toEqual(['samordnare', 'hr']);
  });

  it('with demo null writes only the plan and the organisations', async () => {
    const result = await seedStore(store, fixedClock('2024-02-01T08:00:00.000Z'), {
      plan: friFranVald,
      organisations,
      demo: null,
    });
    expect(result).toEqual({ activitiesCreated: 0, reportsCreated: 0 });
    expect(await store.plans.get(friFranVald.id)).toEqual(friFranVald);
    expect(count(store, 'plans')).toBe(1);
    expect(count(store, 'organisations')).toBe(organisations.length);
    for (const table of [
      'activities',
      'reports',
      'rounds',
      'members',
      'support_entries',
      'support_entry_versions',
    ]) {
      expect({ table, rows: count(store, table) }).toEqual({ table, rows: 0 });
    }
  });

  it('seeds the demo support entries once, published, and never overwrites HR’s edits', async () => {
    const seed: SeedInput = {
      ...fullSeed,
      demo: fullSeed.demo && { ...fullSeed.demo, supportEntries: demoSupportEntries },
    };
    await seedStore(store, fixedClock('2026-11-23T08:00:00.000Z'), seed);
    const entries = await store.support.list();
    expect(entries).toHaveLength(demoSupportEntries.length);
    expect(entries.every((e) => e.status === 'publicerad' && e.demo && e.version === 1)).toBe(true);
    expect(await store.support.versions('demo-stod-112')).toEqual([
      expect.objectContaining({
        action: 'skapad',
        changedByUserId: 'demo',
        changedByName: 'Demodata',
        changedAt: '2026-11-23T08:00:00.000Z',
      }),
    ]);

    const hr = entries.find((e) => e.id === 'demo-stod-malmo-hr');
    if (hr === undefined) throw new Error('no HR placeholder');
    const { version: _version, ...rest } = hr;
    await store.support.update({ ...rest, title: 'HR i Malmö stad' }, 1, {
      action: 'andrad',
      changedByUserId: 'hr-1',
      changedByName: 'Eva Berg',
      changedAt: '2026-11-24T08:00:00.000Z',
    });
    await seedStore(store, fixedClock('2026-11-25T08:00:00.000Z'), seed);
    expect(await store.support.list()).toHaveLength(demoSupportEntries.length);
    expect((await store.support.get(hr.id))?.title).toBe('HR i Malmö stad');
    expect(count(store, 'support_entry_versions')).toBe(demoSupportEntries.length + 1);
  });
});
