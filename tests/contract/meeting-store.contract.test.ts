/**
 * One contract suite for every MeetingStore adapter. Only the port is used here, so a
 * SharePoint/Graph adapter can join the `adapters` list unchanged.
 */
import type { MeetingStore } from '../../bot/src/domain/ports/meeting-store.port';
import { ConflictError, NotFoundError } from '../../bot/src/domain/ports/store.port';
import { SqliteMeetingStore } from '../../bot/src/store/sqlite/sqlite-meeting-store';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { GraphFake } from '../fakes/graph-fake';
import { meeting, snapshot } from '../helpers/meeting-fixtures';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

export function meetingStoreContract(
  open: () => Promise<{ meetings: MeetingStore; close: () => Promise<void> }>,
): void {
  let meetings: MeetingStore;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ meetings, close } = await open());
  });
  afterEach(async () => {
    await close();
  });

  describe('meetings', () => {
    it('creates with version 1 and reads it back unchanged', async () => {
      const stored = await meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z'));
      expect(stored.version).toBe(1);
      expect(await meetings.getMeeting('m1')).toEqual(stored);
      expect(await meetings.findByRound('runda-m1')).toEqual(stored);
      expect(await meetings.getMeeting('nope')).toBeUndefined();
    });

    it('is idempotent for identical content and refuses different content under the same id', async () => {
      await meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z'));
      const again = await meetings.createMeeting(
        meeting('m1', '2026-03-10T09:00:00.000Z', { updatedAt: '2026-05-05T00:00:00.000Z' }),
      );
      expect(again.version).toBe(1);
      await expect(
        meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z', { theme: 'Annat' })),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('lists by start time with plan and period filters, cancelled included', async () => {
      await meetings.createMeeting(
        meeting('b', '2026-06-10T09:00:00.000Z', { status: 'cancelled' }),
      );
      await meetings.createMeeting(meeting('a', '2026-03-10T09:00:00.000Z'));
      await meetings.createMeeting(meeting('c', '2027-01-10T09:00:00.000Z', { planId: 'plan-b' }));
      expect((await meetings.listMeetings()).map((m) => m.id)).toEqual(['a', 'b', 'c']);
      expect((await meetings.listMeetings({ planId: 'plan-a' })).map((m) => m.id)).toEqual([
        'a',
        'b',
      ]);
      expect(
        (
          await meetings.listMeetings({
            from: '2026-01-01T00:00:00.000Z',
            to: '2027-01-01T00:00:00.000Z',
          })
        ).map((m) => m.id),
      ).toEqual(['a', 'b']);
    });

    it('updates with optimistic concurrency', async () => {
      await meetings.createMeeting(meeting('m1', '2026-03-10T09:00:00.000Z'));
      const moved = await meetings.updateMeeting(
        meeting('m1', '2026-03-12T09:00:00.000Z', { revision: 2 }),
        1,
      );
      expect(moved.version).toBe(2);
      expect(await meetings.getMeeting('m1')).toEqual(moved);
      await expect(
        meetings.updateMeeting(meeting('m1', '2026-03-13T09:00:00.000Z'), 1),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        meetings.updateMeeting(meeting('missing', '2026-03-13T09:00:00.000Z'), 1),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('dialogue meetings (decision 0033)', () => {
    /** A follow-up round's dialogue with one organisation: it owns no round, it shares one. */
    const dialogue = (id: string, startsAt: string, organisationId: string) =>
      meeting(id, startsAt, {
        kind: 'dialog',
        theme: 'Dialogmöte: Halvtidsuppföljning 2024',
        agenda: '',
        constellation: { kind: 'organisations', organisationIds: [organisationId] },
        roundId: 'uppf-halvtid',
        schedule: { openDaysBefore: 14, nudgeDaysBefore: 5, summaryDaysBefore: 1, closesAt: null },
      });

    it('round-trips a dialog meeting with its one organisation, and lists it with its plan', async () => {
      const stored = await meetings.createMeeting(
        dialogue('dialog-1', '2024-05-14T07:00:00.000Z', 'kultur'),
      );
      expect(stored).toEqual({
        ...dialogue('dialog-1', '2024-05-14T07:00:00.000Z', 'kultur'),
        version: 1,
      });
      expect(await meetings.getMeeting('dialog-1')).toEqual(stored);
      await meetings.createMeeting(meeting('m1', '2024-05-20T09:00:00.000Z'));
      await meetings.createMeeting(
        meeting('other-plan', '2024-05-21T09:00:00.000Z', { planId: 'plan-b' }),
      );
      expect(
        (await meetings.listMeetings({ planId: 'plan-a' })).map((m) => [m.id, m.kind]),
      ).toEqual([
        ['dialog-1', 'dialog'],
        ['m1', 'samordningsgrupp'],
      ]);
      // Moved, it stays a dialogue with its organisation.
      const moved = await meetings.updateMeeting(
        { ...stored, startsAt: '2024-05-15T07:00:00.000Z', endsAt: '2024-05-15T08:00:00.000Z' },
        1,
      );
      expect(await meetings.getMeeting('dialog-1')).toEqual(moved);
      expect(moved.constellation).toEqual({ kind: 'organisations', organisationIds: ['kultur'] });
    });

    it('finds a round’s samordningsgrupp meeting only, never one of its dialogues', async () => {
      await meetings.createMeeting(dialogue('dialog-1', '2024-05-13T07:00:00.000Z', 'kultur'));
      expect(await meetings.findByRound('uppf-halvtid')).toBeUndefined();
      const group = await meetings.createMeeting(
        meeting('m1', '2024-05-20T09:00:00.000Z', { roundId: 'uppf-halvtid' }),
      );
      await meetings.createMeeting(dialogue('dialog-2', '2024-05-14T07:00:00.000Z', 'fritid'));
      expect(await meetings.findByRound('uppf-halvtid')).toEqual(group);
    });
  });

  describe('group-calendar link', () => {
    it('keeps the event id, finds the meeting by it, and leaves it out when unlinked', async () => {
      const linked = await meetings.createMeeting(
        meeting('m1', '2026-03-10T09:00:00.000Z', { calendarEventId: 'AAMkAGI5MWY=' }),
      );
      const plain = await meetings.createMeeting(meeting('m2', '2026-03-12T09:00:00.000Z'));
      expect(await meetings.getMeeting('m1')).toEqual(linked);
      expect(await meetings.findByCalendarEvent('AAMkAGI5MWY=')).toEqual(linked);
      expect(await meetings.findByCalendarEvent('other')).toBeUndefined();
      expect(await meetings.getMeeting('m2')).toEqual(plain);
      expect('calendarEventId' in ((await meetings.getMeeting('m2')) ?? {})).toBe(false);
      // A move keeps the link.
      const moved = await meetings.updateMeeting(
        { ...linked, startsAt: '2026-03-11T09:00:00.000Z', revision: 2 },
        1,
      );
      expect(moved.calendarEventId).toBe('AAMkAGI5MWY=');
      expect(await meetings.findByCalendarEvent('AAMkAGI5MWY=')).toEqual(moved);
    });

    it('imports an event at most once: a second meeting with its id is refused, nothing stored', async () => {
      await meetings.createMeeting(
        meeting('m1', '2026-03-10T09:00:00.000Z', { calendarEventId: 'event-1' }),
      );
      await expect(
        meetings.createMeeting(
          meeting('m2', '2026-04-10T09:00:00.000Z', { calendarEventId: 'event-1' }),
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await meetings.listMeetings()).map((m) => m.id)).toEqual(['m1']);
      // The same meeting again (idempotent seeding) is still fine.
      const again = await meetings.createMeeting(
        meeting('m1', '2026-03-10T09:00:00.000Z', { calendarEventId: 'event-1' }),
      );
      expect(again.version).toBe(1);
    });
  });

  describe('snapshots', () => {
    it('stores a meeting’s snapshot once; the first one stays', async () => {
      expect(await meetings.getSnapshot('m1')).toBeUndefined();
      const first = snapshot('m1', '2026-03-10T09:00:00.000Z');
      expect(await meetings.saveSnapshot(first)).toEqual({ snapshot: first, created: true });
      const second = await meetings.saveSnapshot(snapshot('m1', '2026-03-11T09:00:00.000Z'));
      expect(second).toEqual({ snapshot: first, created: false });
      expect(await meetings.getSnapshot('m1')).toEqual(first);
    });
  });

  describe('schedule steps', () => {
    it('records each step of each revision once', async () => {
      const open = {
        meetingId: 'm1',
        revision: 1,
        step: 'open',
        outcome: 'done',
        jobs: 3,
        at: '2026-02-24T08:00:00.000Z',
      } as const;
      expect(await meetings.recordStep(open)).toBe(true);
      expect(await meetings.recordStep({ ...open, jobs: 5, at: '2026-02-25T08:00:00.000Z' })).toBe(
        false,
      );
      expect(
        await meetings.recordStep({ ...open, revision: 2, at: '2026-02-26T08:00:00.000Z' }),
      ).toBe(true);
      const skipped = {
        ...open,
        step: 'nudge',
        outcome: 'skipped',
        jobs: 0,
        at: '2026-02-27T08:00:00.000Z',
      } as const;
      expect(await meetings.recordStep(skipped)).toBe(true);
      expect(await meetings.listSteps('m1')).toEqual([
        open,
        { ...open, revision: 2, at: '2026-02-26T08:00:00.000Z' },
        skipped,
      ]);
      expect(await meetings.listSteps('other')).toEqual([]);
    });
  });
}

const adapters: [string, () => Promise<{ meetings: MeetingStore; close: () => Promise<void> }>][] =
  [
    [
      'SqliteMeetingStore (:memory:)',
      async () => {
        const store = SqliteStore.open(':memory:');
        return { meetings: new SqliteMeetingStore(store.database), close: () => store.close() };
      },
    ],
    [
      'SharePointMeetingStore (Graph fake)',
      async () => {
        // A fresh provisioned site per test, with the app's least privilege (write on the site).
        const fake = await GraphFake.start();
        await provisionFake(fake);
        const store = await openFakeStore(fake);
        return {
          meetings: store.meetings,
          close: async () => {
            await store.close();
            expect(fake.violations).toEqual([]);
            await fake.close();
          },
        };
      },
    ],
  ];

describe.each(adapters)('MeetingStore contract: %s', (_name, open) => {
  meetingStoreContract(open);
});
