/** Walking Adaptive Cards (as plain JSON) in tests. */

export type CardNode = Record<string, unknown>;

/** Every object in a card (elements, actions, inlines, refresh …), depth first. */
export function cardNodes(value: unknown): CardNode[] {
  if (Array.isArray(value)) return value.flatMap(cardNodes);
  if (value === null || typeof value !== 'object') return [];
  return [value as CardNode, ...Object.values(value as CardNode).flatMap(cardNodes)];
}

/** Every object in the card that has a `type`, depth first (the refresh action included). */
export const typedNodes = (card: unknown): CardNode[] =>
  cardNodes(card).filter((n) => typeof n['type'] === 'string');

export const ofType = (card: unknown, type: string): CardNode[] =>
  typedNodes(card).filter((n) => n['type'] === type);

export const textRuns = (card: unknown): string[] =>
  ofType(card, 'TextRun').map((n) => String(n['text']));

export const textBlocks = (card: unknown): string[] =>
  ofType(card, 'TextBlock').map((n) => String(n['text']));

/** The text of every TextBlock and TextRun, in card order. */
export const texts = (card: unknown): string[] =>
  typedNodes(card)
    .filter((n) => n['type'] === 'TextBlock' || n['type'] === 'TextRun')
    .map((n) => String(n['text']));

/** The card's Action.Execute actions; only those with `verb` if given. */
export const executes = (card: unknown, verb?: string): CardNode[] =>
  ofType(card, 'Action.Execute').filter((a) => verb === undefined || a['verb'] === verb);

/** The card's inputs (Input.Text, Input.ChoiceSet …). */
export const inputs = (card: unknown): CardNode[] =>
  typedNodes(card).filter((n) => String(n['type']).startsWith('Input.'));
