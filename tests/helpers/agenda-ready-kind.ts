import type { ReminderKindEntry } from '../../bot/src/domain/reminders/reminder-kinds';
import { withKinds } from '../../bot/src/domain/reminders/reminder-kinds';
import { withMessages } from '../../bot/src/i18n';

/**
 * A reminder kind Samordna does not have: "agendan klar", two days before the meeting, to the
 * samordnare whose organisation has not reported. Everything a new kind needs is here: its
 * registry entry and its strings (a real kind puts them in bot/src/i18n/sv.json and en.json).
 */
export const AGENDA_READY: ReminderKindEntry = {
  kind: 'agenda-ready',
  step: 'agenda-ready',
  daysBefore: { default: 2 },
  audience: 'unreported',
  card: 'personal',
  texts: {
    label: 'reminderKinds.agenda-ready.label',
    stepLabel: 'reminderKinds.agenda-ready.step',
    title: 'reminderKinds.agenda-ready.title',
    text: 'reminderKinds.agenda-ready.text',
  },
};

export const AGENDA_READY_STRINGS = {
  sv: {
    'reminderKinds.agenda-ready.label': 'agendan klar',
    'reminderKinds.agenda-ready.step': 'Agendan klar',
    'reminderKinds.agenda-ready.title': 'Dagordningen inför mötet {when} är klar',
    'reminderKinds.agenda-ready.text':
      'Dagordningen inför mötet {when} är klar. Rapportera det som saknas för din förvaltning.',
  },
  en: {
    'reminderKinds.agenda-ready.label': 'agenda ready',
    'reminderKinds.agenda-ready.step': 'Agenda ready',
    'reminderKinds.agenda-ready.title': 'The agenda for the meeting on {when} is ready',
    'reminderKinds.agenda-ready.text':
      'The agenda for the meeting on {when} is ready. Report what is missing for your organisation.',
  },
};

/** Registers the kind and its strings; returns the undo. */
export function registerAgendaReady(): () => void {
  const undoMessages = withMessages(AGENDA_READY_STRINGS);
  const undoKinds = withKinds(AGENDA_READY);
  return () => {
    undoKinds();
    undoMessages();
  };
}
