import type { MeetingStore } from '../domain/ports/meeting-store.port';
import type { MinutesStore } from '../domain/ports/minutes-store.port';
import { openActionsFor } from '../domain/minutes/decisions';
import { agendaItems } from '../domain/services/minutes-service';
import type { LeaseStore, OutboxJobInput, OutboxStore } from '../domain/ports/outbox.port';
import type { StorePort } from '../domain/ports/store.port';
import type { Meeting, ScheduleStep } from '../domain/meetings/meeting';
import {
  CLOSE_STEP,
  kindOfStep,
  reminderKind,
  type ReminderKindName,
} from '../domain/reminders/reminder-kinds';
import { freezeInstant } from '../domain/meetings/freeze';
import { buildSnapshot, invitedOrganisations, roundProgress } from '../domain/meetings/progress';
import { peopleToday, reminderRecipients } from '../domain/people/stand-ins';
import { validOn } from '../domain/organisations/organisation-history';
import type { RhythmSettings } from '../domain/meetings/schedule';
import type { WorkingDayCalendar } from '../domain/meetings/working-days';
import type { Logger } from '../logging';
import { dialogueRoundTitle, plannedSteps } from './dialogue-rhythm';
import type { ReminderRenderer } from './reminder-renderer';
import { teamChannelState, type TeamChannelRuntime } from '../meetings/team-channel';

export interface SchedulerDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly outbox: OutboxStore;
  readonly leases: LeaseStore;
  /** The conversations and Samordning's choice of the team channel (for the summary). */
  readonly channel: TeamChannelRuntime;
  readonly renderer: ReminderRenderer;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  /** This instance's id (lease owner). */
  readonly owner: string;
  readonly tabUrl: () => string | null;
  readonly logger?: Logger;
  /** Agenda edits and decisions (decision 0025): the summary's Dagordning, reminders' actions. */
  readonly minutes?: MinutesStore;
}

export const SCHEDULER_LEASE = 'scheduler-tick';
const LEASE_TTL_MS = 60_000;

export interface Expansion {
  readonly meetingId: string;
  readonly step: ScheduleStep;
  /**
   * done and skipped are recorded with the meeting; waiting is not (the summary has no team
   * channel to go to yet: the next tick tries again, until the meeting begins).
   */
  readonly outcome: 'done' | 'skipped' | 'waiting';
  readonly jobs: number;
}

export interface TickResult {
  /** False when another instance held the lease. */
  readonly ran: boolean;
  readonly expansions: readonly Expansion[];
}

/** `${meetingId}:r${revision}:${what}:${who}` — the same reminder always gets the same key. */
export function jobKey(meeting: Meeting, what: string, who: string): string {
  return `${meeting.id}:r${meeting.revision}:${what}:${who}`;
}

/**
 * One reminder per samordnare of the invited organisations (`onlyUnreported`: those not done),
 * from the member list as it is now; a samordnare away on `dueAt`'s day is replaced by her
 * stand-in (decision 0022), whose key names the organisation too.
 */
export async function personalReminders(
  deps: Pick<SchedulerDeps, 'store' | 'renderer' | 'tabUrl' | 'minutes'>,
  meeting: Meeting,
  kind: ReminderKindName,
  keyPart: string,
  dueAt: string,
): Promise<OutboxJobInput[]> {
  const [members, organisations, progress, standIns, decisions, roundTitle] = await Promise.all([
    deps.store.members.list(),
    deps.store.organisations.list(),
    roundProgress(deps.store, meeting),
    deps.store.standIns.list(),
    deps.minutes?.listDecisions() ?? Promise.resolve([]),
    dialogueRoundTitle(deps.store, meeting),
  ]);
  const progressBy = new Map(progress.map((p) => [p.organisationId, p]));
  const day = peopleToday(new Date(dueAt));
  // No reminder for an organisation that has ended by the reminder's day (decision 0030).
  const existing = new Set(validOn(organisations, day).map((o) => o.id));
  const targets = (
    reminderKind(kind).audience === 'invited'
      ? invitedOrganisations(meeting.constellation, organisations).map((o) => o.id)
      : progress.filter((p) => p.unreported > 0).map((p) => p.organisationId)
  ).filter((id) => existing.has(id));
  const tabUrl = deps.tabUrl();
  // Open actions from earlier meetings: "Att göra till <datum>: …" (decision 0025).
  const actions = (organisationId: string) =>
    openActionsFor(
      decisions.filter((d) => d.meetingId !== meeting.id),
      organisationId,
      day,
    ).map((d) => ({ what: d.what, dueDate: d.dueDate }));
  return reminderRecipients(members, standIns, new Set(targets), day).map((r) => ({
    key: jobKey(
      meeting,
      keyPart,
      r.standingInFor === null ? r.userId : `${r.userId}~${r.organisationId}`,
    ),
    groupKey: meeting.id,
    kind,
    recipient: { kind: 'user', userId: r.userId },
    message: deps.renderer.reminder({
      kind,
      meeting,
      tabUrl,
      roundTitle,
      progress: progressBy.get(r.organisationId) ?? null,
      standingInFor:
        r.standingInFor === null
          ? null
          : { name: r.standingInFor.name, organisationId: r.organisationId },
      actions: actions(r.organisationId),
    }),
    dueAt,
    expiresAt: meeting.startsAt,
  }));
}

/** The day-before summary in the team channel Samordning chose; null while there is none. */
async function summaryJobs(
  deps: SchedulerDeps,
  meeting: Meeting,
  kind: ReminderKindName,
  dueAt: string,
): Promise<OutboxJobInput[] | null> {
  const state = await teamChannelState(deps.channel);
  if (state.kind !== 'chosen') {
    deps.logger?.warn(
      { event: 'summary-waiting', meetingId: meeting.id, reason: state.kind },
      'the summary waits: Samordning has not chosen a team channel (or the app left it)',
    );
    return null;
  }
  const channel = state.conversation.conversationId;
  const progress = await roundProgress(deps.store, meeting);
  const { items, organisations } = await agendaItems(
    deps,
    meeting,
    await deps.minutes?.getAgenda(meeting.id),
  );
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return [
    {
      key: jobKey(meeting, kind, channel),
      groupKey: meeting.id,
      kind,
      recipient: { kind: 'conversation', conversationId: channel },
      message: deps.renderer.summary({
        meeting,
        tabUrl: deps.tabUrl(),
        progress,
        agenda: { items, organisationName: (id) => names.get(id) ?? id },
      }),
      dueAt,
      expiresAt: meeting.startsAt,
    },
  ];
}

/**
 * At the meeting: freeze the snapshot (once) at the close instant `at`, even when this tick
 * comes later (catch-up, a first start), and make sure the round is closed by then.
 */
async function closeRound(
  deps: SchedulerDeps,
  meeting: Meeting,
  at: string,
  now: string,
): Promise<void> {
  const frozenAt = freezeInstant(at, now);
  await deps.meetings.saveSnapshot(await buildSnapshot(deps.store, meeting, frozenAt));
  const round = await deps.store.rounds.get(meeting.roundId);
  if (round !== undefined && round.closesAt > frozenAt) {
    await deps.store.rounds.upsert({ ...round, closesAt: frozenAt });
  }
}

async function runStep(
  deps: SchedulerDeps,
  meeting: Meeting,
  step: ScheduleStep,
  at: string,
  now: string,
): Promise<Expansion> {
  let outcome: 'done' | 'skipped' = 'done';
  let jobs: OutboxJobInput[] = [];
  // The kind planned at this step (domain/reminders/reminder-kinds.ts) says whom it goes to.
  const entry = kindOfStep(step);
  if (step === CLOSE_STEP) {
    await closeRound(deps, meeting, at, now);
  } else if (now >= meeting.startsAt || entry === undefined) {
    // Catch-up never reminds about a meeting that has already begun (nor of a kind removed).
    outcome = 'skipped';
  } else if (entry.audience === 'channel') {
    const summary = await summaryJobs(deps, meeting, entry.kind, at);
    if (summary === null) return { meetingId: meeting.id, step, outcome: 'waiting', jobs: 0 };
    jobs = summary;
  } else {
    jobs = await personalReminders(deps, meeting, entry.kind, step, at);
  }
  // Enqueue before recording: a crash in between re-expands to the same keys (no-ops).
  for (const job of jobs) await deps.outbox.enqueue(job, now);
  await deps.meetings.recordStep({
    meetingId: meeting.id,
    revision: meeting.revision,
    step,
    outcome,
    jobs: jobs.length,
    at: now,
  });
  return { meetingId: meeting.id, step, outcome, jobs: jobs.length };
}

/**
 * One scheduler tick: under the 'scheduler-tick' lease, expands every due and not yet
 * recorded step of every planned meeting into outbox jobs (one per recipient, deterministic
 * keys), so any number of instances and restarts plan each reminder once. A dialogue meeting
 * (decision 0033) has only its personal steps (`plannedSteps`: none before its follow-up round
 * opens): reminders to its one organisation's samordnare about the follow-up round; no
 * summary, no close, no snapshot.
 * Steps missed while the server was down are caught up unless the meeting has begun (a
 * dialogue recorded after it was held gets nothing); a samordningsgrupp meeting's close
 * (snapshot) always happens. The summary waits (unrecorded) while
 * Samordning has not chosen a team channel, and goes out once one is chosen before the meeting.
 */
export async function tick(deps: SchedulerDeps, nowDate: Date): Promise<TickResult> {
  const now = nowDate.toISOString();
  if (!(await deps.leases.acquire(SCHEDULER_LEASE, deps.owner, now, LEASE_TTL_MS))) {
    return { ran: false, expansions: [] };
  }
  const expansions: Expansion[] = [];
  try {
    const meetings = (await deps.meetings.listMeetings()).filter((m) => m.status === 'planned');
    for (const meeting of meetings) {
      const recorded = await deps.meetings.listSteps(meeting.id);
      for (const { step, at } of await plannedSteps(deps, meeting)) {
        if (at > now) continue;
        if (recorded.some((s) => s.revision === meeting.revision && s.step === step)) continue;
        expansions.push(await runStep(deps, meeting, step, at, now));
      }
    }
  } finally {
    await deps.leases.release(SCHEDULER_LEASE, deps.owner);
  }
  return { ran: true, expansions };
}
