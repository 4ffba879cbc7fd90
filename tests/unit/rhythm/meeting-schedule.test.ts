import { DEFAULT_SCHEDULE, type Meeting } from '../../../bot/src/domain/meetings/meeting';
import { DEFAULT_RHYTHM, meetingSchedule } from '../../../bot/src/domain/meetings/schedule';
import {
  meetingProblems,
  rhythmWarning,
  type MeetingInput,
  type ValidationContext,
} from '../../../bot/src/domain/meetings/validation';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';

const calendar = swedishWorkingDays();

const input = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  kind: 'samordningsgrupp',
  startsAt: '2026-12-09T12:00:00.000Z', // Wednesday 13:00 local
  endsAt: '2026-12-09T14:00:00.000Z',
  theme: 'Våld i nära relation',
  agenda: 'Läget per förvaltning',
  constellation: { kind: 'all' },
  teamsLink: 'https://teams.microsoft.com/l/meetup-join/demo',
  schedule: DEFAULT_SCHEDULE,
  ...overrides,
});

const meeting = (id: string, startsAt: string, overrides: Partial<Meeting> = {}): Meeting => ({
  ...input({ startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString() }),
  id,
  planId: 'plan',
  status: 'planned',
  roundId: `runda-${id}`,
  revision: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const ctx = (overrides: Partial<ValidationContext> = {}): ValidationContext => ({
  now: new Date('2026-11-23T10:00:00.000Z'),
  settings: DEFAULT_RHYTHM,
  calendar,
  organisationIds: new Set(['fritid', 'kultur']),
  meetings: [],
  ...overrides,
});

describe('a meeting’s schedule', () => {
  it('opens 14 days, nudges 5 days and summarises 1 day before at 09:00 local; closes at the start', () => {
    const steps = meetingSchedule(input(), DEFAULT_RHYTHM, calendar);
    expect(steps).toEqual([
      { step: 'open', at: '2026-11-25T08:00:00.000Z' },
      { step: 'nudge', at: '2026-12-04T08:00:00.000Z' },
      { step: 'summary', at: '2026-12-08T08:00:00.000Z' },
      { step: 'close', at: '2026-12-09T12:00:00.000Z' },
    ]);
  });

  it('moves a step that falls on a holiday or weekend to the working day before', () => {
    // Thursday 7 January 2027: the day before is trettondedag jul, 14 days before is julafton.
    const steps = meetingSchedule(
      input({ startsAt: '2027-01-07T09:00:00.000Z', endsAt: '2027-01-07T11:00:00.000Z' }),
      DEFAULT_RHYTHM,
      calendar,
    );
    expect(steps.map((s) => s.at)).toEqual([
      '2026-12-23T08:00:00.000Z', // julafton → 23 December
      '2026-12-30T08:00:00.000Z', // 2 January is a Saturday → nyårsafton, nyårsdagen off → 30 December
      '2027-01-05T08:00:00.000Z', // trettondedag jul → 5 January
      '2027-01-07T09:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the DST change', () => {
    // Wednesday 1 April 2026: open on 18 March (CET), summary on 31 March (CEST).
    const steps = meetingSchedule(
      input({ startsAt: '2026-04-01T11:00:00.000Z', endsAt: '2026-04-01T12:00:00.000Z' }),
      DEFAULT_RHYTHM,
      calendar,
    );
    expect(steps[0]).toEqual({ step: 'open', at: '2026-03-18T08:00:00.000Z' });
    expect(steps[2]).toEqual({ step: 'summary', at: '2026-03-31T07:00:00.000Z' });
  });

  it('follows per-meeting overrides and the configured reminder time', () => {
    const steps = meetingSchedule(
      input({
        schedule: { openDaysBefore: 21, nudgeDaysBefore: 7, summaryDaysBefore: 2, closesAt: null },
      }),
      { timeZone: 'Europe/Stockholm', reminderTime: '10:30' },
      calendar,
    );
    expect(steps.map((s) => s.at)).toEqual([
      '2026-11-18T09:30:00.000Z',
      '2026-12-02T09:30:00.000Z',
      '2026-12-07T09:30:00.000Z',
      '2026-12-09T12:00:00.000Z',
    ]);
  });
});

describe('meeting validation', () => {
  it('accepts a good meeting', () => {
    expect(meetingProblems(input(), ctx())).toEqual([]);
  });

  it('refuses a meeting in the past', () => {
    expect(
      meetingProblems(input(), ctx({ now: new Date('2026-12-10T00:00:00.000Z') })),
    ).toContainEqual({
      field: 'startsAt',
      code: 'in-past',
    });
  });

  it('refuses times outside working hours and days off', () => {
    expect(
      meetingProblems(
        input({ startsAt: '2026-12-09T06:00:00.000Z', endsAt: '2026-12-09T08:00:00.000Z' }),
        ctx(),
      ),
    ).toContainEqual({ field: 'startsAt', code: 'outside-working-hours' });
    expect(
      meetingProblems(
        input({ startsAt: '2026-12-09T15:00:00.000Z', endsAt: '2026-12-09T17:00:00.000Z' }),
        ctx(),
      ),
    ).toContainEqual({ field: 'endsAt', code: 'outside-working-hours' });
    expect(
      meetingProblems(
        input({ startsAt: '2026-12-24T09:00:00.000Z', endsAt: '2026-12-24T10:00:00.000Z' }),
        ctx(),
      ),
    ).toContainEqual({ field: 'startsAt', code: 'not-a-working-day', holiday: 'julafton' });
  });

  it('refuses a round that closes before it opens', () => {
    const schedule = { ...DEFAULT_SCHEDULE, closesAt: '2026-11-20T08:00:00.000Z' };
    expect(meetingProblems(input({ schedule }), ctx())).toContainEqual({
      field: 'schedule',
      code: 'closes-before-opens',
    });
  });

  it('refuses an unknown organisation in the constellation', () => {
    expect(
      meetingProblems(
        input({ constellation: { kind: 'organisations', organisationIds: ['fritid', 'okand'] } }),
        ctx(),
      ),
    ).toEqual([{ field: 'constellation', code: 'unknown-organisation', organisationId: 'okand' }]);
  });

  it('refuses a second meeting at the same time, but not when moving the meeting itself', () => {
    const other = meeting('m1', '2026-12-09T13:00:00.000Z');
    expect(meetingProblems(input(), ctx({ meetings: [other] }))).toContainEqual({
      field: 'startsAt',
      code: 'overlaps',
      otherMeetingId: 'm1',
    });
    expect(meetingProblems(input(), ctx({ meetings: [other], meetingId: 'm1' }))).toEqual([]);
    expect(
      meetingProblems(input(), ctx({ meetings: [{ ...other, status: 'cancelled' }] })),
    ).toEqual([]);
  });
});

describe('rhythm warning', () => {
  const year = (count: number): Meeting[] =>
    Array.from({ length: count }, (_, i) => meeting(`m${i}`, `2027-0${i + 1}-10T09:00:00.000Z`));

  it('warns below 4 and above 6 meetings a year, never refuses', () => {
    expect(rhythmWarning(year(3), 2027, 'Europe/Stockholm')).toEqual({
      year: 2027,
      count: 3,
      code: 'too-few',
    });
    expect(rhythmWarning(year(4), 2027, 'Europe/Stockholm')).toBeNull();
    expect(rhythmWarning(year(6), 2027, 'Europe/Stockholm')).toBeNull();
    expect(rhythmWarning(year(7), 2027, 'Europe/Stockholm')).toEqual({
      year: 2027,
      count: 7,
      code: 'too-many',
    });
  });

  it('does not count cancelled meetings or dialogue meetings', () => {
    const meetings = [...year(4)];
    meetings[0] = { ...meetings[0]!, status: 'cancelled' };
    meetings[1] = { ...meetings[1]!, kind: 'dialog' };
    expect(rhythmWarning(meetings, 2027, 'Europe/Stockholm')?.count).toBe(2);
  });
});
