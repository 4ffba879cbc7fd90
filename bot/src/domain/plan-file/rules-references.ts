/** References in a plan file that must resolve: `del-av`, `samordnas-av`, an indicator's goal. */
import type { PlanPath, PlanProblem } from './plan-problem';
import { didYouMean, problemAt } from './problem-text';
import { rawAt, rawInteger, rawItems, rawText } from './raw';
import { closestWord } from './suggest';

export function referenceProblems(root: unknown): PlanProblem[] {
  return [...organisationReferences(root), ...indicatorGoals(root)];
}

function organisationReferences(root: unknown): PlanProblem[] {
  const organisations = rawItems(root, ['organisationer']);
  const ids = organisations.flatMap(({ item }) => {
    const id = rawText(item['id']);
    return id === undefined ? [] : [id];
  });
  const parentOf = new Map<string, string>();
  for (const { item } of organisations) {
    const id = rawText(item['id']);
    const parent = rawText(item['del-av']);
    if (id !== undefined && parent !== undefined) parentOf.set(id, parent);
  }
  const problems: PlanProblem[] = [];
  const unknown = (path: PlanPath, target: string) =>
    problemAt(root, path, 'unknown-reference', (f) => {
      const guess = didYouMean(closestWord(target, ids));
      return {
        sv: `${f.sv} pekar på "${target}", som inte finns bland organisationerna.${guess.sv}`,
        en: `${f.en} refers to "${target}", which is not among the organisations.${guess.en}`,
      };
    });
  // Without organisations (the shape rules say so) no reference can be judged.
  if (organisations.length === 0) return [];
  const coordinator = rawText(rawAt(root, ['samordnas-av']));
  if (coordinator !== undefined && !ids.includes(coordinator)) {
    problems.push(unknown(['samordnas-av'], coordinator));
  }
  for (const { item, index } of rawItems(root, ['mått'])) {
    const owner = rawText(item['ansvarig']);
    if (owner !== undefined && !ids.includes(owner)) {
      problems.push(unknown(['mått', index, 'ansvarig'], owner));
    }
  }
  for (const { item, index } of organisations) {
    const id = rawText(item['id']);
    const parent = rawText(item['del-av']);
    if (parent === undefined) continue;
    const path: PlanPath = ['organisationer', index, 'del-av'];
    if (parent === id) {
      problems.push(
        problemAt(root, path, 'self-reference', (f) => ({
          sv: `${f.sv} pekar på organisationen själv.`,
          en: `${f.en} refers to the organisation itself.`,
        })),
      );
    } else if (!ids.includes(parent)) {
      problems.push(unknown(path, parent));
    } else if (id !== undefined) {
      const ring = cycleFrom(id, parentOf);
      if (ring !== undefined) {
        problems.push(
          problemAt(root, path, 'reference-cycle', (f) => ({
            sv: `${f.sv} bildar en ring: ${ring.join(' → ')}. Någon av dem får inte vara del av en annan.`,
            en: `${f.en} forms a ring: ${ring.join(' → ')}. One of them must not be part of another.`,
          })),
        );
      }
    }
  }
  return problems;
}

/** The ring `id → … → id` when following "del-av" from `id` comes back to it. */
function cycleFrom(id: string, parentOf: ReadonlyMap<string, string>): string[] | undefined {
  const chain = [id];
  let current = parentOf.get(id);
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return current === id ? [...chain, id] : undefined;
}

/** An indicator's `inriktningsmål` is a goal of the plan. */
function indicatorGoals(root: unknown): PlanProblem[] {
  const goalNumbers = [
    ...new Set(rawItems(root, ['inriktningsmål']).map(({ item }) => rawInteger(item['nummer']))),
  ].filter((n): n is number => n !== undefined);
  const problems: PlanProblem[] = [];
  for (const { item, index } of rawItems(root, ['mått'])) {
    const goal = rawInteger(item['inriktningsmål']);
    if (goal !== undefined && goalNumbers.length > 0 && !goalNumbers.includes(goal)) {
      problems.push(
        problemAt(root, ['mått', index, 'inriktningsmål'], 'unknown-reference', (f) => ({
          sv: `${f.sv} är ${goal}, men planen har inget inriktningsmål ${goal}. Inriktningsmålen är: ${goalNumbers.join(', ')}.`,
          en: `${f.en} is ${goal}, but the plan has no goal ${goal}. The goals are: ${goalNumbers.join(', ')}.`,
        })),
      );
    }
  }
  return problems;
}
