import type { Member } from '../../domain/types';
import type { Language, Translate } from '../../i18n';
import { suggestedActions } from '../cards/card-buttons';
import { COMMAND_WORDS, commandWord, type CommandId } from '../commands';
import type { IntentId } from '../intents/intent-data';
import { isSamordning } from '../../domain/roles';

/** The three things each role most needs: the buttons under a greeting or a "didn't get that". */
const BY_ROLE: Readonly<
  Record<'samordning' | 'samordnare' | 'hr' | 'other', readonly CommandId[]>
> = {
  samordning: ['not-reported', 'meetings', 'summary'],
  samordnare: ['status', 'my-activities', 'next-meeting'],
  hr: ['support-admin', 'support', 'help'],
  other: ['support', 'help', 'next-meeting'],
};

function roleOf(member: Member | undefined): keyof typeof BY_ROLE {
  if (member === undefined) return 'other';
  if (isSamordning(member)) return 'samordning';
  if (member.roles.includes('samordnare')) return 'samordnare';
  if (member.roles.includes('hr')) return 'hr';
  return 'other';
}

const isCommand = (id: IntentId): id is CommandId => Object.hasOwn(COMMAND_WORDS, id);

/** Up to three commands for the member's role, `first` (a near match) ahead of them. */
export function suggestionsFor(member: Member | undefined, first: IntentId | null): CommandId[] {
  const ids = [...(first !== null && isCommand(first) ? [first] : []), ...BY_ROLE[roleOf(member)]];
  return [...new Set(ids)].slice(0, 3);
}

/** The commands as suggested actions (buttons that send the command word) in one language. */
export function suggestionButtons(
  t: Translate,
  language: Language,
  ids: readonly CommandId[],
  recipientId: string | undefined,
): ReturnType<typeof suggestedActions> {
  return suggestedActions(
    ids.map((id) => ({ title: t(`chat.intent.${id}`), text: commandWord(id, language) })),
    recipientId,
  );
}
