import type { MessageKey, Translate } from '../../i18n';
import template from './help-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/** Commands shown in the help card: the Swedish word (or English alias) and its description key. */
// Only commands the bot answers are listed; each capability adds its line when it lands.
const COMMANDS: readonly { sv: string; en: string; key: MessageKey }[] = [
  { sv: 'status', en: 'status', key: 'help.commands.status' },
  { sv: 'mina aktiviteter', en: 'my activities', key: 'help.commands.myActivities' },
  { sv: 'möten', en: 'meetings', key: 'help.commands.meetings' },
  { sv: 'nytt möte', en: 'new meeting', key: 'help.commands.newMeeting' },
  { sv: 'påminn nu', en: 'remind now', key: 'help.commands.remindNow' },
  {
    sv: 'använd den här kanalen',
    en: 'use this channel',
    key: 'help.commands.useChannel',
  },
  { sv: 'stöd', en: 'support', key: 'help.commands.support' },
  { sv: 'hjälp', en: 'help', key: 'help.commands.help' },
];

export interface HelpCardInput {
  readonly t: Translate;
  readonly language: 'sv' | 'en';
  /** Heading; the greeting on install uses its own. */
  readonly title?: string;
  /** Link to the tab, or null when no public URL is known (local mode). */
  readonly tabUrl: string | null;
}

/** The help card: what Samordna does and its commands. Pure. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCardJson {
  const { t } = input;
  return renderCard(template, {
    title: input.title ?? t('help.title'),
    intro: t('help.intro'),
    commands: COMMANDS.map((c) => ({
      name: input.language === 'en' ? c.en : c.sv,
      description: t(c.key),
    })),
    footer: t('help.footer'),
    openTab: t('help.openTab'),
    tabUrl: input.tabUrl ?? '',
  });
}
