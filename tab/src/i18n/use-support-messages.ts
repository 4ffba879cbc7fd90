import { useHost } from '../teams/teams-context';
import { en } from './en';
import type { Messages, SupportMessages } from './messages';
import { supportEn } from './support-en';
import { supportSv } from './support-sv';
import { sv } from './sv';

/** Every text the "Stöd" view uses: the shared ones and its own. */
export type SupportTexts = Messages & SupportMessages;

const texts: Record<'sv' | 'en', SupportTexts> = {
  sv: { ...sv, ...supportSv },
  en: { ...en, ...supportEn },
};

/** The "Stöd" view's texts for the host's language (only imported by the lazily loaded view). */
export function useSupportMessages(): SupportTexts {
  return texts[useHost().language];
}
