/**
 * The group-calendar adapter against the Graph fake: calendarView with the window, $select
 * and UTC times, paging across @odata.nextLink, 429 with Retry-After honoured, 403 without
 * the application permission, 404 for an unknown group.
 */
import { CalendarAccessError } from '../../bot/src/domain/ports/group-calendar.port';
import { GraphGroupCalendar } from '../../bot/src/store/calendar/graph-group-calendar';
import { calendarEventFromGraph } from '../../bot/src/store/calendar/calendar-event-mapper';
import { GraphFake, WRITER, type GraphFakeClient } from '../fakes/graph-fake';
import type { FakeCalendarEvent } from '../fakes/graph-fake-calendar';
import { fakeHttp } from '../helpers/sharepoint';

const GROUP = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
// The app's registration: write on the one site (Sites.Selected) and Calendars.ReadBasic.
const CALENDAR_APP: GraphFakeClient = {
  ...WRITER,
  clientId: 'samordna-with-calendar',
  permissions: ['Calendars.ReadBasic'],
};
const WINDOW = { from: '2027-01-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' };
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0';

const event = (n: number, extra: Partial<FakeCalendarEvent> = {}): FakeCalendarEvent => ({
  id: `AAMkAG-${String(n).padStart(2, '0')}=`,
  subject: `Samordningsgruppen ${n}`,
  start: `2027-02-${String(n).padStart(2, '0')}T12:00:00.000Z`,
  end: `2027-02-${String(n).padStart(2, '0')}T14:00:00.000Z`,
  joinUrl: JOIN,
  bodyPreview: 'Dagordning: läget',
  ...extra,
});

describe('GraphGroupCalendar (Graph fake)', () => {
  let fake: GraphFake;
  beforeEach(async () => {
    fake = await GraphFake.start({ clients: [CALENDAR_APP, WRITER] });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('reads the window through every page, in UTC, with only the selected properties', async () => {
    fake.calendars.setEvents(GROUP, [
      ...Array.from({ length: 5 }, (_, i) => event(i + 1)),
      event(6, { isCancelled: true, joinUrl: null }),
      event(7, { start: '2026-12-01T12:00:00.000Z', end: '2026-12-01T13:00:00.000Z' }),
    ]);
    const http = fakeHttp(fake, CALENDAR_APP);
    const calendar = new GraphGroupCalendar(http, GROUP, { pageSize: 2 });
    const events = await calendar.listEvents(WINDOW);
    expect(events.map((e) => e.subject)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Samordningsgruppen ${n}`),
    );
    expect(events[0]).toEqual({
      id: 'AAMkAG-01=',
      subject: 'Samordningsgruppen 1',
      startsAt: '2027-02-01T12:00:00.000Z',
      endsAt: '2027-02-01T14:00:00.000Z',
      isAllDay: false,
      cancelled: false,
      joinUrl: JOIN,
    });
    expect(events[5]).toMatchObject({ cancelled: true, joinUrl: null });
    // Three pages of two: the first asks for the window, the rest follow @odata.nextLink.
    const calls = fake.requests.filter((r) => r.path.startsWith(`/groups/${GROUP}/calendarView`));
    expect(calls).toHaveLength(3);
    expect(calls[0]?.path).toContain('startDateTime=2027-01-01T00');
    expect(decodeURIComponent(calls[0]?.path ?? '')).toContain(
      '$select=id,subject,start,end,isAllDay,isCancelled,onlineMeeting',
    );
    expect(
      calls.slice(1).every((c) => c.path.includes('%24skip=') || c.path.includes('$skip=')),
    ).toBe(true);
    expect(http.counter.reads).toBe(3);
    expect(fake.calendars.prefers).toEqual(Array(3).fill('outlook.timezone="UTC"'));
  });

  it('waits out a 429 with Retry-After and goes on with the next page', async () => {
    fake.calendars.setEvents(GROUP, [event(1), event(2), event(3)]);
    // One request per second: the second page is throttled once, then answered.
    fake.faults.set({ rateLimit: { limit: 1, windowMs: 1000 } });
    const http = fakeHttp(fake, CALENDAR_APP);
    const events = await new GraphGroupCalendar(http, GROUP, { pageSize: 2 }).listEvents(WINDOW);
    expect(events).toHaveLength(3);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 429, 200]);
    expect(fake.faults.earlyRetries).toEqual([]);
  });

  it('turns a 403 (no Calendars.ReadBasic) into a permission failure without retrying', async () => {
    fake.calendars.setEvents(GROUP, [event(1)]);
    const calendar = new GraphGroupCalendar(fakeHttp(fake, WRITER), GROUP);
    const failure = await calendar.listEvents(WINDOW).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CalendarAccessError);
    expect((failure as CalendarAccessError).reason).toBe('permission');
    expect((failure as CalendarAccessError).detail).toContain('ErrorAccessDenied');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports an unknown group as not-found', async () => {
    const calendar = new GraphGroupCalendar(fakeHttp(fake, CALENDAR_APP), GROUP);
    await expect(calendar.listEvents(WINDOW)).rejects.toMatchObject({ reason: 'not-found' });
  });
});

describe('calendarEventFromGraph', () => {
  const raw = {
    id: 'x',
    subject: '  Möte  ',
    start: { dateTime: '2027-01-20T12:00:00.1234567', timeZone: 'UTC' },
    end: { dateTime: '2027-01-20T14:00:00', timeZone: 'UTC' },
  };

  it('reads Graph date-times as UTC and fills what is missing', () => {
    expect(calendarEventFromGraph(raw)).toEqual({
      id: 'x',
      subject: 'Möte',
      startsAt: '2027-01-20T12:00:00.123Z',
      endsAt: '2027-01-20T14:00:00.000Z',
      isAllDay: false,
      cancelled: false,
      joinUrl: null,
    });
  });

  it('refuses local times and malformed values instead of guessing', () => {
    expect(() =>
      calendarEventFromGraph({
        ...raw,
        start: { dateTime: '2027-01-20T13:00:00', timeZone: 'W. Europe Standard Time' },
      }),
    ).toThrow();
    expect(() =>
      calendarEventFromGraph({ ...raw, end: { dateTime: 'soon', timeZone: 'UTC' } }),
    ).toThrow();
    expect(
      calendarEventFromGraph({ ...raw, onlineMeeting: { joinUrl: 'javascript:x' } }).joinUrl,
    ).toBe(null);
  });
});
