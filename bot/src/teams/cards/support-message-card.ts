import type { Translate } from '../../i18n';
import { buildMessageCard } from './message-card';
import type { AdaptiveCardJson } from './render';

export interface SupportMessageCardInput {
  readonly t: Translate;
  /** Heading, from i18n. */
  readonly title: string;
  /** Message, from i18n (it may carry an entry title, so it goes into a TextRun). */
  readonly text: string;
  /** Which button to offer: back to HR's list, back to "Vem gäller det?", or none. */
  readonly back: 'admin' | 'ask' | null;
}

/** A short message in the support flow: refused, not found, announced … Pure. */
export function buildSupportMessageCard(input: SupportMessageCardInput): AdaptiveCardJson {
  const back = {
    admin: { title: input.t('supportAdmin.backToList'), verb: 'support.admin', data: {} },
    ask: { title: input.t('support.show.back'), verb: 'support.ask', data: {} },
  };
  return buildMessageCard(input.title, input.text, input.back === null ? [] : [back[input.back]]);
}
