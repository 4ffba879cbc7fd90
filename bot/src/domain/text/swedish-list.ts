/**
 * Joins a list in Swedish as the mid-term follow-up (seed 000) does: "a, b och c" for short
 * items ("universell, selektiv och indikerad prevention"), and ", samt" before the last item when
 * an item itself contains "och" ("hedersrelaterat våld och förtryck, sexuellt våld oberoende av
 * relation, sex mot ersättning, samt människohandel"), where a plain "och" would be ambiguous.
 * Pure.
 */
export type ListJoin = 'auto' | 'och' | 'samt';

function containsOch(item: string): boolean {
  return /(^|\s)och(\s|$)/u.test(item);
}

export function swedishJoin(items: readonly string[], join: ListJoin = 'auto'): string {
  const list = items.filter((i) => i.trim() !== '');
  if (list.length <= 1) return list.join('');
  const last = list[list.length - 1] ?? '';
  const head = list.slice(0, -1).join(', ');
  const useSamt = join === 'samt' || (join === 'auto' && list.some(containsOch));
  return useSamt ? `${head}, samt ${last}` : `${head} och ${last}`;
}
