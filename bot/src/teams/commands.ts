/**
 * The bot's exact command words, Swedish first with English aliases. Pure parsing, no Teams
 * types. A message that is exactly one of these words is routed to its command before any
 * free-text understanding (intents/recognise.ts), so a command word is never misrouted.
 */
export type CommandId =
  | 'help'
  | 'my-activities'
  | 'status'
  | 'left'
  | 'all-unchanged'
  | 'next-meeting'
  | 'summary'
  | 'support'
  | 'support-admin'
  | 'new-meeting'
  | 'meetings'
  | 'remind-now'
  | 'not-reported'
  | 'use-channel'
  | 'untagged';

export interface CommandWords {
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

/**
 * Swedish words first; English aliases second. A word in both lists (status) says nothing about
 * language. The first word of each list is the one buttons send back (suggested actions).
 */
export const COMMAND_WORDS: Readonly<Record<CommandId, CommandWords>> = {
  help: { sv: ['hjälp', 'hjalp', '?'], en: ['help', '?'] },
  'my-activities': { sv: ['mina aktiviteter'], en: ['my activities'] },
  status: { sv: ['rapportera', 'status'], en: ['report', 'status'] },
  left: { sv: ['vad har jag kvar', 'kvar'], en: ["what's left", 'what is left'] },
  'all-unchanged': { sv: ['allt oförändrat', 'allt oforandrat'], en: ['all unchanged'] },
  'next-meeting': { sv: ['nästa möte', 'nasta mote'], en: ['next meeting'] },
  summary: { sv: ['sammanställning', 'sammanstallning'], en: ['summary'] },
  support: { sv: ['stöd', 'stod'], en: ['support'] },
  'support-admin': { sv: ['stöd admin', 'stod admin'], en: ['support admin'] },
  'new-meeting': { sv: ['nytt möte', 'nytt mote'], en: ['new meeting'] },
  meetings: { sv: ['möten', 'moten'], en: ['meetings'] },
  'remind-now': { sv: ['påminn nu', 'paminn nu'], en: ['remind now'] },
  'not-reported': {
    sv: ['vilka har inte rapporterat', 'ej rapporterat'],
    en: ["who hasn't reported", 'not reported'],
  },
  'use-channel': {
    sv: ['använd den här kanalen', 'anvand den har kanalen'],
    en: ['use this channel'],
  },
  untagged: { sv: ['otaggade', 'otaggade aktiviteter'], en: ['untagged', 'untagged activities'] },
};

/** Lower-cases, strips HTML tags Teams may add, punctuation at the ends and extra whitespace. */
export function normaliseText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;|&apos;|[\u2018\u2019]/g, "'")
    .toLocaleLowerCase('sv-SE')
    .replace(/^[\s/!.,:;]+|[\s!.,:;]+$/g, '')
    .replace(/\s+/g, ' ');
}

export interface ParsedCommand {
  readonly id: CommandId;
  /** The language the user wrote the command in, or null when the word is the same in both. */
  readonly language: 'sv' | 'en' | null;
}

const COMMANDS = Object.entries(COMMAND_WORDS) as [CommandId, CommandWords][];

/** The command the text asks for, or null. */
export function parseCommand(text: string | undefined): ParsedCommand | null {
  if (text === undefined) return null;
  const normalised = normaliseText(text);
  for (const [id, aliases] of COMMANDS) {
    const sv = aliases.sv.includes(normalised);
    const en = aliases.en.includes(normalised);
    if (sv || en) return { id, language: sv && en ? null : sv ? 'sv' : 'en' };
  }
  return null;
}

/** The word a button sends to run a command in a language (the first of its list). */
export function commandWord(id: CommandId, language: 'sv' | 'en'): string {
  return COMMAND_WORDS[id][language][0] ?? id;
}
