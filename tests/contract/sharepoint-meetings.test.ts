/**
 * The SharePoint meeting store on the Graph fake beyond the shared contract: what a second
 * instance reads back after a cold sync (the mappers' round trip), first-record-wins across
 * instances, If-Match on updates, and the indexes the lists need.
 */
import { ConflictError } from '../../bot/src/domain/ports/store.port';
import { sharePointBackend } from '../../bot/src/open-store';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake } from '../fakes/graph-fake';
import { meeting, snapshot } from '../helpers/meeting-fixtures';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

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
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const step = {
  meetingId: 'm1',
  revision: 1,
  step: 'open',
  outcome: 'done',
  jobs: 3,
  at: '2026-02-24T08:00:00.000Z',
} as const;

describe('SharePoint meeting store', () => {
  it('reads back exactly what was written after a cold sync in another instance', async () => {
    const a = await open();
    const created = await a.meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z'));
    const dialog = await a.meetings.createMeeting(
      meeting('m2', '2026-04-10T09:00:00.000Z', {
        kind: 'dialog',
        teamsLink: null,
        agenda: '',
        constellation: { kind: 'all' },
        schedule: {
          openDaysBefore: 14,
          nudgeDaysBefore: 5,
          summaryDaysBefore: 1,
          closesAt: '2026-04-09T15:00:00.000Z',
        },
      }),
    );
    const first = snapshot('m1', '2026-03-10T09:00:00.000Z');
    await a.meetings.saveSnapshot(first);
    await a.meetings.recordStep(step);
    expect(await a.flush()).toBe(true);

    const b = await open();
    expect(await b.meetings.listMeetings()).toEqual([created, dialog]);
    expect(await b.meetings.findByRound('runda-m1')).toEqual(created);
    expect(await b.meetings.findByRound('runda-m2')).toBeUndefined();
    expect(await b.meetings.getSnapshot('m1')).toEqual(first);
    expect(await b.meetings.listSteps('m1')).toEqual([step]);
    // The people browsing the site see a readable title.
    const item = [...(fake.site.list('Möten')?.items.values() ?? [])][0];
    expect(item?.fields['Title']).toBe('Tema med åäö och "citat"');
  });

  it('keeps the first snapshot and step even when another instance has not synced yet', async () => {
    const a = await open();
    const b = await open({ stalenessMs: 60_000 });
    const first = snapshot('m1', '2026-03-10T09:00:00.000Z');
    expect((await a.meetings.saveSnapshot(first)).created).toBe(true);
    expect(await a.meetings.recordStep(step)).toBe(true);
    expect(await b.meetings.saveSnapshot(snapshot('m1', '2026-03-11T09:00:00.000Z'))).toEqual({
      snapshot: first,
      created: false,
    });
    expect(await b.meetings.recordStep({ ...step, jobs: 9 })).toBe(false);
    expect(fake.site.list('Möten-ögonblicksbilder')?.items.size).toBe(1);
    expect(fake.site.list('Möten-schemasteg')?.items.size).toBe(1);
    expect(await b.meetings.listSteps('m1')).toEqual([step]);
  });

  it('an update based on a stale eTag gets 412 and surfaces as ConflictError', async () => {
    const a = await open();
    await a.meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z'));
    const b = await open({ stalenessMs: 60_000 });
    await a.meetings.updateMeeting(meeting('m1', '2026-03-12T09:00:00.000Z', { revision: 2 }), 1);
    await expect(
      b.meetings.updateMeeting(meeting('m1', '2026-03-13T09:00:00.000Z', { revision: 2 }), 1),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(fake.requests.some((r) => r.status === 412)).toBe(true);
    const c = await open();
    expect((await c.meetings.getMeeting('m1'))?.startsAt).toBe('2026-03-12T09:00:00.000Z');
  });

  it('provisions indexes on every column the meeting lists are found or filtered by', () => {
    const indexed = (list: string): string[] =>
      (fake.site.list(list)?.columns ?? []).filter((c) => c.indexed).map((c) => c.name);
    expect(indexed('Möten')).toEqual([
      'SamordnaId',
      'PlanId',
      'StartsAt',
      'RoundId',
      'CalendarEventId',
    ]);
    expect(indexed('Möten-ögonblicksbilder')).toEqual(['SamordnaId', 'RoundId']);
    expect(indexed('Möten-schemasteg')).toEqual(['SamordnaId', 'MeetingId']);
  });

  it('provisions the Kind choice with both meeting kinds (a dialog meeting is a choice SharePoint takes)', () => {
    const kind = fake.site.list('Möten')?.columns.find((c) => c.name === 'Kind');
    expect(kind?.definition['choice']).toMatchObject({ choices: ['samordningsgrupp', 'dialog'] });
  });

  it('upgrades a site provisioned before the meeting lists: adds them, then changes nothing', async () => {
    for (const name of ['Möten-ögonblicksbilder', 'Möten-schemasteg']) {
      fake.site.lists.delete(fake.site.list(name)?.id ?? '');
    }
    const moten = fake.site.list('Möten');
    if (moten === undefined) throw new Error('not provisioned');
    moten.columns.splice(
      moten.columns.findIndex((c) => c.name === 'Theme'),
      1,
    );
    const roundId = moten.columns.find((c) => c.name === 'RoundId');
    if (roundId !== undefined) roundId.indexed = false;
    await expect(open()).rejects.toThrow(/Möten-ögonblicksbilder, Möten-schemasteg/);
    expect(await provisionFake(fake)).toEqual([
      'added column Möten.Theme',
      'indexed column Möten.RoundId',
      'created list Möten-ögonblicksbilder (4 columns)',
      'created list Möten-schemasteg (7 columns)',
    ]);
    expect(await provisionFake(fake)).toEqual([]);
    const store = await open();
    expect(await store.meetings.recordStep(step)).toBe(true);
  });

  it('is the meeting store the app composes for a SharePoint store', async () => {
    const store = await open();
    const backend = sharePointBackend(store);
    expect(backend.meetings).toBe(store.meetings);
    expect(backend.minutes).toBe(store.minutes);
    expect(backend.refusedEdits).toBe(store.refusedEdits);
  });
});
