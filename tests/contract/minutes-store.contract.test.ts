/**
 * One contract suite for every MinutesStore adapter (decision 0025): SQLite and SharePoint on
 * the Graph fake. Only the port is used here.
 */
import type { AgendaEdits, MeetingDecision } from '../../bot/src/domain/minutes/minutes-types';
import type { MinutesStore } from '../../bot/src/domain/ports/minutes-store.port';
import { SqliteMinutesStore } from '../../bot/src/store/sqlite/sqlite-minutes-store';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

type Open = () => Promise<{ minutes: MinutesStore; close: () => Promise<void> }>;

const agenda = (meetingId: string, extra: Partial<AgendaEdits> = {}): AgendaEdits => ({
  meetingId,
  order: ['ej-rapporterat:org-b', 'tema'],
  added: [{ id: 'egen:1', title: 'Övriga frågor' }],
  updatedAt: '2026-03-09T08:00:00.000Z',
  updatedByName: 'Lena Samordning',
  ...extra,
});

const decision = (id: string, extra: Partial<MeetingDecision> = {}): MeetingDecision => ({
  id,
  meetingId: 'm1',
  agendaItemId: 'aktivitet:a1',
  activityId: 'a1',
  note: 'Lokalen är inte klar.',
  kind: 'action',
  what: 'Boka ny lokal',
  organisationId: 'org-a',
  dueDate: '2026-04-15',
  recordedByUserId: 'u-lena',
  recordedByName: 'Lena Samordning',
  recordedAt: '2026-03-10T09:30:00.000Z',
  ...extra,
});

function minutesStoreContract(open: Open): void {
  let minutes: MinutesStore;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ minutes, close } = await open());
  });
  afterEach(async () => {
    await close();
  });

  it('keeps one agenda per meeting, the last save winning', async () => {
    expect(await minutes.getAgenda('m1')).toBeUndefined();
    await minutes.saveAgenda(agenda('m1'));
    expect(await minutes.getAgenda('m1')).toEqual(agenda('m1'));
    const reordered = agenda('m1', {
      order: ['tema', 'egen:1'],
      added: [],
      updatedAt: '2026-03-09T09:00:00.000Z',
    });
    await minutes.saveAgenda(reordered);
    expect(await minutes.getAgenda('m1')).toEqual(reordered);
    expect(await minutes.getAgenda('m2')).toBeUndefined();
  });

  it('records a decision once and returns the first on a retry', async () => {
    const first = decision('d1');
    expect(await minutes.recordDecision(first)).toEqual({ decision: first, created: true });
    const retry = await minutes.recordDecision({ ...first, what: 'Annat' });
    expect(retry).toEqual({ decision: first, created: false });
    expect(await minutes.listDecisions()).toEqual([first]);
  });

  it('keeps nulls and filters by meeting, activity and organisation, oldest first', async () => {
    const later = decision('d2', {
      kind: 'decision',
      activityId: null,
      agendaItemId: 'tema',
      organisationId: null,
      dueDate: null,
      note: '',
      recordedAt: '2026-03-10T09:40:00.000Z',
    });
    const earlier = decision('d3', { recordedAt: '2026-03-10T09:10:00.000Z' });
    const other = decision('d4', {
      meetingId: 'm2',
      activityId: 'a2',
      organisationId: 'org-b',
      recordedAt: '2026-06-10T09:10:00.000Z',
    });
    for (const d of [later, earlier, other]) await minutes.recordDecision(d);
    expect((await minutes.listDecisions({ meetingId: 'm1' })).map((d) => d.id)).toEqual([
      'd3',
      'd2',
    ]);
    expect(await minutes.listDecisions({ activityId: 'a1' })).toEqual([earlier]);
    expect(await minutes.listDecisions({ organisationId: 'org-b' })).toEqual([other]);
    expect(await minutes.listDecisions({ meetingId: 'm1', organisationId: 'org-b' })).toEqual([]);
    expect((await minutes.listDecisions({ meetingId: 'm1' }))[1]).toEqual(later);
  });
}

const adapters: [string, Open][] = [
  [
    'SqliteMinutesStore (:memory:)',
    async () => {
      const store = SqliteStore.open(':memory:');
      return { minutes: new SqliteMinutesStore(store.database), close: () => store.close() };
    },
  ],
  [
    'SharePointMinutesStore (Graph fake)',
    async () => {
      const fake = await GraphFake.start();
      await provisionFake(fake);
      const store = await openFakeStore(fake);
      return {
        minutes: store.minutes,
        close: async () => {
          await store.close();
          expect(fake.violations).toEqual([]);
          await fake.close();
        },
      };
    },
  ],
];

describe.each(adapters)('MinutesStore contract: %s', (_name, open) => {
  minutesStoreContract(open);
});
