/**
 * Dialogue meetings of a follow-up round (issue 15 item 7, decision 0033): the plan's biennial
 * follow-up "genom dialog" is held as one meeting between Samordning and each organisation.
 * A dialogue meeting is a Meeting of kind 'dialog' whose round is the follow-up round (it owns
 * none), inviting exactly one organisation. Pure: the service (dialogue-service.ts) reads the
 * store and stores what this module builds.
 */
import { roundPeriod } from '../follow-up-round';
import { isValidOn, nameOn } from '../organisations/organisation-history';
import { cleanLine } from '../text/clean-text';
import type { Organisation, ReportingRound } from '../types';
import { isLocalDate, isLocalTime, localDateOf, localToUtc } from './local-time';
import { DEFAULT_SCHEDULE, type Meeting } from './meeting';
import {
  MEETING_LIMITS,
  meetingProblems,
  type MeetingInput,
  type MeetingProblem,
  type ValidationContext,
} from './validation';

/** One organisation's dialogue meeting as Samordning fills it in (local date and times). */
export interface DialogueSlot {
  readonly organisationId: string;
  /** `YYYY-MM-DD`, local. */
  readonly date: string;
  /** `HH:MM`, local. */
  readonly startTime: string;
  readonly endTime: string;
  /** The Teams meeting's join link, or null. */
  readonly teamsLink: string | null;
}

/** One thing wrong with one organisation's dialogue; the edge words it (meeting-messages.ts). */
export type DialogueProblem = {
  readonly organisationId: string;
  /** Its name on the dialogue's date (today's name when the date is not valid; else the id). */
  readonly organisationName: string;
} & (
  | { readonly code: 'unknown-organisation' }
  /** The organisation did not exist on that day (it ended in a merge, or began later). */
  | { readonly code: 'organisation-not-valid'; readonly date: string }
  /** The same organisation twice in one request. */
  | { readonly code: 'duplicate' }
  /** The round already has a planned dialogue with it at another time: move that one. */
  | { readonly code: 'already-planned'; readonly meetingId: string; readonly startsAt: string }
  | { readonly code: 'meeting'; readonly problem: MeetingProblem }
);

/** The theme every dialogue meeting of a round gets (Swedish data, like round titles). */
export function dialogueTheme(round: Pick<ReportingRound, 'title'>): string {
  return `Dialogmöte: ${round.title}`.slice(0, MEETING_LIMITS.theme);
}

/** '' when the local date/time is not valid (validation then says "ange en giltig tid"). */
function instant(date: string, time: string, timeZone: string): string {
  return isLocalDate(date) && isLocalTime(time)
    ? localToUtc(date, time, timeZone).toISOString()
    : '';
}

/** The slot as the meeting input the shared validation checks. */
export function dialogueInput(
  round: Pick<ReportingRound, 'title'>,
  slot: DialogueSlot,
  timeZone: string,
): MeetingInput {
  const link = slot.teamsLink === null ? '' : cleanLine(slot.teamsLink).trim();
  return {
    kind: 'dialog',
    startsAt: instant(slot.date, slot.startTime, timeZone),
    endsAt: instant(slot.date, slot.endTime, timeZone),
    theme: dialogueTheme(round),
    agenda: '',
    constellation: { kind: 'organisations', organisationIds: [slot.organisationId] },
    teamsLink: link === '' ? null : link,
    schedule: DEFAULT_SCHEDULE,
  };
}

/** A dialogue meeting whose day lies outside its round's period, or [] (local dates). */
export function outsideRoundProblems(
  round: ReportingRound,
  input: Pick<MeetingInput, 'kind' | 'startsAt'>,
  timeZone: string,
): MeetingProblem[] {
  if (input.kind !== 'dialog' || Number.isNaN(Date.parse(input.startsAt))) return [];
  const { from, to } = roundPeriod(round);
  const day = localDateOf(input.startsAt, timeZone);
  return day < from || day > to ? [{ field: 'startsAt', code: 'outside-round', from, to }] : [];
}

/** The organisation a dialogue invites (a dialogue invites exactly one). */
export function dialogueOrganisation(meeting: Pick<Meeting, 'constellation'>): string | null {
  const c = meeting.constellation;
  return c.kind === 'organisations' && c.organisationIds.length === 1
    ? (c.organisationIds[0] ?? null)
    : null;
}

/** The organisation a dialogue invites, under the name it had on the dialogue's day (0030). */
export function dialogueOrganisationOn(
  meeting: Pick<Meeting, 'constellation' | 'startsAt'>,
  organisations: readonly Organisation[],
  timeZone: string,
): { readonly id: string; readonly name: string } {
  const id = dialogueOrganisation(meeting) ?? '';
  const organisation = organisations.find((o) => o.id === id);
  const day = localDateOf(meeting.startsAt, timeZone);
  return { id, name: organisation === undefined ? id : nameOn(organisation, day) };
}

export interface DialogueCheck {
  /** The meetings to create (without id, version and times of storing). */
  readonly inputs: readonly { readonly slot: DialogueSlot; readonly input: MeetingInput }[];
  /** Slots that repeat a stored planned dialogue exactly: nothing to do (idempotent). */
  readonly existing: readonly Meeting[];
  readonly problems: readonly DialogueProblem[];
}

/**
 * Everything wrong with the slots of one follow-up round, checked together: each organisation
 * known and existing on its day, at most once, not already in the round at another time, and
 * each meeting valid (a working day within working hours and the round's period, a https link,
 * not at the same time as a samordningsgrupp meeting — two dialogues may run side by side).
 */
export function checkDialogues(
  round: ReportingRound,
  slots: readonly DialogueSlot[],
  organisations: readonly Organisation[],
  ctx: ValidationContext,
): DialogueCheck {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const timeZone = ctx.settings.timeZone;
  const planned = ctx.meetings.filter(
    (m) => m.kind === 'dialog' && m.status === 'planned' && m.roundId === round.id,
  );
  const problems: DialogueProblem[] = [];
  const inputs: { slot: DialogueSlot; input: MeetingInput }[] = [];
  const existing: Meeting[] = [];
  const seen = new Set<string>();
  for (const slot of slots) {
    const organisation = byId.get(slot.organisationId);
    const day = isLocalDate(slot.date) ? slot.date : null;
    const organisationName =
      organisation === undefined
        ? slot.organisationId
        : day === null
          ? organisation.name
          : nameOn(organisation, day);
    const about = { organisationId: slot.organisationId, organisationName };
    if (organisation === undefined) {
      problems.push({ ...about, code: 'unknown-organisation' });
      continue;
    }
    if (seen.has(organisation.id)) {
      problems.push({ ...about, code: 'duplicate' });
      continue;
    }
    seen.add(organisation.id);
    const input = dialogueInput(round, slot, timeZone);
    const stored = planned.find((m) => dialogueOrganisation(m) === organisation.id);
    if (stored !== undefined) {
      if (
        stored.startsAt === input.startsAt &&
        stored.endsAt === input.endsAt &&
        stored.teamsLink === input.teamsLink
      ) {
        existing.push(stored);
      } else {
        problems.push({
          ...about,
          code: 'already-planned',
          meetingId: stored.id,
          startsAt: stored.startsAt,
        });
      }
      continue;
    }
    if (day !== null && !isValidOn(organisation, day)) {
      problems.push({ ...about, code: 'organisation-not-valid', date: day });
    }
    const meetingIssues = [
      ...meetingProblems(input, { ...ctx, organisationIds: new Set(byId.keys()) }),
      ...outsideRoundProblems(round, input, timeZone),
    ];
    problems.push(
      ...meetingIssues.map((problem) => ({ ...about, code: 'meeting' as const, problem })),
    );
    inputs.push({ slot, input });
  }
  return { inputs, existing, problems };
}
