/** The Dagordning view's texts, Swedish first (decision 0025). */
export interface MinutesTexts {
  heading: string;
  noMeeting: string;
  loadFailed: string;
  retry: string;
  theme: string;
  kinds: Record<'theme' | 'deviation' | 'postponed' | 'not-reported' | 'added', string>;
  notReportedDetail: (left: string) => string;
  moveUp: (title: string) => string;
  moveDown: (title: string) => string;
  addLabel: string;
  add: string;
  save: string;
  saved: string;
  failed: string;
  edited: (by: string) => string;
  decisionsHeading: string;
  noDecisions: string;
  record: (title: string) => string;
  recordShort: string;
  note: string;
  kind: string;
  decision: string;
  action: string;
  what: string;
  who: string;
  wholeGroup: string;
  due: string;
  recordButton: string;
  docx: string;
  send: string;
  sent: (count: number) => string;
  dueOn: (date: string) => string;
}

export const minutesSv: MinutesTexts = {
  heading: 'Dagordning',
  noMeeting: 'Det finns inget kommande möte. Planera ett under Möten.',
  loadFailed: 'Dagordningen kunde inte hämtas.',
  retry: 'Försök igen',
  theme: 'Tema',
  kinds: {
    theme: 'Tema',
    deviation: 'Avvikelse',
    postponed: 'Framflyttad',
    'not-reported': 'Har inte rapporterat',
    added: 'Egen punkt',
  },
  notReportedDetail: (left) => `kvar att rapportera: ${left}`,
  moveUp: (title) => `Flytta upp ${title}`,
  moveDown: (title) => `Flytta ner ${title}`,
  addLabel: 'Ny punkt',
  add: 'Lägg till',
  save: 'Spara ordningen',
  saved: 'Dagordningen är sparad.',
  failed: 'Det gick inte att spara. Försök igen.',
  edited: (by) => `Ändrad av ${by}`,
  decisionsHeading: 'Beslut och åtgärder',
  noDecisions: 'Inga beslut ännu.',
  record: (title) => `Anteckna beslut för ${title}`,
  recordShort: 'Anteckna beslut',
  note: 'Anteckning',
  kind: 'Typ',
  decision: 'Beslut',
  action: 'Åtgärd',
  what: 'Vad',
  who: 'Vem (ansvarig)',
  wholeGroup: 'Hela gruppen',
  due: 'Klart senast',
  recordButton: 'Spara beslut',
  docx: 'Ladda ner protokoll (Word)',
  send: 'Skicka besluten till samordnarna',
  sent: (count) => (count === 1 ? '1 meddelande skickas.' : `${count} meddelanden skickas.`),
  dueOn: (date) => `senast ${date}`,
};

export const minutesEn: MinutesTexts = {
  heading: 'Agenda',
  noMeeting: 'There is no upcoming meeting. Plan one under Meetings.',
  loadFailed: 'The agenda could not be loaded.',
  retry: 'Try again',
  theme: 'Theme',
  kinds: {
    theme: 'Theme',
    deviation: 'Deviation',
    postponed: 'Postponed',
    'not-reported': 'Has not reported',
    added: 'Added item',
  },
  notReportedDetail: (left) => `left to report: ${left}`,
  moveUp: (title) => `Move up ${title}`,
  moveDown: (title) => `Move down ${title}`,
  addLabel: 'New item',
  add: 'Add',
  save: 'Save the order',
  saved: 'The agenda is saved.',
  failed: 'Saving failed. Try again.',
  edited: (by) => `Changed by ${by}`,
  decisionsHeading: 'Decisions and actions',
  noDecisions: 'No decisions yet.',
  record: (title) => `Record a decision for ${title}`,
  recordShort: 'Record a decision',
  note: 'Note',
  kind: 'Type',
  decision: 'Decision',
  action: 'Action',
  what: 'What',
  who: 'Who (responsible)',
  wholeGroup: 'The whole group',
  due: 'Done by',
  recordButton: 'Save decision',
  docx: 'Download minutes (Word)',
  send: 'Send the decisions to the coordinators',
  sent: (count) => (count === 1 ? '1 message is being sent.' : `${count} messages are being sent.`),
  dueOn: (date) => `by ${date}`,
};
