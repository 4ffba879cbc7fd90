/**
 * Whether two versions of a record hold the same content: every field but `ignore` (the
 * version and timestamps, typically), whatever the key order. A create that finds its id
 * stored with the same content is a replay, not a conflict; both store adapters ask this.
 */
export function sameContent(a: object, b: object, ignore: readonly string[]): boolean {
  const key = (o: object): string =>
    JSON.stringify(
      Object.entries(o)
        .filter(([k]) => !ignore.includes(k))
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  return key(a) === key(b);
}
