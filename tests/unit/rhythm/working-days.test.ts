import { localDateOf, localTimeOf, localToUtc } from '../../../bot/src/domain/meetings/local-time';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';

const calendar = swedishWorkingDays();

describe('Swedish working-day calendar (date-holidays, SE)', () => {
  // Easter Sunday per year (checked against the Swedish almanac).
  const easter: Record<
    number,
    { långfredagen: string; påskdagen: string; annandagPåsk: string; kristi: string }
  > = {
    2024: {
      långfredagen: '2024-03-29',
      påskdagen: '2024-03-31',
      annandagPåsk: '2024-04-01',
      kristi: '2024-05-09',
    },
    2025: {
      långfredagen: '2025-04-18',
      påskdagen: '2025-04-20',
      annandagPåsk: '2025-04-21',
      kristi: '2025-05-29',
    },
    2026: {
      långfredagen: '2026-04-03',
      påskdagen: '2026-04-05',
      annandagPåsk: '2026-04-06',
      kristi: '2026-05-14',
    },
    2027: {
      långfredagen: '2027-03-26',
      påskdagen: '2027-03-28',
      annandagPåsk: '2027-03-29',
      kristi: '2027-05-06',
    },
    2028: {
      långfredagen: '2028-04-14',
      påskdagen: '2028-04-16',
      annandagPåsk: '2028-04-17',
      kristi: '2028-05-25',
    },
  };

  it.each(Object.entries(easter))('knows the Easter-based holidays of %s', (_year, days) => {
    expect(calendar.holidayName(days.långfredagen)).toBe('långfredagen');
    expect(calendar.holidayName(days.påskdagen)).toBe('påskdagen');
    expect(calendar.holidayName(days.annandagPåsk)).toBe('annandag påsk');
    expect(calendar.holidayName(days.kristi)).toBe('Kristi himmelsfärdsdag');
    expect(calendar.isWorkingDay(days.långfredagen)).toBe(false);
    expect(calendar.isWorkingDay(days.annandagPåsk)).toBe(false);
    expect(calendar.isWorkingDay(days.kristi)).toBe(false);
  });

  it.each([
    [2024, '2024-06-21', '2024-06-22', '2024-11-02'],
    [2025, '2025-06-20', '2025-06-21', '2025-11-01'],
    [2026, '2026-06-19', '2026-06-20', '2026-10-31'],
    [2027, '2027-06-25', '2027-06-26', '2027-11-06'],
    [2028, '2028-06-23', '2028-06-24', '2028-11-04'],
  ])('knows midsommar and alla helgons dag in %s', (_year, afton, dagen, allaHelgon) => {
    expect(calendar.holidayName(afton)).toBe('midsommarafton');
    expect(calendar.holidayName(dagen)).toBe('midsommardagen');
    expect(calendar.holidayName(allaHelgon)).toBe('alla helgons dag');
    expect(calendar.isWorkingDay(afton)).toBe(false);
  });

  it.each([2024, 2025, 2026, 2027, 2028])(
    'covers every fixed day off of the issue in %s',
    (year) => {
      const fixed = {
        [`${year}-01-01`]: 'nyårsdagen',
        [`${year}-01-06`]: 'trettondedag jul',
        [`${year}-05-01`]: 'första maj',
        [`${year}-06-06`]: 'nationaldagen',
        [`${year}-12-24`]: 'julafton',
        [`${year}-12-25`]: 'juldagen',
        [`${year}-12-26`]: 'annandag jul',
        [`${year}-12-31`]: 'nyårsafton',
      };
      for (const [date, name] of Object.entries(fixed)) {
        expect(calendar.holidayName(date)).toBe(name);
        expect(calendar.isWorkingDay(date)).toBe(false);
      }
    },
  );

  it('treats weekends as days off and ordinary weekdays (and eves that are not off) as working days', () => {
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2026-04-30')).toBe(true); // valborgsmässoafton is a working day
    expect(calendar.isWorkingDay('2026-04-02')).toBe(true); // skärtorsdagen
  });

  it('moves a day off to the working day before', () => {
    expect(calendar.onOrBefore('2026-12-26')).toBe('2026-12-23'); // annandag jul → past julafton
    expect(calendar.onOrBefore('2027-01-01')).toBe('2026-12-30'); // nyårsdagen → past nyårsafton
    expect(calendar.onOrBefore('2026-04-06')).toBe('2026-04-02'); // annandag påsk → skärtorsdagen
    expect(calendar.onOrBefore('2026-06-21')).toBe('2026-06-18'); // midsommar weekend
    expect(calendar.onOrBefore('2026-11-24')).toBe('2026-11-24'); // already a working day
  });
});

describe('local time in Europe/Stockholm (DST-correct)', () => {
  const tz = 'Europe/Stockholm';
  it.each([
    // [local date, local time, UTC]
    ['2026-03-27', '09:00', '2026-03-27T08:00:00.000Z'], // Friday before the spring change: CET
    ['2026-03-30', '09:00', '2026-03-30T07:00:00.000Z'], // Monday after: CEST
    ['2026-10-23', '09:00', '2026-10-23T07:00:00.000Z'], // Friday before the autumn change: CEST
    ['2026-10-26', '09:00', '2026-10-26T08:00:00.000Z'], // Monday after: CET
    ['2025-03-28', '09:00', '2025-03-28T08:00:00.000Z'],
    ['2025-03-31', '09:00', '2025-03-31T07:00:00.000Z'],
    ['2027-10-29', '09:00', '2027-10-29T07:00:00.000Z'],
    ['2027-11-01', '09:00', '2027-11-01T08:00:00.000Z'],
  ])('%s %s local is %s', (date, time, utc) => {
    expect(localToUtc(date, time, tz).toISOString()).toBe(utc);
    expect(localDateOf(utc, tz)).toBe(date);
    expect(localTimeOf(utc, tz)).toBe(time);
  });

  it('resolves the hour skipped by the spring change to the hour after', () => {
    expect(localToUtc('2026-03-29', '02:30', tz).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('gives the local date of an instant near midnight', () => {
    expect(localDateOf('2026-06-30T22:30:00.000Z', tz)).toBe('2026-07-01');
    expect(localDateOf('2026-12-31T22:59:00.000Z', tz)).toBe('2026-12-31');
  });
});
