import { resolvedPlanOrUndefined } from './resolve-plan';
import type { Clock } from '../ports/clock.port';
import { ConflictError, type StorePort } from '../ports/store.port';
import { canActFor } from '../reporting';
import { cleanLine, cleanText } from '../text/clean-text';
import type { Activity, ActivityDraft, Member, Organisation, Plan } from '../types';
import { samordningNames } from '../people/reporter';
import type { Refusal } from './status-service';

export interface ActivityInput extends ActivityDraft {
  /** '' for a new activity. */
  readonly activityId: string;
  /** The version the form was opened at (0 for new). */
  readonly version: number;
  /** One user action: a repeated submit creates one activity. */
  readonly submissionId: string;
  readonly goal: number;
  readonly strategyId: string;
}

export type ActivityProblem =
  | 'title-required'
  | 'unknown-goal'
  | 'unknown-strategy'
  | 'unknown-tag'
  | 'unknown-heading'
  | 'dates-reversed';

/**
 * The texts of an activity as they are stored (clean-text.ts): one-line fields (title, owner,
 * partners) with forbidden and bidi characters removed and white space collapsed, the
 * description cleaned and trimmed; partners left empty by cleaning are dropped. Pure.
 */
export function cleanActivityInput(input: ActivityInput): ActivityInput {
  return {
    ...input,
    title: cleanLine(input.title),
    description: cleanText(input.description).trim(),
    owner: cleanLine(input.owner),
    partners: input.partners.map(cleanLine).filter((partner) => partner !== ''),
  };
}

/** Checks a cleaned activity against its plan's catalog. Pure. */
export function activityProblems(plan: Plan, input: ActivityInput): ActivityProblem[] {
  const problems: ActivityProblem[] = [];
  if (input.title.trim() === '') problems.push('title-required');
  const goal = plan.goals.find((g) => g.number === input.goal);
  if (goal === undefined) problems.push('unknown-goal');
  else if (input.strategyId !== '' && !goal.strategies.some((s) => s.id === input.strategyId)) {
    problems.push('unknown-strategy');
  }
  const known = (ids: readonly string[], entries: readonly { id: string }[]) =>
    ids.every((id) => entries.some((e) => e.id === id));
  if (
    !known(input.focusAreaIds, plan.focusAreas) ||
    !known(input.perspectiveIds, plan.perspectives) ||
    !known(input.targetGroupIds, plan.targetGroups)
  ) {
    problems.push('unknown-tag');
  }
  // Headings and prevention levels are the activity's own plan's (decision 0028), not a fixed list.
  if (
    !plan.headings.some((h) => h.id === input.heading) ||
    (input.preventionLevel !== null &&
      !plan.preventionLevels.some((l) => l.id === input.preventionLevel))
  ) {
    problems.push('unknown-heading');
  }
  if (input.startDate !== null && input.endDate !== null && input.endDate < input.startDate) {
    problems.push('dates-reversed');
  }
  return problems;
}

/** What the activity form needs. `activityId` null: a new activity for the sender's organisation. */
export async function openActivityForm(
  store: StorePort,
  userId: string | Member | null,
  activityId: string | null,
): Promise<Refusal | { plan: Plan; organisation: Organisation; activity: Activity | null }> {
  // A Member is the caller as the tab API resolved it (token roles); an id is a Teams sender.
  const member =
    userId === null || typeof userId === 'object'
      ? (userId ?? undefined)
      : await store.members.get(userId);
  if (member === undefined)
    return { kind: 'unknown-user', askSamordning: await samordningNames(store) };
  const activity = activityId === null ? null : ((await store.activities.get(activityId)) ?? null);
  if (activityId !== null && activity === null) return { kind: 'not-found' };
  const organisationId = activity?.organisationId ?? member.organisationId;
  if (organisationId === null)
    return { kind: 'no-organisation', askSamordning: await samordningNames(store) };
  if (!canActFor(member, organisationId)) return { kind: 'forbidden' };
  const [organisation, plan] = await Promise.all([
    store.organisations.get(organisationId),
    resolvedPlanOrUndefined(store, activity?.planId),
  ]);
  if (organisation === undefined || plan === undefined) return { kind: 'not-found' };
  return { plan, organisation, activity };
}

export type SaveActivityResult =
  | Refusal
  | {
      kind: 'invalid';
      problems: readonly ActivityProblem[];
      plan: Plan;
      organisation: Organisation;
      activity: Activity | null;
    }
  | { kind: 'conflict'; current: Activity; plan: Plan; organisation: Organisation }
  | { kind: 'saved'; activity: Activity; created: boolean };

/**
 * Creates or edits an activity. A samordnare acts for their own organisation only,
 * Samordning for all. Edits are optimistic: a stale version is a conflict, nothing lost.
 * The texts are cleaned before the rules apply, so a title of only forbidden characters is
 * refused as missing.
 */
export async function saveActivity(
  store: StorePort,
  clock: Clock,
  userId: string | Member | null,
  raw: ActivityInput,
): Promise<SaveActivityResult> {
  const form = await openActivityForm(store, userId, raw.activityId === '' ? null : raw.activityId);
  if ('kind' in form) return form;
  const { plan, organisation, activity } = form;
  const input = cleanActivityInput(raw);
  const problems = activityProblems(plan, input);
  if (problems.length > 0) return { kind: 'invalid', problems, plan, organisation, activity };
  const now = clock.now().toISOString();
  const fields = {
    planId: plan.id,
    organisationId: organisation.id,
    goal: input.goal,
    strategyId: input.strategyId === '' ? null : input.strategyId,
    heading: input.heading,
    title: input.title,
    description: input.description,
    focusAreaIds: [...input.focusAreaIds],
    perspectiveIds: [...input.perspectiveIds],
    targetGroupIds: [...input.targetGroupIds],
    preventionLevel: input.preventionLevel,
    direction: input.direction,
    partners: [...input.partners],
    owner: input.owner,
    startDate: input.startDate,
    endDate: input.endDate,
  };
  try {
    if (activity === null) {
      const id = `akt-${input.submissionId}`;
      const existing = await store.activities.get(id);
      // A repeated submit answers with what it created; the same submission id for another
      // organisation (copied from someone else's card) is refused, as for status reports.
      if (existing !== undefined) {
        return existing.organisationId === organisation.id
          ? { kind: 'saved', activity: existing, created: false }
          : { kind: 'key-reused' };
      }
      const created = await store.activities.create({
        id,
        ...fields,
        demo: false,
        createdAt: now,
        updatedAt: now,
      });
      return { kind: 'saved', activity: created, created: true };
    }
    const updated = await store.activities.update(
      { ...activity, ...fields, updatedAt: now },
      input.version,
    );
    return { kind: 'saved', activity: updated, created: false };
  } catch (error) {
    if (!(error instanceof ConflictError) || activity === null) throw error;
    const current = await store.activities.get(activity.id);
    if (current === undefined) throw error;
    return { kind: 'conflict', current, plan, organisation };
  }
}
