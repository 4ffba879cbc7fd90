import type { Translate } from '../../i18n';
import { commandWord } from '../commands';
import { buttonActions } from './answer-card';
import template from './greeting-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/**
 * The greeting sent when the app is installed in a chat, team or personal scope, with buttons
 * for the first things a samordnare does (each sends its command word, as if typed). Pure.
 */
export function buildGreetingCard(t: Translate): AdaptiveCardJson {
  const card = renderCard(template, { title: t('greeting.title'), body: t('greeting.body') });
  return {
    ...card,
    actions: buttonActions([
      { kind: 'say', title: t('chat.intent.status'), text: commandWord('status', 'sv') },
      { kind: 'say', title: t('chat.intent.left'), text: commandWord('left', 'sv') },
      { kind: 'say', title: t('chat.intent.help'), text: commandWord('help', 'sv') },
    ]),
  };
}
