import type { AdaptiveCardJson } from './render';

/**
 * Removes `organisationId: ''` from every action's data in `card`: a list, reminder or saved
 * card names an organisation only for a stand-in (decision 0022); for one's own organisation
 * the payload stays as it always was. Returns the card (changed in place: it is fresh JSON).
 */
export function withoutEmptyOrganisation(card: AdaptiveCardJson): AdaptiveCardJson {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const data = record['data'];
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const fields = data as Record<string, unknown>;
      if (fields['organisationId'] === '') delete fields['organisationId'];
    }
    Object.values(record).forEach(visit);
  };
  visit(card);
  return card;
}
