import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  loadStatusList,
  isRefusal,
  nextUnreportedActivity,
  openReportForm,
  submitReport,
  confirmUnchanged,
  confirmAllUnchanged,
  unchangedCandidates,
  type Refusal,
  type StatusListView,
} from '../../domain/services/status-service';
import {
  buildAllUnchangedConfirmCard,
  buildAllUnchangedDoneCard,
} from '../cards/all-unchanged-card';
import { buildStatusFormCard } from '../cards/status-form-card';
import { buildStatusListCard } from '../cards/status-list-card';
import { buildStatusMessageCard } from '../cards/status-message-card';
import { buildStatusSavedCard } from '../cards/status-saved-card';
import { evidenceHostsText, outcomeInputOf } from '../../domain/outcomes/outcome';
import {
  indicatorFieldProblems,
  indicatorInputId,
  reportIndicatorFields,
  saveReportIndicatorValues,
  indicatorName,
  type ReportIndicatorField,
  type TypedIndicatorValues,
} from '../../domain/services/report-indicators';
import type { Activity, ReportingRound } from '../../domain/types';
import { notRegisteredText } from '../not-registered';
import type { TurnInfo } from '../turn';
import type { ActionContext, StatusDeps } from './action-context';
import type { ActionResult } from './invoke-response';
import {
  allUnchangedAskData,
  allUnchangedConfirmData,
  doneData,
  listData,
  openData,
  submitData,
  typedIndicatorValues,
  unchangedData,
} from './verbs';

const newId = (): string => randomUUID();

/** The status service's first arguments for this turn: store, clock and the caller's user id. */
const caller = (deps: StatusDeps, ctx: ActionContext) =>
  [deps.store, deps.clock, ctx.turn.userId] as const;

/** A plain message card (title and text, with a way back to the round's list when `roundId`). */
function messageCard(
  t: TurnInfo['t'],
  title: string,
  text: string,
  roundId: string | null,
): ActionResult {
  return { kind: 'card', card: buildStatusMessageCard({ t, title, text, roundId }) };
}

/** The card that confirms a saved report (`unchanged`: copied from the previous round). */
function savedCard(
  turn: TurnInfo,
  saved: Pick<Parameters<typeof buildStatusSavedCard>[0], 'activity' | 'round' | 'report'> & {
    readonly syncPending?: boolean;
  },
  unchanged: boolean,
  edited = false,
  indicatorValues: Parameters<typeof buildStatusSavedCard>[0]['indicatorValues'] = [],
): ActionResult {
  return {
    kind: 'card',
    card: buildStatusSavedCard({
      t: turn.t,
      language: turn.language,
      activity: saved.activity,
      round: saved.round,
      report: saved.report,
      offerNext: true,
      unchanged,
      edited,
      indicatorValues,
      syncPending: saved.syncPending === true,
    }),
  };
}

/** The report form card, in the language of the turn. */
function formCard(
  turn: TurnInfo,
  form: Omit<Parameters<typeof buildStatusFormCard>[0], 't' | 'language'>,
): ActionResult {
  return {
    kind: 'card',
    card: buildStatusFormCard({ t: turn.t, language: turn.language, ...form }),
  };
}

/** The indicator fields the form offers the sender for the activity in the round. */
async function indicatorFields(
  deps: StatusDeps,
  ctx: ActionContext,
  activity: Activity,
  round: ReportingRound,
): Promise<readonly ReportIndicatorField[]> {
  if (deps.indicators === undefined || deps.indicators === null || ctx.turn.userId === null) {
    return [];
  }
  const member = await deps.store.members.get(ctx.turn.userId);
  return reportIndicatorFields(deps.indicators, member, activity, round);
}

/** The indicator fields of the activity and round a submit names (none when either is unknown). */
async function submittedFields(
  deps: StatusDeps,
  ctx: ActionContext,
  target: { activityId: string; roundId: string },
): Promise<readonly ReportIndicatorField[]> {
  if (deps.indicators === undefined || deps.indicators === null) return [];
  const [activity, round] = await Promise.all([
    deps.store.activities.get(target.activityId),
    deps.store.rounds.get(target.roundId),
  ]);
  if (activity === undefined || round === undefined) return [];
  return indicatorFields(deps, ctx, activity, round);
}

/** The fields as the card shows them: the typed value when given, else the stored one. */
const indicatorInputs = (
  fields: readonly ReportIndicatorField[],
  typed: TypedIndicatorValues | null,
) =>
  fields.map((field) => ({
    inputId: indicatorInputId(field.indicatorId),
    name: field.name,
    nameEn: field.nameEn,
    unit: field.unit,
    value: typed === null ? field.stored : (typed[field.indicatorId] ?? ''),
  }));

/** What the report form of the activity in the round shows, or the refusal as a card. */
async function loadForm(
  deps: StatusDeps,
  ctx: ActionContext,
  target: { activityId: string; roundId: string },
) {
  const form = await openReportForm(...caller(deps, ctx), target.activityId, target.roundId);
  return isRefusal(form) ? refusalCard(ctx.turn, form, target.roundId) : form;
}

/** A refusal as a card the user can act on (never an error string from the code). */
export function refusalCard(
  turn: TurnInfo,
  refusal: Refusal,
  roundId: string | null,
): ActionResult {
  const { t } = turn;
  const message = (title: string, text: string): ActionResult =>
    messageCard(t, title, text, roundId);
  switch (refusal.kind) {
    case 'unknown-user':
    case 'no-organisation':
      return message(
        t('status.title'),
        refusal.askSamordning === undefined
          ? t(
              refusal.kind === 'unknown-user'
                ? 'status.unknownUser'
                : 'myActivities.noOrganisation',
            )
          : notRegisteredText(t, refusal.askSamordning),
      );
    case 'no-open-round':
      return message(t('status.noRound.title'), t('status.noRound.text'));
    case 'not-found':
      return message(t('status.title'), t('status.notFound'));
    case 'forbidden':
      return message(t('status.title'), t('status.forbidden'));
    case 'round-closed':
      return message(t('status.title'), t('status.roundClosed', { round: refusal.round.title }));
    case 'key-reused':
      return message(t('status.title'), t('status.keyReused'));
  }
}

/** Parses `data` with a verb's schema; a forged or broken payload gets the Swedish "invalid" card. */
function parse<S extends z.ZodTypeAny>(schema: S, ctx: ActionContext): z.infer<S> | ActionResult {
  const parsed = schema.safeParse(ctx.data);
  if (parsed.success) return parsed.data as z.infer<S>;
  const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
  const { t } = ctx.turn;
  return messageCard(
    t,
    t('status.title'),
    tooLong ? t('status.problem.text-too-long') : t('status.problem.invalid'),
    null,
  );
}

function isResult(value: unknown): value is ActionResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    ['card', 'message', 'error'].includes(String((value as { kind: unknown }).kind))
  );
}

/** A stand-in's list carries its organisation in its actions; one's own list needs none. */
function standInOrganisation(view: StatusListView): string {
  return (view.onBehalfOf ?? null) === null ? '' : view.organisation.id;
}

function listCard(ctx: ActionContext, view: StatusListView, page: number): ActionResult {
  return {
    kind: 'card',
    card: buildStatusListCard({
      t: ctx.turn.t,
      language: ctx.turn.language,
      view,
      page,
      requesterId: ctx.senderId,
    }),
  };
}

/** The caller's list for the round (the open one by default), or a stand-in's organisation's. */
function ownStatusList(
  deps: StatusDeps,
  ctx: ActionContext,
  roundId: string | undefined,
  organisationId: string | null | undefined,
) {
  return loadStatusList(...caller(deps, ctx), roundId, organisationId ?? undefined);
}

/** The list card for the open round (the "status" command and the list/refresh verbs). */
export async function statusList(
  deps: StatusDeps,
  ctx: ActionContext,
  roundId?: string,
  page = 0,
  organisationId?: string,
): Promise<ActionResult> {
  const view = await ownStatusList(deps, ctx, roundId, organisationId);
  if (isRefusal(view)) return refusalCard(ctx.turn, view, null);
  return listCard(ctx, view, page);
}

export async function onList(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const data = parse(listData, ctx);
  if (isResult(data)) return data;
  return statusList(deps, ctx, data.roundId, data.page, data.organisationId ?? undefined);
}

export async function onOpen(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const data = parse(openData, ctx);
  if (isResult(data)) return data;
  const form = await loadForm(deps, ctx, data);
  if (isResult(form)) return form;
  const { activity, round, latest, editing } = form;
  const fields = await indicatorFields(deps, ctx, activity, round);
  return formCard(ctx.turn, {
    activity,
    round,
    indicators: indicatorInputs(fields, null),
    values: {
      status: latest?.status ?? 'pagar',
      done: latest?.done ?? '',
      next: latest?.next ?? '',
      reason: latest?.reason ?? '',
      outcome: outcomeInputOf(latest?.outcome),
    },
    baseReportId: latest?.id ?? '',
    submissionId: newId(),
    problems: [],
    conflict: null,
    editing,
  });
}

/** The next activity of the organisation that has no report in the round, after `current`. */
/** "Nästa aktivitet": the form of the first activity after `activityId` with no report in the round. */
export async function onNext(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const data = parse(openData, ctx);
  if (isResult(data)) return data;
  const current = await deps.store.activities.get(data.activityId);
  if (current === undefined) return refusalCard(ctx.turn, { kind: 'not-found' }, data.roundId);
  const next = await nextUnreportedActivity(deps.store, current, data.roundId);
  if (next === null) {
    const { t } = ctx.turn;
    return messageCard(
      t,
      t('status.allReported.title'),
      t('status.allReported.text'),
      data.roundId,
    );
  }
  return onOpen(deps, { ...ctx, data: { activityId: next.id, roundId: data.roundId } });
}

export async function onSubmit(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const data = parse(submitData, ctx);
  if (isResult(data)) return data;
  const outcome = {
    result: data.outcomeResult,
    reached: data.outcomeReached,
    target: data.outcomeTarget,
    unit: data.outcomeUnit,
    links: data.outcomeLinks,
  };
  const { t } = ctx.turn;
  const values = { status: data.status, done: data.done, next: data.next, reason: data.reason };
  const editingLabel = data.editing === true || data.editing === 'true';
  // Indicator values (decision 0032) are checked first: a refused one stores nothing at all.
  // A card without indicator fields costs no read.
  const typed = typedIndicatorValues(ctx.data);
  const fields = Object.keys(typed).length === 0 ? [] : await submittedFields(deps, ctx, data);
  const indicatorProblems = indicatorFieldProblems(fields, typed);
  if (indicatorProblems.length > 0) {
    const form = await loadForm(deps, ctx, data);
    if (isResult(form)) return form;
    return formCard(ctx.turn, {
      activity: form.activity,
      round: form.round,
      values: { ...values, outcome },
      editing: editingLabel,
      baseReportId: data.baseReportId,
      submissionId: data.submissionId,
      problems: indicatorProblems.map((p) =>
        t('status.problem.indicator', {
          name: indicatorName(p, ctx.turn.language),
          message: ctx.turn.language === 'sv' ? p.message : p.messageEn,
        }),
      ),
      conflict: null,
      indicators: indicatorInputs(fields, typed),
    });
  }
  const result = await submitReport(
    deps.store,
    deps.clock,
    ctx.turn.userId,
    {
      activityId: data.activityId,
      roundId: data.roundId,
      baseReportId: data.baseReportId,
      status: data.status,
      done: data.done,
      next: data.next,
      reason: data.reason,
      outcome,
      idempotencyKey: `report:${data.submissionId}`,
    },
    newId,
    deps.evidenceHosts ?? null,
  );
  switch (result.kind) {
    case 'saved': {
      const member =
        ctx.turn.userId === null ? undefined : await deps.store.members.get(ctx.turn.userId);
      const stored =
        deps.indicators === undefined || deps.indicators === null || member === undefined
          ? []
          : (
              await saveReportIndicatorValues(
                deps.indicators,
                member,
                result.round,
                fields,
                typed,
                deps.clock.now(),
              )
            ).saved;
      const indicatorValues = fields
        .filter((field) => stored.includes(field.indicatorId))
        .map((field) => ({
          name: indicatorName(field, ctx.turn.language),
          unit: field.unit,
          value: (typed[field.indicatorId] ?? '').trim(),
        }));
      return savedCard(ctx.turn, result, false, result.edited, indicatorValues);
    }
    case 'invalid':
    case 'conflict': {
      // The result carries what the form shows again: nothing is read a second time.
      const conflict = result.kind === 'conflict' ? result.latest : null;
      return formCard(ctx.turn, {
        activity: result.activity,
        round: result.round,
        values: { ...values, outcome },
        indicators: indicatorInputs(fields, typed),
        // A report that came in between in this round makes the form an edit of it.
        editing: conflict === null ? editingLabel : conflict.roundId === result.round.id,
        baseReportId: conflict?.id ?? data.baseReportId,
        submissionId: conflict === null ? data.submissionId : newId(),
        problems:
          result.kind === 'invalid'
            ? result.problems.map((p) =>
                // The link refusal names the hosts a link may point to (decision 0027).
                t(`status.problem.${p}`, {
                  hosts: evidenceHostsText(deps.evidenceHosts ?? null),
                }),
              )
            : [],
        conflict,
      });
    }
    default:
      return refusalCard(ctx.turn, result, data.roundId);
  }
}

export async function onUnchanged(deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const data = parse(unchangedData, ctx);
  if (isResult(data)) return data;
  const result = await confirmUnchanged(
    ...caller(deps, ctx),
    {
      activityId: data.activityId,
      roundId: data.roundId,
      idempotencyKey: `unchanged:${data.submissionId}:${data.activityId}`,
    },
    newId,
  );
  const { t } = ctx.turn;
  if (result.kind === 'nothing-to-copy') {
    return messageCard(t, t('status.title'), t('status.nothingToCopy'), data.roundId);
  }
  if (result.kind !== 'saved') return refusalCard(ctx.turn, result, data.roundId);
  return savedCard(ctx.turn, result, true);
}

export async function onAllUnchangedAsk(
  deps: StatusDeps,
  ctx: ActionContext,
): Promise<ActionResult> {
  const data = parse(allUnchangedAskData, ctx);
  if (isResult(data)) return data;
  const view = await ownStatusList(deps, ctx, data.roundId, data.organisationId);
  if (isRefusal(view)) return refusalCard(ctx.turn, view, data.roundId);
  return {
    kind: 'card',
    card: buildAllUnchangedConfirmCard({
      t: ctx.turn.t,
      round: view.round,
      activities: unchangedCandidates(view).map((i) => i.activity),
      submissionId: newId(),
      organisationId: standInOrganisation(view),
    }),
  };
}

export async function onAllUnchangedConfirm(
  deps: StatusDeps,
  ctx: ActionContext,
): Promise<ActionResult> {
  const data = parse(allUnchangedConfirmData, ctx);
  if (isResult(data)) return data;
  const result = await confirmAllUnchanged(
    ...caller(deps, ctx),
    {
      roundId: data.roundId,
      idempotencyKey: `all-unchanged:${data.submissionId}`,
      ...(data.organisationId === null ? {} : { organisationId: data.organisationId }),
    },
    newId,
  );
  if (result.kind !== 'saved') return refusalCard(ctx.turn, result, data.roundId);
  return {
    kind: 'card',
    card: buildAllUnchangedDoneCard({
      t: ctx.turn.t,
      round: result.view.round,
      confirmed: result.confirmed,
      organisationId: standInOrganisation(result.view),
    }),
  };
}

export async function onDone(_deps: StatusDeps, ctx: ActionContext): Promise<ActionResult> {
  const { t } = ctx.turn;
  const data = doneData.safeParse(ctx.data);
  if (data.success && data.data.cancelled === true) {
    return messageCard(t, t('status.cancelled.title'), t('status.cancelled.text'), null);
  }
  return messageCard(t, t('status.done.title'), t('status.done.text'), null);
}
