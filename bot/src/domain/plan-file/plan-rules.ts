/**
 * The rules across fields that a shape cannot say: ids and numbers unique, names unambiguous,
 * references that resolve, one city-wide heading, years in order. They read the file as it is
 * (whatever the shape rules found), so a file with both kinds of problem gets both listed.
 */
import type { PlanProblem } from './plan-problem';
import { problemAt } from './problem-text';
import { rawAt, rawInteger, rawItems, rawNumber } from './raw';
import { organisationHistoryRules } from './rules-organisations';
import { referenceProblems } from './rules-references';
import { uniquenessProblems } from './rules-unique';

/** Every cross-field problem of the plan file `root`. */
export function checkPlanRules(root: unknown): PlanProblem[] {
  return [
    ...uniquenessProblems(root),
    ...strategiesWithoutGoal(root),
    ...referenceProblems(root),
    ...indicatorRules(root),
    ...cityWideHeading(root),
    ...periodRules(root),
    ...organisationHistoryRules(root),
  ];
}

/**
 * A goal item that holds strategies and nothing else: in YAML, an extra "- " before
 * "strategier:" makes the strategies of the goal above a goal of their own, one that does not
 * exist. Said once, as that (`check-plan.ts` drops the missing number and title it explains).
 */
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

/** An indicator's target comes after its baseline, in the direction it calls better. */
function indicatorRules(root: unknown): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const { item, index } of rawItems(root, ['mått'])) {
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
