import template from './message-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/** A button on a message card: an Action.Execute with its verb and data. */
export interface MessageCardAction {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

/**
 * A short message: a heading, the text (in a TextRun, so a title it quotes is never read as
 * markup) and the buttons that lead on. The status and support flows' message cards. Pure.
 */
export function buildMessageCard(
  title: string,
  text: string,
  actions: readonly MessageCardAction[],
): AdaptiveCardJson {
  const card = renderCard(template, { title, text });
  return {
    ...card,
    actions: actions.map((a) => ({
      type: 'Action.Execute',
      title: a.title,
      verb: a.verb,
      data: a.data,
    })),
  };
}
