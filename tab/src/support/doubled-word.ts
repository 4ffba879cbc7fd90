/**
 * A title that starts with the word that ends its lead-in loses that word, so "Rapporterade
 * inför" + "Inför mötet 12 mars" reads "Rapporterade inför mötet 12 mars", never
 * "Rapporterade inför Inför mötet …". The same rule as the bot's `withoutDoubledWord`.
 */
export function withoutDoubledWord(before: string, value: string): string {
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1];
  if (last === undefined) return value;
  const first = /^(\p{L}+)\s+/u.exec(value);
  if (first === null || (first[1] ?? '').toLocaleLowerCase('sv') !== last.toLocaleLowerCase('sv')) {
    return value;
  }
  return value.slice(first[0].length);
}
