import type { Language } from '../../i18n';
import type { AdaptiveCardJson } from './render';

/**
 * Adds `lang` to the data of every Action.Execute in a card (including its refresh action),
 * so the cards that follow a click keep the language the conversation started in even when
 * the client's locale says otherwise. Language is a display preference, never a permission.
 */
export function stampLanguage(card: AdaptiveCardJson, language: Language): AdaptiveCardJson {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    if (copy['type'] === 'Action.Execute') {
      const data = copy['data'];
      copy['data'] = { ...(typeof data === 'object' && data !== null ? data : {}), lang: language };
    }
    return copy;
  };
  return visit(card) as AdaptiveCardJson;
}
