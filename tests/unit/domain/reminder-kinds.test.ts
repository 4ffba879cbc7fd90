import { DEFAULT_SCHEDULE } from '../../../bot/src/domain/meetings/meeting';
import { DEFAULT_RHYTHM, meetingSchedule } from '../../../bot/src/domain/meetings/schedule';
import { swedishWorkingDays } from '../../../bot/src/domain/meetings/working-days';
import {
  BUILT_IN_STEPS,
  daysBeforeOf,
  findReminderKind,
  kindOfStep,
  reminderKinds,
  scheduleSteps,
  withKinds,
  type ReminderKindEntry,
} from '../../../bot/src/domain/reminders/reminder-kinds';
import { isMessageKey } from '../../../bot/src/i18n';
import { AGENDA_READY } from '../../helpers/agenda-ready-kind';

const meeting = { startsAt: '2026-12-09T12:00:00.000Z', schedule: DEFAULT_SCHEDULE };

describe('reminder kind registry', () => {
  it('holds the built-in kinds once each, their steps in the schedule order', () => {
    const kinds = reminderKinds().map((e) => e.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(scheduleSteps()).toEqual(['open', 'nudge', 'summary', 'close']);
    expect(BUILT_IN_STEPS).toEqual(['open', 'nudge', 'summary', 'close']);
    expect(kindOfStep('open')?.kind).toBe('round-open');
    expect(kindOfStep('close')).toBeUndefined();
    expect(
      meetingSchedule(meeting, DEFAULT_RHYTHM, swedishWorkingDays()).map((s) => s.step),
    ).toEqual(['open', 'nudge', 'summary', 'close']);
  });

  it('names every text key of every built-in kind in Swedish and English', () => {
    for (const entry of reminderKinds()) {
      const { dialog, ...texts } = entry.texts;
      for (const key of [...Object.values(texts), ...Object.values(dialog ?? {})])
        expect([key, isMessageKey(key)]).toEqual([key, true]);
    }
  });

  it("takes a meeting's own days before over the default", () => {
    const nudge = findReminderKind('nudge') as ReminderKindEntry;
    expect(daysBeforeOf(nudge, DEFAULT_SCHEDULE)).toBe(5);
    expect(daysBeforeOf(nudge, { ...DEFAULT_SCHEDULE, nudgeDaysBefore: 7 })).toBe(7);
    expect(
      daysBeforeOf(findReminderKind('remind-now') as ReminderKindEntry, DEFAULT_SCHEDULE),
    ).toBe(null);
  });

  it('registers a kind into the schedule by its days before, and undoes it', () => {
    const undo = withKinds(AGENDA_READY);
    try {
      expect(scheduleSteps()).toEqual(['open', 'nudge', 'agenda-ready', 'summary', 'close']);
      const steps = meetingSchedule(meeting, DEFAULT_RHYTHM, swedishWorkingDays());
      // Two days before Wednesday 9 December: Monday 7 December, 09:00 local.
      expect(steps.find((s) => s.step === 'agenda-ready')?.at).toBe('2026-12-07T08:00:00.000Z');
      expect(kindOfStep('agenda-ready')?.kind).toBe('agenda-ready');
    } finally {
      undo();
    }
    expect(findReminderKind('agenda-ready')).toBeUndefined();
    expect(scheduleSteps()).toEqual(['open', 'nudge', 'summary', 'close']);
  });

  it.each<[string, Partial<ReminderKindEntry>, RegExp]>([
    ['a kind not in kebab-case', { kind: 'AgendaReady' }, /not kebab-case/],
    ['a kind registered twice', { kind: 'nudge' }, /is registered/],
    ['a step planned twice', { step: 'open' }, /planned already/],
    ['the close step', { step: 'close' }, /not a free kebab-case step/],
    ['a step without days before', { daysBefore: null }, /needs its days before/],
    ['days before out of range', { daysBefore: { default: 0 } }, /1 to 60/],
    ['a planned kind to those already reminded', { audience: 'reminded' }, /planned kind goes/],
    [
      'a personal card without a text',
      { texts: { label: 'x', stepLabel: 'y', title: 'z' } },
      /needs a title and a text/,
    ],
    [
      'dialogue texts on a card that is not personal',
      {
        card: 'summary',
        audience: 'channel',
        texts: { label: 'x', stepLabel: 'y', dialog: { title: 'z', text: 'w' } },
      },
      /dialogue texts are a personal card's title and text/,
    ],
    [
      'dialogue texts without a text',
      { texts: { ...AGENDA_READY.texts, dialog: { title: 'z', text: '' } } },
      /dialogue texts are a personal card's title and text/,
    ],
    [
      'a planned kind without a step label',
      { texts: { label: 'x', title: 'y', text: 'z' } },
      /step label/,
    ],
  ])('refuses %s and registers nothing', (_what, change, message) => {
    const before = reminderKinds();
    expect(() =>
      withKinds(
        { ...AGENDA_READY, kind: 'agenda-ready-2', step: 'agenda-ready-2' },
        { ...AGENDA_READY, ...change },
      ),
    ).toThrow(message);
    expect(reminderKinds()).toBe(before);
  });
});
