/**
 * Plans the dialogue meetings of a follow-up round (issue 15 item 7, decision 0033): one per
 * organisation, in the round's period, also afterwards (a past follow-up's dialogues are
 * recorded; they get no reminders). All or nothing: one problem stores none of them. Repeating
 * a stored dialogue exactly is a no-op, so a retried request creates nothing twice.
 */
import type { MeetingStore } from '../ports/meeting-store.port';
import type { ReportingRound } from '../types';
import { checkDialogues, type DialogueProblem, type DialogueSlot } from './dialogue';
import type { Meeting } from './meeting';
import type { MeetingDeps } from './meeting-service';

export type DialogueOutcome =
  | {
      readonly kind: 'saved';
      /** The round's dialogues asked for: created now or (exactly the same) stored before. */
      readonly meetings: readonly Meeting[];
      readonly created: number;
    }
  | { readonly kind: 'refused'; readonly problems: readonly DialogueProblem[] }
  /** The round is a samordningsgrupp meeting's round, not a follow-up round. */
  | { readonly kind: 'not-follow-up' };

/** The checked slots, ready to store: `store` creates them (nothing is stored before). */
export type DialoguePlan =
  | { readonly kind: 'refused'; readonly problems: readonly DialogueProblem[] }
  | { readonly kind: 'not-follow-up' }
  | {
      readonly kind: 'ready';
      readonly store: () => Promise<{ meetings: readonly Meeting[]; created: number }>;
    };

/**
 * Checks the slots against the store (organisations, every meeting) without writing; `round`
 * may be one that is not stored yet (a new round and its dialogues are checked together).
 */
export async function prepareDialogues(
  deps: MeetingDeps,
  round: ReportingRound,
  slots: readonly DialogueSlot[],
): Promise<DialoguePlan> {
  if (round.kind !== 'uppfoljning') return { kind: 'not-follow-up' };
  const [organisations, meetings] = await Promise.all([
    deps.store.organisations.list(),
    deps.meetings.listMeetings(),
  ]);
  const check = checkDialogues(round, slots, organisations, {
    now: deps.clock.now(),
    settings: deps.settings,
    calendar: deps.calendar,
    organisationIds: new Set(organisations.map((o) => o.id)),
    meetings,
  });
  if (check.problems.length > 0) return { kind: 'refused', problems: check.problems };
  return {
    kind: 'ready',
    store: async () => {
      const now = deps.clock.now().toISOString();
      const created: Meeting[] = [];
      for (const { input } of check.inputs) {
        created.push(
          await deps.meetings.createMeeting({
            id: `dialog-${deps.newId()}`,
            planId: round.planId,
            ...input,
            status: 'planned',
            roundId: round.id,
            revision: 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
      const all = [...check.existing, ...created].sort(
        (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
      );
      return { meetings: all, created: created.length };
    },
  };
}

/** Plans the dialogues of a stored follow-up round. */
export async function planDialogues(
  deps: MeetingDeps,
  round: ReportingRound,
  slots: readonly DialogueSlot[],
): Promise<DialogueOutcome> {
  const plan = await prepareDialogues(deps, round, slots);
  if (plan.kind !== 'ready') return plan;
  return { kind: 'saved', ...(await plan.store()) };
}

/** A plan's dialogue meetings (cancelled ones included) by round id, each by start: one read. */
export async function dialoguesByRound(
  meetings: Pick<MeetingStore, 'listMeetings'>,
  planId: string,
): Promise<ReadonlyMap<string, readonly Meeting[]>> {
  const byRound = new Map<string, Meeting[]>();
  for (const m of await meetings.listMeetings({ planId })) {
    if (m.kind !== 'dialog') continue;
    const list = byRound.get(m.roundId);
    if (list === undefined) byRound.set(m.roundId, [m]);
    else list.push(m);
  }
  return byRound;
}

/** A round's dialogue meetings (cancelled ones included), by start. */
export async function roundDialogues(
  meetings: Pick<MeetingStore, 'listMeetings'>,
  round: Pick<ReportingRound, 'id' | 'planId'>,
): Promise<Meeting[]> {
  return [...((await dialoguesByRound(meetings, round.planId)).get(round.id) ?? [])];
}
