import {
  DEMO_HISTORY_MEETINGS,
  DEMO_HISTORY_PREFIX,
  demoHistory,
  type DemoHistoryMeeting,
} from '../catalog/demo-history';
import type { Clock } from '../ports/clock.port';
import type { MeetingStore } from '../ports/meeting-store.port';
import type { OutboxJobInput, OutboxMessage, OutboxStore } from '../ports/outbox.port';
import type { StorePort } from '../ports/store.port';
import { buildSnapshot, type OrganisationProgress } from './progress';
import { localDateOf } from './local-time';
import type { Meeting } from './meeting';
import { kindOfStep, type ReminderKindName } from '../reminders/reminder-kinds';
import type { RhythmSettings } from './schedule';
import type { WorkingDayCalendar } from './working-days';

/** Renders the history's reminders as the scheduler would have (the rhythm's renderer fits). */
export interface DemoReminderRenderer {
  reminder(input: {
    readonly kind: ReminderKindName;
    readonly meeting: Meeting;
    readonly tabUrl: string | null;
    readonly progress: OrganisationProgress | null;
  }): OutboxMessage;
}

export interface DemoHistoryDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly clock: Clock;
  readonly settings: RhythmSettings;
  readonly calendar: WorkingDayCalendar;
  /** Where the history's reminders are recorded as sent; none without a runtime outbox. */
  readonly delivery?: { readonly outbox: OutboxStore } | null;
  readonly renderer?: DemoReminderRenderer;
}

/** Who "sent" the history's reminders (the outbox claim owner). */
const OWNER = 'demo-history';
const ANCHOR = new RegExp(`^${DEMO_HISTORY_PREFIX}(\\d{4}-\\d{2}-\\d{2})-\\d+$`);

function messageOf(text: string): OutboxMessage {
  return { text: `${text} (demo)`, summary: text };
}

function historyJobs(deps: DemoHistoryDeps, entry: DemoHistoryMeeting): OutboxJobInput[] {
  const meeting = { ...entry.meeting, version: 1 };
  return entry.reminders.map((r) => {
    const kind = kindOfStep(r.step)?.kind ?? r.step;
    return {
      key: `${meeting.id}:r${meeting.revision}:${r.step}:${r.userId}`,
      groupKey: meeting.id,
      kind,
      recipient: { kind: 'user', userId: r.userId },
      message:
        deps.renderer?.reminder({ kind, meeting, tabUrl: null, progress: r.progress }) ??
        messageOf(`Påminnelse inför mötet: ${meeting.theme}`),
      dueAt: r.at,
      expiresAt: meeting.startsAt,
    };
  });
}

/** Enqueues the jobs and books them sent a minute after they were due (already sent: nothing). */
async function recordSent(outbox: OutboxStore, jobs: readonly OutboxJobInput[]): Promise<void> {
  const byDue = new Map<string, OutboxJobInput[]>();
  for (const job of jobs) byDue.set(job.dueAt, [...(byDue.get(job.dueAt) ?? []), job]);
  for (const [dueAt, group] of byDue) {
    const keys = new Set<string>();
    for (const job of group) {
      const { job: stored } = await outbox.enqueue(job, dueAt);
      if (stored.status === 'pending') keys.add(stored.key);
    }
    if (keys.size === 0) continue;
    // Claimed "as of" the past instant, so only jobs due by then qualify; others go back.
    const claimed = await outbox.claimDue(OWNER, dueAt, 60_000, 10_000);
    const sentAt = new Date(new Date(dueAt).getTime() + 60_000).toISOString();
    for (const job of claimed) {
      if (keys.has(job.key)) await outbox.markSent(job.key, OWNER, sentAt);
      else await outbox.release?.(job.key, OWNER);
    }
  }
}

/**
 * Demo mode only: writes the demo history (catalog/demo-history.ts) through the ports — the
 * past meetings and their rounds, the reports, the reminders as sent, each meeting's snapshot
 * frozen at the meeting's own start, and every step as done, so the scheduler leaves them be.
 * Idempotent: a restart (on any later day) reads the anchor day back from the meetings' ids and
 * writes the same records, which the stores take as no-ops. Needs the demo activities; a store
 * with the earlier demo's past meetings (`demo-mote-1` …) is left as it is. Returns the number
 * of meetings created.
 */
export async function seedDemoHistory(deps: DemoHistoryDeps, planId: string): Promise<number> {
  const existing = await deps.meetings.listMeetings({ planId });
  if (existing.some((m) => /^demo-mote-\d+$/.test(m.id))) return 0;
  const activities = (await deps.store.activities.list({ planId })).filter((a) => a.demo);
  if (activities.length === 0) return 0;
  const ours = existing.filter((m) => ANCHOR.test(m.id));
  const newest = ours.at(-1);
  if (
    ours.length === DEMO_HISTORY_MEETINGS &&
    newest !== undefined &&
    (await deps.meetings.listSteps(newest.id)).some((s) => s.step === 'close')
  ) {
    return 0; // written completely before (the steps are written last)
  }
  const anchorDay =
    ours.map((m) => ANCHOR.exec(m.id)?.[1]).find((day) => day !== undefined) ??
    localDateOf(deps.clock.now(), deps.settings.timeZone);
  const [organisations, members] = await Promise.all([
    deps.store.organisations.list(),
    deps.store.members.list(),
  ]);
  const withBase = [];
  for (const activity of activities) {
    const [base] = await deps.store.reports.history(activity.id);
    withBase.push({ activity, base: base ?? null });
  }
  const history = demoHistory({
    planId,
    anchorDay,
    settings: deps.settings,
    calendar: deps.calendar,
    activities: withBase,
    organisations,
    members,
  });
  const known = new Set(existing.map((m) => m.id));
  let created = 0;
  for (const entry of history) {
    // A meeting that exists stays as it is (Samordning may have changed it since).
    if (!known.has(entry.meeting.id)) {
      await deps.meetings.createMeeting(entry.meeting);
      await deps.store.rounds.upsert(entry.round);
      created += 1;
    }
    for (const { report, key } of entry.reports) await deps.store.reports.append(report, key);
  }
  for (const entry of history) {
    const jobs = historyJobs(deps, entry);
    if (deps.delivery) await recordSent(deps.delivery.outbox, jobs);
    const meeting = { ...entry.meeting, version: 1 };
    const close = entry.steps.find((s) => s.step === 'close')?.at ?? meeting.startsAt;
    // After every round's reports are in: the snapshot leaves out what came after the meeting.
    await deps.meetings.saveSnapshot(await buildSnapshot(deps.store, meeting, close));
    for (const { step, at } of entry.steps) {
      const count =
        step === 'open' || step === 'nudge'
          ? entry.reminders.filter((r) => r.step === step).length
          : 0;
      // The day-before summary needs a team channel Samordning chose; the demo has none, so it
      // went as the scheduler does then: skipped at the meeting (nothing posted anywhere).
      await deps.meetings.recordStep({
        meetingId: meeting.id,
        revision: meeting.revision,
        step,
        outcome: step === 'summary' ? 'skipped' : 'done',
        jobs: deps.delivery ? count : 0,
        at: step === 'summary' ? meeting.startsAt : at,
      });
    }
  }
  return created;
}
