import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { languageOf, translator, type Language, type Translate } from '../i18n';
import { messageLanguage } from './intents/recognise';

/** What a route needs to know about the sender, taken from the Bot Framework activity only. */
export interface TurnInfo {
  /** Entra ID object id of the sender, or null if the channel gave none. */
  readonly userId: string | null;
  readonly language: Language;
  readonly t: Translate;
  readonly conversationType: string;
  /** Ties a user-facing error code to the log line. */
  readonly correlationId: string;
}

/**
 * Swedish first, and one language per answer. What the user wrote decides ("hjälp" in Swedish
 * even from an English client, "what's left?" in English from a Swedish one); when the words do
 * not tell, the card's language, then the client's locale, and anything but English is Swedish.
 */
export function turnLanguage(context: TurnContext): Language {
  const activity = context.activity;
  const typed = activity.type === 'message' ? messageLanguage(activity.text) : null;
  return typed ?? cardLanguage(activity.value) ?? languageOf(activity.locale);
}

/** The language a card was rendered in (see cards/stamp-language.ts), carried by its actions. */
function cardLanguage(value: unknown): Language | null {
  if (typeof value !== 'object' || value === null) return null;
  const action = (value as { action?: { data?: { lang?: unknown } } }).action;
  const lang = action?.data?.lang;
  return lang === 'sv' || lang === 'en' ? lang : null;
}

export function turnInfo(context: TurnContext): TurnInfo {
  const activity = context.activity;
  const language = turnLanguage(context);
  return {
    userId: activity.from?.aadObjectId ?? null,
    language,
    t: translator(language),
    conversationType: activity.conversation?.conversationType ?? 'personal',
    correlationId: randomUUID(),
  };
}
