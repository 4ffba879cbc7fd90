import {
  linkCalendar,
  meetingInputFromEvent,
} from '../../../bot/src/domain/meetings/calendar-link';
import { DEFAULT_SCHEDULE, type Meeting } from '../../../bot/src/domain/meetings/meeting';
import type { CalendarEvent } from '../../../bot/src/domain/ports/group-calendar.port';
import { meeting } from '../../helpers/meeting-fixtures';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const WINDOW = { from: NOW.toISOString(), to: '2027-11-23T10:00:00.000Z' };

const event = (
  id: string,
  startsAt: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent => ({
  id,
  subject: `Möte ${id}`,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
  isAllDay: false,
  cancelled: false,
  joinUrl: null,
  ...extra,
});

const stored = (m: Omit<Meeting, 'version'>): Meeting => ({ ...m, version: 1 });

describe('linkCalendar', () => {
  it('proposes events that are no meeting yet, still ahead, not cancelled and not all-day', () => {
    const events = [
      event('past', '2026-11-23T09:00:00.000Z'),
      event('ahead', '2027-01-20T12:00:00.000Z'),
      event('cancelled', '2027-01-21T12:00:00.000Z', { cancelled: true }),
      event('all-day', '2027-01-22T00:00:00.000Z', { isAllDay: true }),
    ];
    const links = linkCalendar(events, [], WINDOW, NOW);
    expect(links.proposals.map((e) => e.id)).toEqual(['ahead']);
    expect(links.linked).toEqual([]);
    expect(links.drift).toEqual([]);
  });

  it('links by calendarEventId only: a typed meeting at the same time is no link', () => {
    const typed = stored(meeting('typed', '2027-01-20T12:00:00.000Z'));
    const imported = stored(
      meeting('imported', '2027-02-10T12:00:00.000Z', { calendarEventId: 'feb' }),
    );
    const links = linkCalendar(
      [event('jan', '2027-01-20T12:00:00.000Z'), event('feb', '2027-02-10T12:00:00.000Z')],
      [typed, imported],
      WINDOW,
      NOW,
    );
    expect(links.proposals.map((e) => e.id)).toEqual(['jan']);
    expect(links.linked).toEqual([{ meetingId: 'imported', eventId: 'feb' }]);
    expect(links.drift).toEqual([]);
  });

  it('reports drift: moved, cancelled in the calendar, or gone from the window', () => {
    const moved = stored(meeting('m1', '2027-01-20T12:00:00.000Z', { calendarEventId: 'e1' }));
    const cancelled = stored(meeting('m2', '2027-02-10T12:00:00.000Z', { calendarEventId: 'e2' }));
    const missing = stored(meeting('m3', '2027-03-10T12:00:00.000Z', { calendarEventId: 'e3' }));
    const outside = stored(meeting('m4', '2028-03-10T12:00:00.000Z', { calendarEventId: 'e4' }));
    const links = linkCalendar(
      [
        event('e1', '2027-01-20T13:00:00.000Z'),
        event('e2', '2027-02-10T12:00:00.000Z', { cancelled: true }),
      ],
      [moved, cancelled, missing, outside],
      WINDOW,
      NOW,
    );
    expect(links.drift).toEqual([
      {
        kind: 'moved',
        meetingId: 'm1',
        eventId: 'e1',
        meetingStartsAt: '2027-01-20T12:00:00.000Z',
        eventStartsAt: '2027-01-20T13:00:00.000Z',
        eventEndsAt: '2027-01-20T15:00:00.000Z',
      },
      {
        kind: 'cancelled',
        meetingId: 'm2',
        eventId: 'e2',
        meetingStartsAt: '2027-02-10T12:00:00.000Z',
      },
      {
        kind: 'missing',
        meetingId: 'm3',
        eventId: 'e3',
        meetingStartsAt: '2027-03-10T12:00:00.000Z',
      },
    ]);
    expect(links.proposals).toEqual([]);
  });

  it('a changed end time is drift too; a cancelled meeting never drifts', () => {
    const longer = stored(meeting('m1', '2027-01-20T12:00:00.000Z', { calendarEventId: 'e1' }));
    const off = stored(
      meeting('m2', '2027-02-10T12:00:00.000Z', { calendarEventId: 'e2', status: 'cancelled' }),
    );
    const links = linkCalendar(
      [
        event('e1', '2027-01-20T12:00:00.000Z', { endsAt: '2027-01-20T15:00:00.000Z' }),
        event('e2', '2027-02-11T12:00:00.000Z', { cancelled: true }),
      ],
      [longer, off],
      WINDOW,
      NOW,
    );
    expect(links.drift.map((d) => [d.kind, d.meetingId])).toEqual([['moved', 'm1']]);
    expect(links.linked).toHaveLength(2);
  });
});

describe('meetingInputFromEvent', () => {
  it('makes a samordningsgrupp meeting for the whole group with the default schedule', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/x';
    expect(
      meetingInputFromEvent(event('e', '2027-01-20T12:00:00.000Z', { joinUrl: link })),
    ).toEqual({
      kind: 'samordningsgrupp',
      startsAt: '2027-01-20T12:00:00.000Z',
      endsAt: '2027-01-20T14:00:00.000Z',
      theme: 'Möte e',
      agenda: '',
      constellation: { kind: 'all' },
      teamsLink: link,
      schedule: DEFAULT_SCHEDULE,
    });
  });
});
