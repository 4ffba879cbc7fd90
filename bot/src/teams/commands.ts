/** The bot's text commands, Swedish first with English aliases. Pure parsing, no Teams types. */
export type CommandId =
  | 'help'
  | 'my-activities'
  | 'status'
  | 'next-meeting'
  | 'summary'
  | 'support'
  | 'support-admin'
  | 'new-meeting'
  | 'meetings'
  | 'remind-now'
  | 'use-channel';

/** Swedish words first; English aliases second. A word in both lists (status) says nothing about language. */
const ALIASES: Readonly<
  Record<CommandId, { readonly sv: readonly string[]; readonly en: readonly string[] }>
> = {
  help: { sv: ['hjälp', 'hjalp', '?'], en: ['help', '?'] },
  'my-activities': { sv: ['mina aktiviteter'], en: ['my activities'] },
  status: { sv: ['status', 'rapportera'], en: ['status', 'report'] },
  'next-meeting': { sv: ['nästa möte', 'nasta mote'], en: ['next meeting'] },
  summary: { sv: ['sammanställning', 'sammanstallning'], en: ['summary'] },
  support: { sv: ['stöd', 'stod'], en: ['support'] },
  'support-admin': { sv: ['stöd admin', 'stod admin'], en: ['support admin'] },
  'new-meeting': { sv: ['nytt möte', 'nytt mote'], en: ['new meeting'] },
  meetings: { sv: ['möten', 'moten'], en: ['meetings'] },
  'remind-now': { sv: ['påminn nu', 'paminn nu'], en: ['remind now'] },
  'use-channel': {
    sv: ['använd den här kanalen', 'anvand den har kanalen'],
    en: ['use this channel'],
  },
};

/** Lower-cases, strips HTML tags Teams may add, punctuation at the ends and extra whitespace. */
export function normaliseText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .toLocaleLowerCase('sv-SE')
    .replace(/^[\s/!.,:;]+|[\s!.,:;]+$/g, '')
    .replace(/\s+/g, ' ');
}

export interface ParsedCommand {
  readonly id: CommandId;
  /** The language the user wrote the command in, or null when the word is the same in both. */
  readonly language: 'sv' | 'en' | null;
}

/** The command the text asks for, or null. */
export function parseCommand(text: string | undefined): ParsedCommand | null {
  if (text === undefined) return null;
  const normalised = normaliseText(text);
  for (const [id, aliases] of Object.entries(ALIASES) as [
    CommandId,
    (typeof ALIASES)[CommandId],
  ][]) {
    const sv = aliases.sv.includes(normalised);
    const en = aliases.en.includes(normalised);
    if (sv || en) return { id, language: sv && en ? null : sv ? 'sv' : 'en' };
  }
  return null;
}
