import type { Translate } from '../../i18n';
import { buildAnswerCard } from './answer-card';
import type { AdaptiveCardJson } from './render';

/**
 * The Teams deep link that opens the personal chat with the bot (28:<bot id>), as Microsoft
 * documents for a handoff to a bot: https://teams.microsoft.com/l/chat/0/0?users=28:<botId>.
 */
export function personalChatLink(botId: string): string {
  const id = botId.replace(/[^\w:.-]/g, '');
  return `https://teams.microsoft.com/l/chat/0/0?users=${id.startsWith('28:') ? id : `28:${id}`}`;
}

/**
 * In a group chat or channel, instead of support information or an answer to a disclosure: a
 * neutral line (`text`, never an echo of what was written) and a button that opens the
 * personal chat with the bot. Pure.
 */
export function buildPrivateChatCard(t: Translate, text: string, botId: string): AdaptiveCardJson {
  return buildAnswerCard({
    title: t('chat.private.title'),
    intro: text,
    buttons: [{ kind: 'url', title: t('chat.private.button'), url: personalChatLink(botId) }],
  });
}
