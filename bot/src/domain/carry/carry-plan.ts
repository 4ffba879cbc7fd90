/**
 * Carrying chosen activities of one plan into the next (issue 15 item 4, decision 0028). Pure:
 * the new activities, or every reason the carry is refused (nothing is then written). The old
 * plan's activities, rounds and reports are never touched, so its follow-up stays as it was.
 */
import type { Activity, CatalogEntry, Plan } from '../types';
import { normaliseText } from './goal-mapping';

/** Between an old activity's id and the new plan's id in a carried activity's id. */
const CARRIED = '--';

/**
 * The id of `activityId` carried into `planId`: the same id on every run, so a repeated carry
 * creates nothing new, and the link to the old plan's history is in the id itself.
 */
export function carriedActivityId(activityId: string, planId: string): string {
  return `${activityId}${CARRIED}${planId}`;
}

/** The old activity a carried activity goes on from (`carriedFrom`), or null for a new one. */
export function carriedFrom(activity: Pick<Activity, 'id' | 'planId'>): string | null {
  const suffix = `${CARRIED}${activity.planId}`;
  return activity.id.endsWith(suffix) && activity.id.length > suffix.length
    ? activity.id.slice(0, -suffix.length)
    : null;
}

export type CarryProblem =
  | { readonly kind: 'same-plan' }
  | { readonly kind: 'no-activities' }
  | { readonly kind: 'unknown-activity'; readonly activityId: string }
  | { readonly kind: 'goal-unmapped'; readonly goal: number }
  | { readonly kind: 'unknown-new-goal'; readonly goal: number };

export interface CarryChoice {
  /** The old plan's activities that go on. */
  readonly activityIds: readonly string[];
  /** Old goal number → new goal number, as a person confirmed it. */
  readonly goals: ReadonlyMap<number, number>;
}

/** The same entry in the new plan's catalog: by id, else by name. */
function sameEntry(entries: readonly CatalogEntry[], old: CatalogEntry | undefined, id: string) {
  const byId = entries.find((e) => e.id === id);
  if (byId !== undefined || old === undefined) return byId?.id;
  return entries.find((e) => normaliseText(e.name) === normaliseText(old.name))?.id;
}

function sameEntries(
  entries: readonly CatalogEntry[],
  oldEntries: readonly CatalogEntry[],
  ids: readonly string[],
): string[] {
  return ids.flatMap((id) => {
    const found = sameEntry(
      entries,
      oldEntries.find((e) => e.id === id),
      id,
    );
    return found === undefined ? [] : [found];
  });
}

/**
 * The carried activities: the same organisation, texts, owner, partners and dates, under the
 * confirmed goal; the strategy, heading, tags and prevention level where the new plan has the
 * same one (by id or by text), else none (the heading: the new plan's last, its own operations).
 */
export function planCarry(
  from: Plan,
  to: Plan,
  activities: readonly Activity[],
  choice: CarryChoice,
  now: string,
): { ok: true; activities: Omit<Activity, 'version'>[] } | { ok: false; problems: CarryProblem[] } {
  const problems: CarryProblem[] = [];
  if (from.id === to.id) problems.push({ kind: 'same-plan' });
  if (choice.activityIds.length === 0) problems.push({ kind: 'no-activities' });
  const byId = new Map(activities.filter((a) => a.planId === from.id).map((a) => [a.id, a]));
  const chosen: Activity[] = [];
  for (const id of new Set(choice.activityIds)) {
    const activity = byId.get(id);
    if (activity === undefined) problems.push({ kind: 'unknown-activity', activityId: id });
    else chosen.push(activity);
  }
  const goals = new Set(chosen.map((a) => a.goal));
  for (const goal of [...goals].sort((a, b) => a - b)) {
    const target = choice.goals.get(goal);
    if (target === undefined) problems.push({ kind: 'goal-unmapped', goal });
    else if (!to.goals.some((g) => g.number === target))
      problems.push({ kind: 'unknown-new-goal', goal: target });
  }
  if (problems.length > 0) return { ok: false, problems };

  const fallbackHeading = to.headings.at(-1)?.id ?? '';
  const carried = chosen.map((old): Omit<Activity, 'version'> => {
    const goalNumber = choice.goals.get(old.goal) ?? old.goal;
    const newGoal = to.goals.find((g) => g.number === goalNumber);
    const oldStrategy = from.goals
      .find((g) => g.number === old.goal)
      ?.strategies.find((s) => s.id === old.strategyId);
    const strategy =
      oldStrategy === undefined
        ? undefined
        : newGoal?.strategies.find(
            (s) =>
              s.id === oldStrategy.id || normaliseText(s.text) === normaliseText(oldStrategy.text),
          );
    const heading =
      sameEntry(
        to.headings,
        from.headings.find((h) => h.id === old.heading),
        old.heading,
      ) ?? fallbackHeading;
    const preventionLevel =
      old.preventionLevel === null
        ? null
        : (sameEntry(
            to.preventionLevels,
            from.preventionLevels.find((l) => l.id === old.preventionLevel),
            old.preventionLevel,
          ) ?? null);
    return {
      id: carriedActivityId(old.id, to.id),
      planId: to.id,
      organisationId: old.organisationId,
      goal: goalNumber,
      strategyId: strategy?.id ?? null,
      heading,
      title: old.title,
      description: old.description,
      focusAreaIds: sameEntries(to.focusAreas, from.focusAreas, old.focusAreaIds),
      perspectiveIds: sameEntries(to.perspectives, from.perspectives, old.perspectiveIds),
      targetGroupIds: sameEntries(to.targetGroups, from.targetGroups, old.targetGroupIds),
      preventionLevel,
      direction: old.direction,
      partners: [...old.partners],
      owner: old.owner,
      startDate: old.startDate,
      endDate: old.endDate,
      demo: old.demo,
      createdAt: now,
      updatedAt: now,
    };
  });
  return { ok: true, activities: carried };
}

/** A carry problem in Swedish, for the CLI and the API. */
export function carryProblemText(problem: CarryProblem): string {
  switch (problem.kind) {
    case 'same-plan':
      return 'Den gamla och den nya planen är samma plan. Välj en annan ny plan.';
    case 'no-activities':
      return 'Inga aktiviteter är valda. Välj de aktiviteter som fortsätter.';
    case 'unknown-activity':
      return `Aktiviteten "${problem.activityId}" finns inte i den gamla planen.`;
    case 'goal-unmapped':
      return `Inriktningsmål ${String(problem.goal)} i den gamla planen har inget mål i den nya. Ange det, t.ex. ${String(problem.goal)}=1.`;
    case 'unknown-new-goal':
      return `Den nya planen har inget inriktningsmål ${String(problem.goal)}.`;
  }
}
