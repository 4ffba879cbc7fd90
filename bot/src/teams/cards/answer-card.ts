import template from './answer-card.json';
import type { CardButton } from './card-buttons';
import { renderCard, type AdaptiveCardJson } from './render';

/**
 * A short answer in a card: a heading, a sentence, facts, a list of lines and buttons. The
 * shared template of the free-text answers (next meeting, summary, what is left …); each answer
 * has its own typed builder. Lines and the sentence are TextRuns, so Markdown in an activity's
 * title or an organisation's name is shown as typed. Pure.
 */
export interface AnswerCardInput {
  readonly title: string;
  readonly intro?: string;
  readonly facts?: readonly { readonly name: string; readonly value: string }[];
  readonly items?: readonly string[];
  readonly note?: string;
  readonly buttons?: readonly CardButton[];
}

export function buildAnswerCard(input: AnswerCardInput): AdaptiveCardJson {
  const card = renderCard(template, {
    title: input.title,
    intro: input.intro ?? '',
    facts: input.facts ?? [],
    items: (input.items ?? []).map((text) => ({ text })),
    note: input.note ?? '',
  });
  const buttons = input.buttons ?? [];
  return buttons.length === 0 ? card : { ...card, actions: buttonActions(buttons) };
}

/** Adaptive Card actions for buttons. */
export function buttonActions(buttons: readonly CardButton[]): Record<string, unknown>[] {
  return buttons.map(cardAction);
}

function cardAction(button: CardButton): Record<string, unknown> {
  switch (button.kind) {
    case 'execute':
      return { type: 'Action.Execute', title: button.title, verb: button.verb, data: button.data };
    case 'url':
      return { type: 'Action.OpenUrl', title: button.title, url: button.url };
    case 'say':
      // imBack: the button's word is sent as if typed, and routed like any message.
      return {
        type: 'Action.Submit',
        title: button.title,
        data: { msteams: { type: 'imBack', value: button.text } },
      };
  }
}
