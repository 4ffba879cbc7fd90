/**
 * Samordning defines indicators in the tab (issue 19 item 1, decision 0032): create, change
 * and remove, beside the plan file's, which stay as they are and are changed in the plan file
 * only. Roles from the validated identity; refusals returned as data.
 *
 * Ids: a new definition's id is made from its name. An id the plan file already uses is
 * refused (`clash`, the plan file's indicator named), as is the id of another indicator
 * defined in the tab; a removed definition's id is not reused (a number is added), so values
 * entered for it never pass to a new indicator.
 */
import type { IndicatorDefinition } from '../indicators/indicator-definition';
import {
  definitionId,
  parseDefinitionInput,
  type DefinitionProblem,
  type IndicatorDefinitionInput,
} from '../indicators/indicator-definition-input';
import type { IndicatorStore } from '../ports/indicator-store.port';
import type { StorePort } from '../ports/store.port';
import { isSamordning } from '../roles';
import type { Member, Plan } from '../types';
import { resolvePlan, type PlanNotFound } from './resolve-plan';

export interface DefinitionDeps {
  readonly store: Pick<StorePort, 'plans' | 'organisations' | 'activities'>;
  readonly indicators: IndicatorStore;
}

export type DefinitionRefusal =
  | PlanNotFound
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  /** The plan file's indicator: changed in the plan file, not in the tab. */
  | { readonly kind: 'plan-file'; readonly name: string }
  /** The id is taken by the plan file's indicator or another one defined in the tab. */
  | {
      readonly kind: 'clash';
      readonly id: string;
      readonly name: string;
      readonly planFile: boolean;
    }
  | { readonly kind: 'invalid'; readonly problems: readonly DefinitionProblem[] };

export const isDefinitionRefusal = (value: object): value is DefinitionRefusal =>
  'kind' in value &&
  ['plan-not-found', 'forbidden', 'not-found', 'plan-file', 'clash', 'invalid'].includes(
    String((value as { kind: unknown }).kind),
  );

/** What the definition form offers: the plan's goals, organisations and activities. */
export interface DefinitionChoices {
  readonly canDefine: boolean;
  readonly goals: readonly { readonly number: number; readonly title: string }[];
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly activities: readonly {
    readonly id: string;
    readonly title: string;
    readonly goal: number;
    readonly organisationId: string;
  }[];
  /** Ids of the indicators defined in the tab (those Samordning may change here). */
  readonly defined: readonly string[];
}

async function planOf(deps: DefinitionDeps, planId?: string): Promise<Plan | DefinitionRefusal> {
  const plan = await resolvePlan(deps.store, planId);
  return plan;
}

const isPlan = (value: Plan | DefinitionRefusal): value is Plan => !('kind' in value);

async function contextOf(deps: DefinitionDeps, plan: Plan) {
  const [activities, organisations] = await Promise.all([
    deps.store.activities.list({ planId: plan.id }),
    deps.store.organisations.list(),
  ]);
  return {
    goals: plan.goals,
    activities,
    organisations,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
  };
}

/** The form's choices; only Samordning gets the activities and may define (`canDefine`). */
export async function definitionChoices(
  deps: DefinitionDeps,
  user: Member,
  planId?: string,
): Promise<DefinitionChoices | DefinitionRefusal> {
  const plan = await planOf(deps, planId);
  if (!isPlan(plan)) return plan;
  const canDefine = isSamordning(user);
  if (!canDefine) {
    return { canDefine, goals: [], organisations: [], activities: [], defined: [] };
  }
  const [context, defined] = await Promise.all([
    contextOf(deps, plan),
    deps.indicators.definitions.list(plan.id),
  ]);
  return {
    canDefine,
    goals: plan.goals.map((g) => ({ number: g.number, title: g.title })),
    organisations: context.organisations.map((o) => ({ id: o.id, name: o.name })),
    activities: context.activities.map((a) => ({
      id: a.id,
      title: a.title,
      goal: a.goal,
      organisationId: a.organisationId,
    })),
    defined: defined.filter((d) => d.removedAt === null).map((d) => d.id),
  };
}

/** A free id for a new definition: its name's, with a number when a removed one holds it. */
function freeId(
  base: string,
  plan: Plan,
  defined: readonly IndicatorDefinition[],
): string | DefinitionRefusal {
  const fromFile = (plan.indicators ?? []).find((m) => m.id === base);
  if (fromFile !== undefined) {
    return { kind: 'clash', id: base, name: fromFile.name, planFile: true };
  }
  const active = defined.find((d) => d.id === base && d.removedAt === null);
  if (active !== undefined) return { kind: 'clash', id: base, name: active.name, planFile: false };
  let id = base;
  for (let n = 2; defined.some((d) => d.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

async function checked(
  deps: DefinitionDeps,
  user: Member,
  input: IndicatorDefinitionInput,
  planId: string | undefined,
) {
  if (!isSamordning(user)) return { kind: 'forbidden' } as const;
  const plan = await planOf(deps, planId);
  if (!isPlan(plan)) return plan;
  const parsed = parseDefinitionInput(input, await contextOf(deps, plan));
  if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems } as const;
  const defined = await deps.indicators.definitions.list(plan.id);
  return { plan, fields: parsed.fields, defined };
}

/** The tab's definition `id` of the plan, or why it cannot be changed here. */
function ownDefinition(
  plan: Plan,
  defined: readonly IndicatorDefinition[],
  id: string,
): IndicatorDefinition | DefinitionRefusal {
  const fromFile = (plan.indicators ?? []).find((m) => m.id === id);
  if (fromFile !== undefined) return { kind: 'plan-file', name: fromFile.name };
  const own = defined.find((d) => d.id === id && d.removedAt === null);
  return own ?? { kind: 'not-found' };
}

/**
 * Samordning creates an indicator of the plan (`id` null; the current plan unless named) or
 * changes one defined in the tab (its id, and so its values, stay).
 */
export async function saveDefinition(
  deps: DefinitionDeps,
  user: Member,
  id: string | null,
  input: IndicatorDefinitionInput,
  now: Date,
  planId?: string,
): Promise<IndicatorDefinition | DefinitionRefusal> {
  const ready = await checked(deps, user, input, planId);
  if ('kind' in ready) return ready;
  const stamp = { updatedByName: user.name, updatedAt: now.toISOString() };
  if (id !== null) {
    const own = ownDefinition(ready.plan, ready.defined, id);
    if (isDefinitionRefusal(own)) return own;
    return deps.indicators.definitions.save({ ...own, ...ready.fields, ...stamp });
  }
  const free = freeId(definitionId(ready.fields.name), ready.plan, ready.defined);
  if (typeof free !== 'string') return free;
  return deps.indicators.definitions.save({
    ...ready.fields,
    id: free,
    planId: ready.plan.id,
    ...stamp,
    removedAt: null,
  });
}

/** Samordning removes a definition made in the tab; it is kept, marked, with its values. */
export async function removeDefinition(
  deps: DefinitionDeps,
  user: Member,
  id: string,
  now: Date,
  planId?: string,
): Promise<IndicatorDefinition | DefinitionRefusal> {
  if (!isSamordning(user)) return { kind: 'forbidden' };
  const plan = await planOf(deps, planId);
  if (!isPlan(plan)) return plan;
  const own = ownDefinition(plan, await deps.indicators.definitions.list(plan.id), id);
  if (isDefinitionRefusal(own)) return own;
  return deps.indicators.definitions.save({
    ...own,
    updatedByName: user.name,
    updatedAt: now.toISOString(),
    removedAt: now.toISOString(),
  });
}
