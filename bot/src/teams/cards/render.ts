import * as ACData from 'adaptivecards-templating';
import { z } from 'zod';

/** The Adaptive Card schema version Teams supports on every client (desktop, web, mobile). */
export const CARD_VERSION = '1.5';

const cardShape = z
  .object({
    type: z.literal('AdaptiveCard'),
    version: z.literal(CARD_VERSION),
    body: z.array(z.record(z.unknown())),
  })
  .passthrough();

/** An expanded Adaptive Card: plain JSON, ready to attach. */
export type AdaptiveCardJson = z.infer<typeof cardShape>;

/**
 * Expands a template (`*.json` in this folder) with data using adaptivecards-templating.
 * Throws if the result is not an Adaptive Card of the supported version, so a broken
 * template fails in tests rather than in a user's chat.
 */
const prepared = new WeakMap<object, ACData.Template>();

export function renderCard(template: object, data: object): AdaptiveCardJson {
  // Parsing a template's expressions is the expensive part; do it once per template.
  let compiled = prepared.get(template);
  if (compiled === undefined) {
    compiled = new ACData.Template(template);
    prepared.set(template, compiled);
  }
  const expanded: unknown = compiled.expand({ $root: data });
  return cardShape.parse(expanded);
}

/** Wraps a card as a Bot Framework attachment. */
export function cardAttachment(card: AdaptiveCardJson): {
  contentType: string;
  content: AdaptiveCardJson;
} {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
