import { resolvedPlanOrUndefined } from '../domain/services/resolve-plan';
import type { Clock } from '../domain/ports/clock.port';
import type { OutboxJob } from '../domain/ports/outbox.port';
import {
  recipientCounts,
  recipientLines,
  type RecipientLine,
  type RecipientState,
} from '../domain/delivery/recipient-states';
import type { StorePort } from '../domain/ports/store.port';
import { localToUtc } from '../domain/meetings/local-time';
import type { Meeting, ScheduleStep, StepState } from '../domain/meetings/meeting';
import { roundProgress, type OrganisationProgress } from '../domain/meetings/progress';
import type { PlannedStep } from '../domain/meetings/schedule';
import { plannedSteps } from '../rhythm/dialogue-rhythm';
import { rhythmWarning, type RhythmWarning } from '../domain/meetings/validation';
import { openRound } from '../domain/reporting';
import { reminderKindLabels, type ReminderKindView } from './reminder-kind-labels';
import type { RhythmServices } from './rhythm-services';
import { teamChannelState, type TeamChannelWait } from './team-channel';

/** One person's line for a meeting's reminders, with her name (Samordning only). */
export interface RecipientView extends RecipientLine {
  readonly name: string;
}

export interface ReminderSummary {
  /** How many people are in each state: one per person, never one per message. */
  readonly counts: Readonly<Record<RecipientState, number>>;
  /** One line per person with the current state (names, object ids): Samordning only, absent for everyone else. */
  readonly recipients?: readonly RecipientView[];
}

export interface StepView {
  readonly step: ScheduleStep;
  readonly at: string;
  readonly outcome: 'done' | 'skipped' | null;
  /** A due summary that waits for a team channel: why (Samordning chooses one in Möten). */
  readonly waiting?: TeamChannelWait;
}

export interface MeetingView {
  readonly meeting: Meeting;
  readonly steps: readonly StepView[];
  readonly progress: readonly OrganisationProgress[];
  readonly snapshotTakenAt: string | null;
  /** Null while the runtime provides no outbox. */
  readonly reminders: ReminderSummary | null;
}

export interface MeetingsOverview {
  readonly year: number;
  readonly warning: RhythmWarning | null;
  readonly meetings: readonly MeetingView[];
  /** Every reminder kind with its labels: the tab names steps and reminders from these. */
  readonly reminderKinds: readonly ReminderKindView[];
  /** The meeting whose round is open now and the organisations that still have to report. */
  readonly current: {
    readonly meeting: Meeting;
    readonly unreported: readonly OrganisationProgress[];
  } | null;
}

export interface ViewDeps {
  readonly store: StorePort;
  readonly rhythm: RhythmServices;
  readonly clock: Clock;
}

/** Who looks: names and object ids of people are for Samordning only; everyone else gets counts. */
export interface Viewer {
  readonly samordning: boolean;
}

function summarise(
  jobs: readonly OutboxJob[],
  names: ReadonlyMap<string, string> | null,
): ReminderSummary {
  const lines = recipientLines(jobs);
  const counts = recipientCounts(lines);
  if (names === null) return { counts };
  return {
    counts,
    recipients: lines.map((line) => ({ ...line, name: names.get(line.userId) ?? line.userId })),
  };
}

/** The meeting whose round is open now, if any. */
export async function currentMeeting(deps: ViewDeps): Promise<Meeting | null> {
  const plan = await resolvedPlanOrUndefined(deps.store);
  if (plan === undefined) return null;
  const round = openRound(await deps.store.rounds.list(plan.id), deps.clock.now());
  if (round === null) return null;
  const meeting = await deps.rhythm.meetings.findByRound(round.id);
  return meeting !== undefined && meeting.status === 'planned' ? meeting : null;
}

/**
 * A calendar year's meetings with the rhythm warning, progress, steps and reminder status.
 * Who each reminder was for and where it stands (name, object id) only when `viewer` is
 * Samordning; everyone else sees the counts per state.
 */
export async function loadMeetingsOverview(
  deps: ViewDeps,
  year: number,
  viewer: Viewer,
): Promise<MeetingsOverview> {
  const { timeZone } = deps.rhythm.settings;
  const all = await deps.rhythm.meetings.listMeetings();
  const from = localToUtc(`${year}-01-01`, '00:00', timeZone).toISOString();
  const to = localToUtc(`${year + 1}-01-01`, '00:00', timeZone).toISOString();
  const inYear = all.filter((m) => m.startsAt >= from && m.startsAt < to);
  const names = viewer.samordning
    ? new Map((await deps.store.members.list()).map((m) => [m.userId, m.name]))
    : null;
  const outbox = deps.rhythm.delivery?.outbox ?? null;
  const now = deps.clock.now().toISOString();
  const channel = await teamChannelState(deps.rhythm.channel);
  const wait: TeamChannelWait | null = channel.kind === 'chosen' ? null : channel.kind;
  // The steps as the scheduler runs them (a dialogue's wait for its follow-up round to open).
  const stepsOf = (
    meeting: Meeting,
    planned: readonly PlannedStep[],
    recorded: readonly StepState[],
  ): StepView[] =>
    planned.map((s) => {
      const outcome =
        recorded.find((r) => r.revision === meeting.revision && r.step === s.step)?.outcome ?? null;
      // A due summary the scheduler could not post yet: no channel to post it to.
      const due = meeting.status === 'planned' && s.at <= now && now < meeting.startsAt;
      return wait !== null && s.step === 'summary' && outcome === null && due
        ? { ...s, outcome, waiting: wait }
        : { ...s, outcome };
    });
  const meetings = await Promise.all(
    inYear.map(async (meeting): Promise<MeetingView> => {
      const [planned, recorded, progress, snapshot, jobs] = await Promise.all([
        plannedSteps({ store: deps.store, ...deps.rhythm }, meeting),
        deps.rhythm.meetings.listSteps(meeting.id),
        roundProgress(deps.store, meeting),
        deps.rhythm.meetings.getSnapshot(meeting.id),
        outbox === null ? Promise.resolve(null) : outbox.list({ groupKey: meeting.id }),
      ]);
      return {
        meeting,
        steps: stepsOf(meeting, planned, recorded),
        progress,
        snapshotTakenAt: snapshot?.takenAt ?? null,
        reminders: jobs === null ? null : summarise(jobs, names),
      };
    }),
  );
  const current = await currentMeeting(deps);
  return {
    year,
    warning: rhythmWarning(all, year, timeZone),
    meetings,
    reminderKinds: reminderKindLabels(),
    current:
      current === null
        ? null
        : {
            meeting: current,
            unreported: (await roundProgress(deps.store, current)).filter((p) => p.unreported > 0),
          },
  };
}
