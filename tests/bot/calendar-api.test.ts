/**
 * The group calendar beside the meetings, through the real server with the real Graph
 * adapter on the Graph fake: proposals and drift for Samordning only (403 otherwise, role
 * from the store's member record), "Lägg till som möte" through the usual meeting validation,
 * at most once per event, bad input refused in Swedish with nothing stored, a missing Graph
 * permission told to the operator in the log and to the user in Swedish, and nothing at all
 * when the calendar is off.
 */
import type { CalendarWindow, GroupCalendar } from '../../bot/src/domain/ports/group-calendar.port';
import { GraphGroupCalendar } from '../../bot/src/store/calendar/graph-group-calendar';
import { GraphFake, WRITER, type GraphFakeClient } from '../fakes/graph-fake';
import type { FakeCalendarEvent } from '../fakes/graph-fake-calendar';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING } from '../helpers/activities';
import { TestClock } from '../helpers/rhythm-world';
import { callApi, startTestServer, type TestServer } from '../helpers/server';
import { fakeHttp } from '../helpers/sharepoint';

const NOW = '2026-11-23T10:00:00.000Z';
const GROUP = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const APP: GraphFakeClient = {
  ...WRITER,
  clientId: 'samordna-with-calendar',
  permissions: ['Calendars.ReadBasic'],
};
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_jan%40thread.v2/0';

const JANUARY: FakeCalendarEvent = {
  id: 'AAMkAG-jan=',
  subject: 'Samordningsgruppen januari',
  start: '2027-01-20T12:00:00.000Z',
  end: '2027-01-20T14:00:00.000Z',
  joinUrl: JOIN,
};
const EVENING: FakeCalendarEvent = {
  id: 'AAMkAG-kvall=',
  subject: 'Kvällsmöte',
  start: '2027-01-21T17:00:00.000Z',
  end: '2027-01-21T19:00:00.000Z',
};
const CANCELLED: FakeCalendarEvent = {
  id: 'AAMkAG-inst=',
  subject: 'Inställt möte',
  start: '2027-02-10T12:00:00.000Z',
  end: '2027-02-10T14:00:00.000Z',
  isCancelled: true,
};
const ALL_DAY: FakeCalendarEvent = {
  id: 'AAMkAG-heldag=',
  subject: 'Planeringsdag',
  start: '2027-02-11T00:00:00.000Z',
  end: '2027-02-12T00:00:00.000Z',
  isAllDay: true,
};

/** The server's calendar; a test swaps in an adapter whose app lacks the permission. */
class SwitchableCalendar implements GroupCalendar {
  constructor(public current: GroupCalendar) {}
  listEvents(window: CalendarWindow) {
    return this.current.listEvents(window);
  }
}

const call = callApi;

const importEvent = (server: TestServer, eventId: unknown) =>
  call(server, 'POST', '/api/v1/meetings/calendar/import', { eventId });

describe('group calendar API', () => {
  let fake: GraphFake;
  let server: TestServer;
  let reader: TestServer;
  let off: TestServer;
  let calendar: SwitchableCalendar;
  let withPermission: GraphGroupCalendar;

  beforeAll(async () => {
    fake = await GraphFake.start({ clients: [APP, WRITER] });
    fake.calendars.setEvents(GROUP, [JANUARY, EVENING, CANCELLED, ALL_DAY]);
    withPermission = new GraphGroupCalendar(fakeHttp(fake, APP), GROUP);
    calendar = new SwitchableCalendar(withPermission);
    const clock = new TestClock(new Date(NOW));
    [server, reader, off] = await Promise.all([
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
        groupCalendar: calendar,
      }),
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNARE }, clock, {
        groupCalendar: calendar,
      }),
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock),
    ]);
  });
  afterAll(async () => {
    await Promise.all([server.stop(), reader.stop(), off.stop()]);
    await fake.close();
  });
  afterEach(() => {
    calendar.current = withPermission;
  });

  it('is for Samordning only', async () => {
    expect((await call(reader, 'GET', '/api/v1/meetings/calendar')).status).toBe(403);
    expect((await importEvent(reader, JANUARY.id)).status).toBe(403);
    expect((await call(reader, 'GET', '/api/v1/meetings')).body['calendarEnabled']).toBe(true);
  });

  it('shows nothing when the calendar is off', async () => {
    expect((await call(off, 'GET', '/api/v1/meetings')).body['calendarEnabled']).toBe(false);
    expect((await call(off, 'GET', '/api/v1/meetings/calendar')).body).toEqual({
      enabled: false,
      proposals: [],
      drift: [],
    });
    const refused = await importEvent(off, JANUARY.id);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { code: 'calendar-off' } });
  });

  it('proposes upcoming events that are no meeting yet (not cancelled, not all-day)', async () => {
    const answer = await call(server, 'GET', '/api/v1/meetings/calendar');
    expect(answer.status).toBe(200);
    expect(answer.body['enabled']).toBe(true);
    expect(answer.body['proposals']).toEqual([
      {
        id: JANUARY.id,
        subject: JANUARY.subject,
        startsAt: JANUARY.start,
        endsAt: JANUARY.end,
        isAllDay: false,
        cancelled: false,
        joinUrl: JOIN,
      },
      expect.objectContaining({ id: EVENING.id, joinUrl: null }),
    ]);
    expect(answer.body['drift']).toEqual([]);
  });

  it('refuses bad input and invalid meetings in Swedish, storing nothing', async () => {
    const before = await server.rhythm.meetings.listMeetings();
    expect((await call(server, 'POST', '/api/v1/meetings/calendar/import', {})).status).toBe(400);
    expect((await importEvent(server, 42)).status).toBe(400);
    const unknown = await importEvent(server, 'finns-inte');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'event-not-found' } });
    expect((await importEvent(server, CANCELLED.id)).status).toBe(404);
    const evening = await importEvent(server, EVENING.id);
    expect(evening.status).toBe(400);
    const problems = evening.body['problems'] as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['endsAt']);
    expect(problems[0]?.message).toMatch(/^Mötet /);
    expect(await server.rhythm.meetings.listMeetings()).toEqual(before);
  });

  it('imports an event once, then shows drift when the calendar changes', async () => {
    const created = await importEvent(server, JANUARY.id);
    expect(created.status).toBe(201);
    const meeting = created.body['meeting'] as Record<string, unknown>;
    expect(meeting).toMatchObject({
      kind: 'samordningsgrupp',
      theme: JANUARY.subject,
      startsAt: JANUARY.start,
      endsAt: JANUARY.end,
      teamsLink: JOIN,
      calendarEventId: JANUARY.id,
      constellation: { kind: 'all' },
    });
    expect(await server.store.rounds.get(String(meeting['roundId']))).toBeDefined();

    const after = await server.rhythm.meetings.listMeetings();
    const again = await importEvent(server, JANUARY.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: { message: 'Händelsen är redan tillagd som möte. Inget ändrades.' },
      meetingId: meeting['id'],
    });
    expect(await server.rhythm.meetings.listMeetings()).toEqual(after);

    const linked = await call(server, 'GET', '/api/v1/meetings/calendar');
    expect((linked.body['proposals'] as { id: string }[]).map((p) => p.id)).toEqual([EVENING.id]);
    expect(linked.body['drift']).toEqual([]);

    const moved = {
      ...JANUARY,
      start: '2027-01-20T13:00:00.000Z',
      end: '2027-01-20T15:00:00.000Z',
    };
    fake.calendars.setEvents(GROUP, [moved, EVENING, CANCELLED, ALL_DAY]);
    expect((await call(server, 'GET', '/api/v1/meetings/calendar')).body['drift']).toEqual([
      {
        kind: 'moved',
        meetingId: meeting['id'],
        eventId: JANUARY.id,
        meetingStartsAt: JANUARY.start,
        eventStartsAt: moved.start,
        eventEndsAt: moved.end,
        theme: JANUARY.subject,
      },
    ]);
    fake.calendars.setEvents(GROUP, [{ ...JANUARY, isCancelled: true }, EVENING]);
    expect((await call(server, 'GET', '/api/v1/meetings/calendar')).body['drift']).toEqual([
      expect.objectContaining({ kind: 'cancelled', meetingId: meeting['id'] }),
    ]);
    fake.calendars.setEvents(GROUP, [JANUARY, EVENING, CANCELLED, ALL_DAY]);
  });

  it('imports once when two requests race for the same event', async () => {
    const race: FakeCalendarEvent = {
      id: 'AAMkAG-race=',
      subject: 'Samordningsgruppen mars',
      start: '2027-03-17T12:00:00.000Z',
      end: '2027-03-17T14:00:00.000Z',
    };
    fake.calendars.setEvents(GROUP, [JANUARY, EVENING, CANCELLED, ALL_DAY, race]);
    const answers = await Promise.all([importEvent(server, race.id), importEvent(server, race.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const stored = (await server.rhythm.meetings.listMeetings()).filter(
      (m) => m.calendarEventId === race.id,
    );
    expect(stored).toHaveLength(1);
  });

  it('without the Graph permission: a clear operator log, a Swedish message, no Graph detail', async () => {
    calendar.current = new GraphGroupCalendar(fakeHttp(fake, WRITER), GROUP);
    const answer = await call(server, 'GET', '/api/v1/meetings/calendar');
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({
      error: {
        code: 'calendar-permission',
        message:
          'Samordna har inte behörighet att läsa gruppkalendern. Be en administratör ge appen behörigheten (se drifthandledningen).',
      },
    });
    expect(JSON.stringify(answer.body)).not.toContain('ErrorAccessDenied');
    const log = server.logs.find((l) => l['event'] === 'group-calendar-permission');
    expect(log).toMatchObject({ level: 50 });
    expect(String(log?.['msg'])).toContain('Calendars.ReadBasic');
    expect(String(log?.['detail'])).toContain('ErrorAccessDenied');
    expect((await importEvent(server, EVENING.id)).status).toBe(503);
  });
});
