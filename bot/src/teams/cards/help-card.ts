import type { MessageKey, Translate } from '../../i18n';
import { commandWord, type CommandId } from '../commands';
import template from './help-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/**
 * Commands shown in the help card: the command (its word in the reader's language) and its
 * description key. `samordning` lines are shown to Samordning only: a samordnare is not shown
 * what she cannot use.
 */
const COMMANDS: readonly { id: CommandId | null; key: MessageKey; samordning?: true }[] = [
  { id: 'status', key: 'help.commands.status' },
  { id: 'left', key: 'help.commands.left' },
  { id: 'my-activities', key: 'help.commands.myActivities' },
  { id: 'untagged', key: 'help.commands.untagged' },
  { id: 'next-meeting', key: 'help.commands.nextMeeting' },
  { id: 'summary', key: 'help.commands.summary' },
  { id: 'meetings', key: 'help.commands.meetings' },
  { id: 'not-reported', key: 'help.commands.notReported', samordning: true },
  { id: null, key: 'help.commands.organisationStatus', samordning: true },
  { id: 'new-meeting', key: 'help.commands.newMeeting', samordning: true },
  { id: 'remind-now', key: 'help.commands.remindNow', samordning: true },
  { id: 'use-channel', key: 'help.commands.useChannel', samordning: true },
  { id: 'support', key: 'help.commands.support' },
  { id: 'help', key: 'help.commands.help' },
];

export interface HelpCardInput {
  readonly t: Translate;
  readonly language: 'sv' | 'en';
  /** Heading; the greeting on install uses its own. */
  readonly title?: string;
  /** Link to the tab, or null when no public URL is known (local mode). */
  readonly tabUrl: string | null;
  /** The reader is Samordning (from the member record): show the planning commands too. */
  readonly samordning?: boolean;
}

/** The help card: what Samordna does, its commands for the reader's role, and free text. Pure. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCardJson {
  const { t } = input;
  return renderCard(template, {
    title: input.title ?? t('help.title'),
    intro: `${t('help.intro')} ${t('chat.help.freeText')}`,
    commands: COMMANDS.filter((c) => c.samordning !== true || input.samordning === true).map(
      (c) => ({
        name: c.id === null ? '…' : commandWord(c.id, input.language),
        description: t(c.key),
      }),
    ),
    footer: t('help.footer'),
    openTab: t('help.openTab'),
    tabUrl: input.tabUrl ?? '',
  });
}
