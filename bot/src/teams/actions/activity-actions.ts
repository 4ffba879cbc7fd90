import { randomUUID } from 'node:crypto';
import {
  openActivityForm,
  saveActivity,
  type ActivityProblem,
} from '../../domain/services/activity-service';
import { isRefusal, loadStatusList } from '../../domain/services/status-service';
import {
  buildActivityFormCard,
  buildActivitySavedCard,
  type ActivityFormCardInput,
} from '../cards/activity-form-card';
import type { ActionResult } from './invoke-response';
import type { ActionContext, StatusDeps } from './action-context';
import { refusalCard } from './status-actions';
import { editActivityData, saveActivityData } from './verbs';

const PROBLEM_KEYS: Readonly<
  Record<
    ActivityProblem,
    | 'activityForm.problem.title'
    | 'activityForm.problem.unknown-goal'
    | 'activityForm.problem.unknown-strategy'
    | 'activityForm.problem.unknown-tag'
    | 'activityForm.problem.unknown-heading'
    | 'activityForm.problem.dates-reversed'
  >
> = {
  'title-required': 'activityForm.problem.title',
  'unknown-goal': 'activityForm.problem.unknown-goal',
  'unknown-strategy': 'activityForm.problem.unknown-strategy',
  'unknown-tag': 'activityForm.problem.unknown-tag',
  'unknown-heading': 'activityForm.problem.unknown-heading',
  'dates-reversed': 'activityForm.problem.dates-reversed',
};

async function openRoundId(deps: StatusDeps, ctx: ActionContext): Promise<string | null> {
  const view = await loadStatusList(deps.store, deps.clock, ctx.turn.userId);
  return isRefusal(view) ? null : view.round.id;
}

/** The activity form for an opened (or refused) activity: its plan and organisation, the turn's language. */
function formCard(
  ctx: ActionContext,
  opened: Pick<ActivityFormCardInput, 'plan'> & {
    readonly organisation: { readonly name: string };
  },
  fields: Pick<ActivityFormCardInput, 'activity' | 'submissionId' | 'problems' | 'draft'>,
): ActionResult {
  return {
    kind: 'card',
    card: buildActivityFormCard({
      t: ctx.turn.t,
      language: ctx.turn.language,
      plan: opened.plan,
      organisationName: opened.organisation.name,
      ...fields,
    }),
  };
}

async function form(
  deps: StatusDeps,
  ctx: ActionContext,
  activityId: string | null,
): Promise<ActionResult> {
  const opened = await openActivityForm(deps.store, ctx.turn.userId, activityId);
  if ('kind' in opened) return refusalCard(ctx.turn, opened, null);
  return formCard(ctx, opened, {
    activity: opened.activity,
    submissionId: randomUUID(),
    problems: [],
  });
}

/** "Ny aktivitet": an empty form for the sender's organisation. */
export async function onNewActivity(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  return form(deps, ctx, null);
}

export async function onEditActivity(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const parsed = editActivityData.safeParse(ctx.data);
  if (!parsed.success) return refusalCard(ctx.turn, { kind: 'not-found' }, null);
  return form(deps, ctx, parsed.data.activityId);
}

export async function onSaveActivity(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const { t, language } = ctx.turn;
  const parsed = saveActivityData.safeParse(ctx.data);
  if (!parsed.success) {
    const activityId =
      typeof ctx.data === 'object' && ctx.data !== null
        ? (ctx.data as Record<string, unknown>)['activityId']
        : undefined;
    const opened = await openActivityForm(
      deps.store,
      ctx.turn.userId,
      typeof activityId === 'string' && activityId !== '' ? activityId : null,
    );
    if ('kind' in opened) return refusalCard(ctx.turn, opened, null);
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
    const missingTitle = parsed.error.issues.some((issue) => issue.path[0] === 'title');
    return formCard(ctx, opened, {
      activity: opened.activity,
      submissionId: randomUUID(),
      problems: [
        missingTitle
          ? t('activityForm.problem.title')
          : tooLong
            ? t('status.problem.text-too-long')
            : t('status.problem.invalid'),
      ],
    });
  }
  const data = parsed.data;
  const partners = data.partners
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const result = await saveActivity(deps.store, deps.clock, ctx.turn.userId, {
    ...data,
    partners,
    preventionLevel: data.preventionLevel === '' ? null : data.preventionLevel,
  });
  switch (result.kind) {
    case 'saved':
      return {
        kind: 'card',
        card: buildActivitySavedCard({
          t,
          language,
          activity: result.activity,
          created: result.created,
          roundId: await openRoundId(deps, ctx),
        }),
      };
    case 'invalid':
      return formCard(ctx, result, {
        activity: result.activity,
        submissionId: data.submissionId,
        problems: result.problems.map((p) => t(PROBLEM_KEYS[p])),
        // Keep what the user typed; nothing was stored.
        draft: {
          ...data,
          partners,
          strategyId: data.strategyId === '' ? null : data.strategyId,
          preventionLevel: data.preventionLevel === '' ? null : data.preventionLevel,
        },
      });
    case 'conflict':
      return formCard(ctx, result, {
        activity: result.current,
        submissionId: randomUUID(),
        problems: [t('activityForm.problem.conflict')],
      });
    default:
      return refusalCard(ctx.turn, result, null);
  }
}
