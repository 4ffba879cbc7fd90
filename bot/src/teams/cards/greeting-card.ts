import type { Translate } from '../../i18n';
import template from './greeting-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/** The greeting sent when the app is installed in a chat, team or personal scope. Pure. */
export function buildGreetingCard(t: Translate): AdaptiveCardJson {
  return renderCard(template, { title: t('greeting.title'), body: t('greeting.body') });
}
