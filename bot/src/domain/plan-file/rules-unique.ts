/** Ids, numbers and names that must be one of a kind in a plan file (read as it is). */
import { foldKey } from '../import/matching';
import type { PlanPath, PlanProblem } from './plan-problem';
import { problemAt } from './problem-text';
import { rawAt, rawInteger, rawItems, rawText } from './raw';
import type { RawRecord } from './raw';

/** The lists whose entries have an `id`. */
const ENTRY_LISTS = [
  'fokusområden',
  'perspektiv',
  'målgrupper',
  'preventionsnivåer',
  'våldsutövare',
  'rubriker',
  'organisationer',
  'mått',
] as const;

/**
 * Every id once in its list, every strategy id once in the plan, every goal number once, and
 * every name, short name and alias of a list's entries belonging to one entry.
 */
export function uniquenessProblems(root: unknown): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const list of ENTRY_LISTS) {
    problems.push(...uniqueIds(root, list, rawItems(root, [list]).map(toPath([list]))));
  }
  const strategies = rawItems(root, ['inriktningsmål']).flatMap(({ index }) =>
    rawItems(root, ['inriktningsmål', index, 'strategier']).map(
      toPath(['inriktningsmål', index, 'strategier']),
    ),
  );
  problems.push(...uniqueIds(root, 'strategier', strategies));
  problems.push(...uniqueGoalNumbers(root));
  for (const list of ENTRY_LISTS.filter((l) => l !== 'mått')) {
    problems.push(...unambiguousNames(root, list));
  }
  return problems;
}

interface Entry {
  readonly item: RawRecord;
  readonly path: PlanPath;
}

function toPath(prefix: PlanPath) {
  return ({ item, index }: { item: RawRecord; index: number }): Entry => ({
    item,
    path: [...prefix, index],
  });
}

function uniqueIds(root: unknown, list: string, entries: readonly Entry[]): PlanProblem[] {
  const first = new Map<string, PlanPath>();
  const problems: PlanProblem[] = [];
  for (const { item, path } of entries) {
    const id = rawText(item['id']);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, path);
      continue;
    }
    problems.push(
      problemAt(
        root,
        [...path, 'id'],
        'duplicate-id',
        () => ({
          sv: `id "${id}" finns redan i "${list}". Varje id får bara finnas en gång.`,
          en: `the id "${id}" is already used in "${list}". Each id may appear only once.`,
        }),
        [...earlier, 'id'],
      ),
    );
  }
  return problems;
}

function uniqueGoalNumbers(root: unknown): PlanProblem[] {
  const first = new Map<number, PlanPath>();
  const problems: PlanProblem[] = [];
  for (const { item, index } of rawItems(root, ['inriktningsmål'])) {
    const number = rawInteger(item['nummer']);
    if (number === undefined) continue;
    const path: PlanPath = ['inriktningsmål', index, 'nummer'];
    const earlier = first.get(number);
    if (earlier === undefined) first.set(number, path);
    else {
      problems.push(
        problemAt(
          root,
          path,
          'duplicate-number',
          () => ({
            sv: `numret ${number} används redan av ett annat inriktningsmål. Varje inriktningsmål ska ha ett eget nummer.`,
            en: `the number ${number} is already used by another goal. Each goal needs a number of its own.`,
          }),
          earlier,
        ),
      );
    }
  }
  return problems;
}

/** Names, short names and aliases of a list's entries: one entry each, or the import cannot tell which is meant. */
function unambiguousNames(root: unknown, list: string): PlanProblem[] {
  const owner = new Map<string, { id: string; path: PlanPath }>();
  const problems: PlanProblem[] = [];
  for (const { item, index } of rawItems(root, [list])) {
    const id = rawText(item['id']) ?? `nr ${index + 1}`;
    const names: { name: string; path: PlanPath }[] = [];
    for (const key of ['namn', 'kortnamn']) {
      const name = rawText(item[key]);
      if (name !== undefined) names.push({ name, path: [list, index, key] });
    }
    const aliases = rawAt(item, ['alias']);
    if (Array.isArray(aliases)) {
      (aliases as unknown[]).forEach((alias, position) => {
        const name = rawText(alias);
        if (name !== undefined) names.push({ name, path: [list, index, 'alias', position] });
      });
    }
    for (const { name, path } of names) {
      const key = foldKey(name);
      const earlier = owner.get(key);
      if (earlier === undefined) owner.set(key, { id, path });
      else if (earlier.id !== id) {
        problems.push(
          problemAt(
            root,
            path,
            'duplicate-name',
            () => ({
              sv: `namnet "${name}" används redan av "${earlier.id}". Ett namn får bara höra till en post, annars går det inte att veta vilken som menas.`,
              en: `the name "${name}" is already used by "${earlier.id}". A name may belong to one entry only, or nobody can tell which is meant.`,
            }),
            earlier.path,
          ),
        );
      }
    }
  }
  return problems;
}
