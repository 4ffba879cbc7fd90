import { localDateOf } from '../meetings/local-time';
import type { Meeting } from '../meetings/meeting';
import { invitedOrganisations, roundProgress } from '../meetings/progress';
import { buildAgenda, type AgendaActivityState } from '../minutes/agenda';
import {
  agendaEditProblems,
  decisionProblems,
  toDecision,
  type DecisionInput,
  type MinutesProblem,
} from '../minutes/decisions';
import type {
  AddedAgendaItem,
  AgendaEdits,
  AgendaItem,
  MeetingDecision,
} from '../minutes/minutes-types';
import type { MeetingStore } from '../ports/meeting-store.port';
import type { MinutesStore } from '../ports/minutes-store.port';
import type { StorePort } from '../ports/store.port';
import type { Member, Organisation } from '../types';

/** What the agenda and decisions need: the store, the meetings and the minutes. */
export interface MinutesDeps {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly minutes: MinutesStore;
  readonly timeZone: string;
}

export interface LoadedAgenda {
  readonly kind: 'agenda';
  readonly meeting: Meeting;
  readonly items: readonly AgendaItem[];
  readonly edits: AgendaEdits | null;
  readonly organisations: readonly Organisation[];
}

export type MinutesRefusal =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'invalid'; readonly problems: readonly MinutesProblem[] };

export const isMinutesRefusal = <T extends object>(v: T | MinutesRefusal): v is MinutesRefusal =>
  'kind' in v && (v.kind === 'not-found' || v.kind === 'forbidden' || v.kind === 'invalid');

const isSamordning = (user: Member): boolean => user.roles.includes('samordning');

/**
 * The agenda's inputs read through the ports: the latest report of every activity of the
 * invited organisations (status and reason) and the round's not-reported count per
 * organisation (roundProgress, the existing not-reported logic).
 */
export async function agendaItems(
  deps: Pick<MinutesDeps, 'store'>,
  meeting: Meeting,
  edits: AgendaEdits | undefined,
): Promise<{ items: AgendaItem[]; organisations: Organisation[] }> {
  const organisations = invitedOrganisations(
    meeting.constellation,
    await deps.store.organisations.list(),
  );
  const invited = new Set(organisations.map((o) => o.id));
  const activities = (await deps.store.activities.list({ planId: meeting.planId })).filter((a) =>
    invited.has(a.organisationId),
  );
  const [latest, progress] = await Promise.all([
    deps.store.reports.latest({ activityIds: activities.map((a) => a.id) }),
    roundProgress(deps.store, meeting),
  ]);
  const byActivity = new Map(latest.map((r) => [r.activityId, r]));
  const states: AgendaActivityState[] = activities.map((a) => {
    const report = byActivity.get(a.id);
    return {
      activityId: a.id,
      organisationId: a.organisationId,
      title: a.title,
      status: report?.status ?? null,
      reason: report?.reason ?? '',
    };
  });
  return {
    items: buildAgenda({
      theme: meeting.theme,
      activities: states,
      notReported: progress,
      organisations,
      edits,
    }),
    organisations,
  };
}

export async function loadAgenda(
  deps: MinutesDeps,
  meetingId: string,
): Promise<LoadedAgenda | MinutesRefusal> {
  const meeting = await deps.meetings.getMeeting(meetingId);
  if (meeting === undefined) return { kind: 'not-found' };
  const edits = await deps.minutes.getAgenda(meetingId);
  const { items, organisations } = await agendaItems(deps, meeting, edits);
  return { kind: 'agenda', meeting, items, edits: edits ?? null, organisations };
}

/** Samordning's order and added items; anyone else is refused, bad input stores nothing. */
export async function saveAgenda(
  deps: MinutesDeps,
  user: Member,
  meetingId: string,
  input: { readonly order: readonly string[]; readonly added: readonly AddedAgendaItem[] },
  now: Date,
): Promise<LoadedAgenda | MinutesRefusal> {
  if (!isSamordning(user)) return { kind: 'forbidden' };
  const meeting = await deps.meetings.getMeeting(meetingId);
  if (meeting === undefined) return { kind: 'not-found' };
  const built = await agendaItems(deps, meeting, undefined);
  const added = input.added.map((a) => ({ id: a.id, title: a.title.trim() }));
  const problems = agendaEditProblems(input.order, added, new Set(built.items.map((i) => i.id)));
  if (problems.length > 0) return { kind: 'invalid', problems };
  await deps.minutes.saveAgenda({
    meetingId,
    order: [...input.order],
    added,
    updatedAt: now.toISOString(),
    updatedByName: user.name,
  });
  return loadAgenda(deps, meetingId);
}

/** A decision or action for an agenda item, recorded once per id (a retry stores nothing). */
export async function recordDecision(
  deps: MinutesDeps,
  user: Member,
  meetingId: string,
  input: DecisionInput,
  id: string,
  now: Date,
): Promise<{ kind: 'recorded'; decision: MeetingDecision; created: boolean } | MinutesRefusal> {
  if (!isSamordning(user)) return { kind: 'forbidden' };
  const loaded = await loadAgenda(deps, meetingId);
  if (isMinutesRefusal(loaded)) return loaded;
  const all = await deps.store.organisations.list();
  const problems = decisionProblems(input, {
    agenda: loaded.items,
    organisationIds: new Set(all.map((o) => o.id)),
    meetingDate: localDateOf(loaded.meeting.startsAt, deps.timeZone),
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  const result = await deps.minutes.recordDecision(
    toDecision(input, loaded.items, {
      id,
      meetingId,
      recordedByUserId: user.userId,
      recordedByName: user.name,
      recordedAt: now.toISOString(),
    }),
  );
  return { kind: 'recorded', ...result };
}

export interface LoadedMinutes extends Omit<LoadedAgenda, 'kind'> {
  readonly kind: 'minutes';
  readonly decisions: readonly MeetingDecision[];
  /** Every organisation (a decision may name one outside the constellation). */
  readonly allOrganisations: readonly Organisation[];
}

/** The agenda with the decisions recorded for it: the minutes (protokoll). */
export async function loadMinutes(
  deps: MinutesDeps,
  meetingId: string,
): Promise<LoadedMinutes | MinutesRefusal> {
  const loaded = await loadAgenda(deps, meetingId);
  if (isMinutesRefusal(loaded)) return loaded;
  const [decisions, allOrganisations] = await Promise.all([
    deps.minutes.listDecisions({ meetingId }),
    deps.store.organisations.list(),
  ]);
  return { ...loaded, kind: 'minutes', decisions, allOrganisations };
}

/**
 * The meeting a Dagordning is for when the tab asks for "nasta": the next planned
 * samordningsgrupp meeting that has not ended yet (the one in progress during the meeting).
 */
export async function nextMeetingId(
  deps: Pick<MinutesDeps, 'meetings'>,
  now: Date,
): Promise<string | undefined> {
  const iso = now.toISOString();
  return (await deps.meetings.listMeetings()).find(
    (m) => m.status === 'planned' && m.kind === 'samordningsgrupp' && m.endsAt > iso,
  )?.id;
}
