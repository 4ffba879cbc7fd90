const WORDS = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];

/**
 * A count as the follow-up writes it: words up to twelve, digits above.
 * `neuter` gives "ett" for one (ett bolag) instead of "en" (en förvaltning).
 */
export function swedishCount(n: number, neuter = false): string {
  if (n === 1 && neuter) return 'ett';
  return WORDS[n] ?? String(n);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** "a, b och c". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1] ?? ''}`;
}
