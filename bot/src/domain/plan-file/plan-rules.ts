/**
 * The rules across fields that a shape cannot say: ids and numbers unique, names unambiguous,
 * references that resolve, one city-wide heading, years in order. They read the file as it is
 * (whatever the shape rules found), so a file with both kinds of problem gets both listed.
 */
import { foldKey } from '../import/matching';
import type { PlanPath, PlanProblem } from './plan-problem';
import { didYouMean, problemAt } from './problem-text';
import { rawAt, rawInteger, rawItems, rawNumber, rawText } from './raw';
import type { RawRecord } from './raw';
import { closestWord } from './suggest';

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

/** Every cross-field problem of the plan file `root`. */
export function checkPlanRules(root: unknown): PlanProblem[] {
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
  problems.push(
    ...strategiesWithoutGoal(root),
    ...organisationReferences(root),
    ...indicatorRules(root),
    ...cityWideHeading(root),
    ...periodRules(root),
  );
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

function strategiesWithoutGoal(root: unknown): PlanProblem[] {
  return rawItems(root, ['inriktningsmål'])
    .filter(
      ({ item }) =>
        item['strategier'] !== undefined &&
        (item['nummer'] ?? null) === null &&
        (item['titel'] ?? null) === null,
    )
    .map(({ index }) =>
      problemAt(root, ['inriktningsmål', index], 'strategies-without-goal', () => ({
        sv: 'här står strategier under ett inriktningsmål som saknar både nummer och titel. Hör de till målet ovanför? Ta då bort "- " framför "strategier:" och dra in raden som målets andra fält.',
        en: 'strategies stand under a goal that has neither a number nor a title. Do they belong to the goal above? Then remove the "- " before "strategier:" and indent it like that goal\'s other fields.',
      })),
    );
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

function indicatorRules(root: unknown): PlanProblem[] {
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
    const baseline = {
      value: rawNumber(rawAt(item, ['baslinje', 'värde'])),
      year: rawInteger(rawAt(item, ['baslinje', 'år'])),
    };
    const target = {
      value: rawNumber(rawAt(item, ['målvärde', 'värde'])),
      year: rawInteger(rawAt(item, ['målvärde', 'år'])),
    };
    if (baseline.year !== undefined && target.year !== undefined && target.year < baseline.year) {
      problems.push(
        problemAt(root, ['mått', index, 'målvärde', 'år'], 'indicator-years', (f) => ({
          sv: `${f.sv} (${target.year}) är före baslinjens år (${baseline.year}).`,
          en: `${f.en} (${target.year}) is before the baseline's year (${baseline.year}).`,
        })),
      );
    }
    const direction = item['riktning'];
    if (baseline.value !== undefined && target.value !== undefined) {
      const wrongWay =
        (direction === 'högre-bättre' && target.value < baseline.value) ||
        (direction === 'lägre-bättre' && target.value > baseline.value);
      if (wrongWay) {
        problems.push(
          problemAt(root, ['mått', index, 'målvärde', 'värde'], 'indicator-target', (f) => ({
            sv: `${f.sv} (${target.value}) går åt fel håll från baslinjen (${baseline.value}) när riktningen är "${String(direction)}".`,
            en: `${f.en} (${target.value}) goes the wrong way from the baseline (${baseline.value}) when the direction is "${String(direction)}".`,
          })),
        );
      }
    }
  }
  return problems;
}

function cityWideHeading(root: unknown): PlanProblem[] {
  const headings = rawItems(root, ['rubriker']);
  if (headings.length === 0) return [];
  const flagged = headings.filter(({ item }) => item['stadsövergripande'] === true);
  const [first, ...others] = flagged;
  if (first === undefined) {
    return [
      problemAt(root, ['rubriker'], 'city-wide-heading', () => ({
        sv: 'ingen rubrik har "stadsövergripande: true". Exakt en rubrik ska vara den stadsövergripande, vars aktiviteter räknas för sig.',
        en: 'no heading has "stadsövergripande: true". Exactly one heading must be the city-wide one, whose activities are counted apart.',
      })),
    ];
  }
  return others.map(({ index }) =>
    problemAt(
      root,
      ['rubriker', index, 'stadsövergripande'],
      'city-wide-heading',
      () => ({
        sv: 'mer än en rubrik har "stadsövergripande: true". Bara en rubrik får vara den stadsövergripande.',
        en: 'more than one heading has "stadsövergripande: true". Only one heading may be the city-wide one.',
      }),
      ['rubriker', first.index, 'stadsövergripande'],
    ),
  );
}

function periodRules(root: unknown): PlanProblem[] {
  const from = rawInteger(rawAt(root, ['period', 'från']));
  const to = rawInteger(rawAt(root, ['period', 'till']));
  const problems: PlanProblem[] = [];
  if (from !== undefined && to !== undefined && to < from) {
    problems.push(
      problemAt(root, ['period', 'till'], 'period-order', () => ({
        sv: `perioden slutar (${to}) innan den börjar (${from}). "till" ska vara samma år som "från" eller senare.`,
        en: `the period ends (${to}) before it starts (${from}). "till" must be the same year as "från" or later.`,
      })),
    );
  }
  const adopted = rawAt(root, ['antagen', 'datum']);
  const adoptedYear =
    typeof adopted === 'string' && /^\d{4}/.test(adopted)
      ? Number(adopted.slice(0, 4))
      : rawInteger(adopted);
  if (adoptedYear !== undefined && to !== undefined && adoptedYear > to) {
    problems.push(
      problemAt(root, ['antagen', 'datum'], 'adopted-after-period', () => ({
        sv: `planen antogs ${adoptedYear}, efter att perioden slutade (${to}).`,
        en: `the plan was adopted in ${adoptedYear}, after its period ended (${to}).`,
      })),
    );
  }
  return problems;
}
