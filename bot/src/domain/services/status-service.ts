import { resolvedPlanOrUndefined } from './resolve-plan';
import { resolveReporter, samordningNames, type Reporter } from '../people/reporter';
import { canActFor } from '../reporting';
import { reportingRight, type OnBehalfOf } from '../people/stand-ins';
import type { Clock } from '../ports/clock.port';
import { ConflictError, IdempotencyKeyReusedError, type StorePort } from '../ports/store.port';
import { isRoundOpen, openRound, reportProblems, type ReportProblem } from '../reporting';
import { cleanLine, cleanText } from '../text/clean-text';
import {
  EMPTY_OUTCOME_INPUT,
  parseOutcome,
  type EvidenceHosts,
  type OutcomeInput,
} from '../outcomes/outcome';
import type { Activity, Organisation, ReportingRound, ReportStatus, StatusReport } from '../types';

export interface RoundItem {
  readonly activity: Activity;
  /** The latest report across rounds (what the form is prefilled from). */
  readonly latest: StatusReport | null;
  readonly reportedInRound: boolean;
}

export interface RoundGroup {
  readonly goal: number;
  readonly goalTitle: string;
  readonly items: readonly RoundItem[];
}

export interface StatusListView {
  readonly round: ReportingRound;
  readonly organisation: Organisation;
  readonly groups: readonly RoundGroup[];
  readonly total: number;
  readonly unreported: number;
  /** When the reader reports as a stand-in: the absent samordnare; null (or absent) in her own right. */
  readonly onBehalfOf?: OnBehalfOf;
}

/** Why an action was refused; the edge turns each into a Swedish message. */
export type Refusal =
  /** Not a member and no stand-in: `askSamordning` names whom to ask to be added. */
  | { kind: 'unknown-user'; askSamordning?: readonly string[] }
  /** A member who reports for no organisation (e.g. HR only): whom to ask, as above. */
  | { kind: 'no-organisation'; askSamordning?: readonly string[] }
  | { kind: 'no-open-round' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'round-closed'; round: ReportingRound }
  /** The card's submission id was used before by someone else or for another activity. */
  | { kind: 'key-reused' };

/** The reporter behind a Teams sender id (Entra object id): member and today's stand-ins. */
async function actor(
  store: StorePort,
  clock: Clock,
  userId: string | null,
): Promise<Reporter | Refusal> {
  return resolveReporter(store, clock.now(), userId);
}

/**
 * The organisation whose list the reporter sees unless she asks for another: her own when she
 * may report for it, else the first one she stands in for today; null when there is none.
 */
function defaultOrganisation(reporter: Reporter): string | null {
  const own = reporter.member.organisationId;
  if (own !== null && canActFor(reporter.member, own)) return own;
  return reporter.standIns[0]?.organisationId ?? null;
}

function isRefusal<T extends object>(value: T | Refusal): value is Refusal {
  return (
    'kind' in value &&
    [
      'unknown-user',
      'no-organisation',
      'no-open-round',
      'not-found',
      'forbidden',
      'round-closed',
      'key-reused',
    ].includes(String(value.kind))
  );
}

/**
 * The round and activity a report refers to, checked: exists, open, and the reporter may report
 * on it (in her own right, or as a stand-in: then `onBehalfOf` is the absent samordnare).
 */
async function reportTarget(
  store: StorePort,
  clock: Clock,
  reporter: Reporter,
  activityId: string,
  roundId: string,
): Promise<{ activity: Activity; round: ReportingRound; onBehalfOf: OnBehalfOf } | Refusal> {
  const [activity, round] = await Promise.all([
    store.activities.get(activityId),
    store.rounds.get(roundId),
  ]);
  if (activity === undefined || round === undefined || round.planId !== activity.planId)
    return { kind: 'not-found' };
  const right = reportingRight(reporter.member, reporter.standIns, activity.organisationId);
  if (right === null) return { kind: 'forbidden' };
  if (!isRoundOpen(round, clock.now())) return { kind: 'round-closed', round };
  return { activity, round, onBehalfOf: right.onBehalfOf };
}

/** Who reported: the reporter, and for a stand-in's report the absent samordnare. */
function reportedBy(
  reporter: Reporter,
  onBehalfOf: OnBehalfOf,
): Pick<StatusReport, 'reportedByUserId' | 'reportedByName' | 'onBehalfOf'> {
  return {
    reportedByUserId: reporter.member.userId,
    reportedByName: cleanLine(reporter.member.name),
    ...(onBehalfOf === null
      ? {}
      : { onBehalfOf: { userId: onBehalfOf.userId, name: cleanLine(onBehalfOf.name) } }),
  };
}

/**
 * The status card's content: the activities in the open round (or `roundId`) of the
 * organisation the reporter reports for (or `organisationId`, when she may report for it).
 */
export async function loadStatusList(
  store: StorePort,
  clock: Clock,
  userId: string | null,
  roundId?: string,
  organisationId?: string,
): Promise<StatusListView | Refusal> {
  const reporter = await actor(store, clock, userId);
  if (isRefusal(reporter)) return reporter;
  const chosen = organisationId ?? defaultOrganisation(reporter);
  if (chosen === null)
    return { kind: 'no-organisation', askSamordning: await samordningNames(store) };
  const right = reportingRight(reporter.member, reporter.standIns, chosen);
  if (right === null) return { kind: 'forbidden' };
  const organisation = await store.organisations.get(chosen);
  if (organisation === undefined) return { kind: 'no-organisation' };
  const plan = await resolvedPlanOrUndefined(store);
  if (plan === undefined) return { kind: 'no-open-round' };
  const rounds = await store.rounds.list(plan.id);
  const round =
    roundId === undefined
      ? openRound(rounds, clock.now())
      : (rounds.find((r) => r.id === roundId) ?? null);
  if (round === null) return { kind: 'no-open-round' };

  const activities = await store.activities.list({
    planId: plan.id,
    organisationId: organisation.id,
  });
  const ids = activities.map((a) => a.id);
  const [latest, inRound] = await Promise.all([
    store.reports.latest({ activityIds: ids }),
    store.reports.latest({ activityIds: ids, roundId: round.id }),
  ]);
  const latestBy = new Map(latest.map((r) => [r.activityId, r]));
  const reported = new Set(inRound.map((r) => r.activityId));
  const groups = plan.goals
    .map((goal) => ({
      goal: goal.number,
      goalTitle: goal.title,
      items: activities
        .filter((a) => a.goal === goal.number)
        .map((activity) => ({
          activity,
          latest: latestBy.get(activity.id) ?? null,
          reportedInRound: reported.has(activity.id),
        })),
    }))
    .filter((g) => g.items.length > 0);
  return {
    round,
    organisation,
    groups,
    total: activities.length,
    unreported: activities.length - reported.size,
    onBehalfOf: right.onBehalfOf,
  };
}

/** What the report form shows: the activity, the round, the report to prefill from. */
export interface ReportForm {
  readonly activity: Activity;
  readonly round: ReportingRound;
  /** The latest report (any round): the prefill and the concurrency token. */
  readonly latest: StatusReport | null;
  /**
   * A report for this activity in this round already exists: the form edits it ("Ändra
   * rapport"). The edit is a new report on top; the earlier one stays in the audit trail.
   */
  readonly editing: boolean;
}

/** What the report form needs: the activity, the round, and the latest report to prefill from. */
export async function openReportForm(
  store: StorePort,
  clock: Clock,
  userId: string | null,
  activityId: string,
  roundId: string,
): Promise<ReportForm | Refusal> {
  const reporter = await actor(store, clock, userId);
  if (isRefusal(reporter)) return reporter;
  const target = await reportTarget(store, clock, reporter, activityId, roundId);
  if (isRefusal(target)) return target;
  const [[latest], [inRound]] = await Promise.all([
    store.reports.latest({ activityIds: [activityId] }),
    store.reports.latest({ activityIds: [activityId], roundId }),
  ]);
  return {
    activity: target.activity,
    round: target.round,
    latest: latest ?? null,
    editing: inRound !== undefined,
  };
}

export interface ReportSubmission {
  readonly activityId: string;
  readonly roundId: string;
  /** The latest report's id when the form was opened ('' if none): the optimistic-concurrency token. */
  readonly baseReportId: string;
  /** One user action (one card instance's submit). */
  readonly idempotencyKey: string;
  readonly status: ReportStatus;
  readonly done: string;
  readonly next: string;
  readonly reason: string;
  /** The outcome fields as typed (only a Genomförd report may carry one); absent: none. */
  readonly outcome?: OutcomeInput;
}

export type SubmitResult =
  | Refusal
  /** A rule is broken; nothing was stored. Carries the activity and round to show the form again. */
  | {
      kind: 'invalid';
      problems: readonly ReportProblem[];
      activity: Activity;
      round: ReportingRound;
    }
  /** Someone reported on the activity after the form was opened; nothing was stored. */
  | { kind: 'conflict'; latest: StatusReport; activity: Activity; round: ReportingRound }
  | {
      kind: 'saved';
      report: StatusReport;
      created: boolean;
      /** Saved durably but not yet in the system of record (SharePoint): "sparad, synkas". */
      syncPending: boolean;
      /** The round already had a report on the activity: this one replaces it in the history. */
      edited: boolean;
      activity: Activity;
      round: ReportingRound;
    };

/**
 * Appends a status report. Idempotent per `idempotencyKey`, which is bound to the sender and
 * the activity; refuses (stores nothing) when the sender may not report on the activity, the
 * round is closed, a rule is broken, someone else reported since the form was opened, or the
 * key was used before by someone else or for another activity ('key-reused', which shows
 * nothing of that report). The texts are cleaned (clean-text.ts) before the rules apply.
 */
export async function submitReport(
  store: StorePort,
  clock: Clock,
  userId: string | null,
  submission: ReportSubmission,
  newId: () => string,
  /** Where evidence links may point (configuration); null: any SharePoint. */
  evidenceHosts: EvidenceHosts = null,
): Promise<SubmitResult> {
  const reporter = await actor(store, clock, userId);
  if (isRefusal(reporter)) return reporter;
  const checked = await reportTarget(
    store,
    clock,
    reporter,
    submission.activityId,
    submission.roundId,
  );
  if (isRefusal(checked)) return checked;
  const { onBehalfOf, ...target } = checked;
  // Text hygiene before the rules: a reason of only forbidden characters is no reason.
  const text = {
    done: cleanText(submission.done).trim(),
    next: cleanText(submission.next).trim(),
    reason: cleanText(submission.reason).trim(),
  };
  const outcome = parseOutcome(
    submission.status,
    submission.outcome ?? EMPTY_OUTCOME_INPUT,
    evidenceHosts,
  );
  const problems = [
    ...reportProblems({ status: submission.status, reason: text.reason }),
    ...outcome.problems,
  ];
  if (problems.length > 0) return { kind: 'invalid', problems, ...target };
  const report: StatusReport = {
    id: newId(),
    activityId: submission.activityId,
    roundId: submission.roundId,
    status: submission.status,
    ...text,
    ...reportedBy(reporter, onBehalfOf),
    reportedAt: clock.now().toISOString(),
    ...(outcome.outcome === null ? {} : { outcome: outcome.outcome }),
  };
  try {
    const [earlier] = await store.reports.latest({
      activityIds: [submission.activityId],
      roundId: submission.roundId,
    });
    const {
      report: stored,
      created,
      syncPending,
    } = await store.reports.append(report, submission.idempotencyKey, {
      expectedLatestId: submission.baseReportId === '' ? null : submission.baseReportId,
      userBound: true,
    });
    // A replay finds its own report as the round's latest: an edit only if one came before it.
    const edited = earlier !== undefined && earlier.id !== stored.id;
    return {
      kind: 'saved',
      report: stored,
      created,
      syncPending: syncPending === true,
      edited,
      ...target,
    };
  } catch (error) {
    if (error instanceof IdempotencyKeyReusedError) return { kind: 'key-reused' };
    if (!(error instanceof ConflictError)) throw error;
    const [latest] = await store.reports.latest({ activityIds: [submission.activityId] });
    if (latest === undefined) throw error;
    return { kind: 'conflict', latest, ...target };
  }
}

export type UnchangedResult =
  | Refusal
  /** There is no earlier report to copy. */
  | { kind: 'nothing-to-copy'; activity: Activity }
  | {
      kind: 'saved';
      report: StatusReport;
      created: boolean;
      /** Saved durably but not yet in the system of record (SharePoint): "sparad, synkas". */
      syncPending: boolean;
      activity: Activity;
      round: ReportingRound;
    };

/** "Oförändrat": copies the latest report into this round, reported now by the sender. */
export async function confirmUnchanged(
  store: StorePort,
  clock: Clock,
  userId: string | null,
  input: { activityId: string; roundId: string; idempotencyKey: string },
  newId: () => string,
): Promise<UnchangedResult> {
  const reporter = await actor(store, clock, userId);
  if (isRefusal(reporter)) return reporter;
  const checked = await reportTarget(store, clock, reporter, input.activityId, input.roundId);
  if (isRefusal(checked)) return checked;
  const { onBehalfOf, ...target } = checked;
  const [latest] = await store.reports.latest({ activityIds: [input.activityId] });
  if (latest === undefined) return { kind: 'nothing-to-copy', activity: target.activity };
  // The copy is the reporter's word now: not who reported before, nor for whom.
  const { onBehalfOf: _earlier, ...copied } = latest;
  try {
    const { report, created, syncPending } = await store.reports.append(
      {
        ...copied,
        id: newId(),
        roundId: input.roundId,
        ...reportedBy(reporter, onBehalfOf),
        reportedAt: clock.now().toISOString(),
      },
      input.idempotencyKey,
      { userBound: true },
    );
    return { kind: 'saved', report, created, syncPending: syncPending === true, ...target };
  } catch (error) {
    if (error instanceof IdempotencyKeyReusedError) return { kind: 'key-reused' };
    throw error;
  }
}

/** The activities "Allt oförändrat" would confirm: unreported in the round, with an earlier report to copy. */
export function unchangedCandidates(view: StatusListView): RoundItem[] {
  return view.groups.flatMap((g) => g.items).filter((i) => !i.reportedInRound && i.latest !== null);
}

/** "Allt oförändrat": confirms every candidate; idempotent per key (one key per activity derived from it). */
export async function confirmAllUnchanged(
  store: StorePort,
  clock: Clock,
  userId: string | null,
  input: { roundId: string; idempotencyKey: string; organisationId?: string },
  newId: () => string,
): Promise<Refusal | { kind: 'saved'; confirmed: readonly Activity[]; view: StatusListView }> {
  const view = await loadStatusList(store, clock, userId, input.roundId, input.organisationId);
  if (isRefusal(view)) return view;
  if (!isRoundOpen(view.round, clock.now())) return { kind: 'round-closed', round: view.round };
  const confirmed: Activity[] = [];
  for (const item of unchangedCandidates(view)) {
    const result = await confirmUnchanged(
      store,
      clock,
      userId,
      {
        activityId: item.activity.id,
        roundId: input.roundId,
        idempotencyKey: `${input.idempotencyKey}:${item.activity.id}`,
      },
      newId,
    );
    if (result.kind === 'saved') confirmed.push(item.activity);
  }
  const after = await loadStatusList(store, clock, userId, input.roundId, input.organisationId);
  return { kind: 'saved', confirmed, view: isRefusal(after) ? view : after };
}

export { isRefusal };

/**
 * The activity to offer after `current` ("Nästa aktivitet"): the first of the same
 * organisation's activities in the plan (goal, then title order) with no report in the round.
 * Two reads, so a submit stays cheap.
 */
export async function nextUnreportedActivity(
  store: StorePort,
  current: Activity,
  roundId: string,
): Promise<Activity | null> {
  const activities = await store.activities.list({
    planId: current.planId,
    organisationId: current.organisationId,
  });
  const candidates = activities.filter((a) => a.id !== current.id);
  const reported = new Set(
    (await store.reports.latest({ roundId, activityIds: candidates.map((a) => a.id) })).map(
      (r) => r.activityId,
    ),
  );
  return candidates.find((a) => !reported.has(a.id)) ?? null;
}
