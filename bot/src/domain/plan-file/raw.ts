/** Reading a parsed file (`unknown`) defensively: the checks run on whatever the file holds. */
import type { PlanPath } from './plan-problem';

export type RawRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined where the file has nothing (or something else) there. */
export function rawAt(root: unknown, path: PlanPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? (node as unknown[])[key] : undefined;
    else node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

/** The map items of the list at `path` with their positions; anything that is not a map is skipped. */
export function rawItems(root: unknown, path: PlanPath): { item: RawRecord; index: number }[] {
  const list = rawAt(root, path);
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).flatMap((item, index) => (isRecord(item) ? [{ item, index }] : []));
}

/** A trimmed non-empty string, else undefined. */
export function rawText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function rawInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function rawNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
