import type { AddedAgendaItem, AgendaItem, DecisionKind, MeetingDecision } from './minutes-types';
import { DECISION_KINDS } from './minutes-types';

export const MINUTES_LIMITS = { note: 2000, what: 500, title: 200, added: 20 } as const;

/** One thing wrong with what Samordning entered; the edge turns it into a Swedish message. */
export type MinutesProblem =
  | { readonly field: 'agendaItemId'; readonly code: 'unknown' }
  | { readonly field: 'kind'; readonly code: 'invalid' }
  | { readonly field: 'what'; readonly code: 'required' | 'too-long' }
  | { readonly field: 'note'; readonly code: 'too-long' }
  | { readonly field: 'organisationId'; readonly code: 'unknown' | 'required' }
  | { readonly field: 'dueDate'; readonly code: 'invalid' | 'required' | 'before-meeting' }
  | { readonly field: 'order'; readonly code: 'unknown-item' | 'duplicate' }
  | { readonly field: 'added'; readonly code: 'title-required' | 'too-long' | 'too-many' };

export interface DecisionInput {
  readonly agendaItemId: string;
  readonly note: string;
  readonly kind: string;
  readonly what: string;
  readonly organisationId: string | null;
  readonly dueDate: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a decision for the given agenda: an action needs what, who and by when
 * (not before the meeting's date); a decision needs what; both may carry a note.
 */
export function decisionProblems(
  input: DecisionInput,
  context: {
    readonly agenda: readonly AgendaItem[];
    readonly organisationIds: ReadonlySet<string>;
    readonly meetingDate: string;
  },
): MinutesProblem[] {
  const problems: MinutesProblem[] = [];
  if (!context.agenda.some((i) => i.id === input.agendaItemId))
    problems.push({ field: 'agendaItemId', code: 'unknown' });
  const kind = input.kind as DecisionKind;
  if (!DECISION_KINDS.includes(kind)) problems.push({ field: 'kind', code: 'invalid' });
  const what = input.what.trim();
  if (what === '') problems.push({ field: 'what', code: 'required' });
  else if (what.length > MINUTES_LIMITS.what) problems.push({ field: 'what', code: 'too-long' });
  if (input.note.trim().length > MINUTES_LIMITS.note)
    problems.push({ field: 'note', code: 'too-long' });
  if (input.organisationId !== null && !context.organisationIds.has(input.organisationId))
    problems.push({ field: 'organisationId', code: 'unknown' });
  if (kind === 'action' && input.organisationId === null)
    problems.push({ field: 'organisationId', code: 'required' });
  if (input.dueDate === null) {
    if (kind === 'action') problems.push({ field: 'dueDate', code: 'required' });
  } else if (!isDate(input.dueDate)) problems.push({ field: 'dueDate', code: 'invalid' });
  else if (input.dueDate < context.meetingDate)
    problems.push({ field: 'dueDate', code: 'before-meeting' });
  return problems;
}

/** The decision to store for valid input (the activity comes from the agenda item). */
export function toDecision(
  input: DecisionInput,
  agenda: readonly AgendaItem[],
  meta: Pick<
    MeetingDecision,
    'id' | 'meetingId' | 'recordedByUserId' | 'recordedByName' | 'recordedAt'
  >,
): MeetingDecision {
  const item = agenda.find((i) => i.id === input.agendaItemId);
  return {
    ...meta,
    agendaItemId: input.agendaItemId,
    activityId: item?.activityId ?? null,
    note: input.note.trim(),
    kind: input.kind as DecisionKind,
    what: input.what.trim(),
    organisationId: input.organisationId,
    dueDate: input.dueDate,
  };
}

/**
 * What is wrong with an order and added items: the order names known items (built or added)
 * at most once; an added item has a title of at most 200 characters; at most 20 added.
 */
export function agendaEditProblems(
  order: readonly string[],
  added: readonly AddedAgendaItem[],
  builtIds: ReadonlySet<string>,
): MinutesProblem[] {
  const problems: MinutesProblem[] = [];
  if (added.length > MINUTES_LIMITS.added) problems.push({ field: 'added', code: 'too-many' });
  if (added.some((a) => a.title.trim() === ''))
    problems.push({ field: 'added', code: 'title-required' });
  if (added.some((a) => a.title.trim().length > MINUTES_LIMITS.title))
    problems.push({ field: 'added', code: 'too-long' });
  const known = new Set([...builtIds, ...added.map((a) => a.id)]);
  if (order.some((id) => !known.has(id))) problems.push({ field: 'order', code: 'unknown-item' });
  if (new Set(order).size !== order.length) problems.push({ field: 'order', code: 'duplicate' });
  return problems;
}

/** The decisions that concern one organisation, by due date (undated last), then recorded. */
export function decisionsFor(
  decisions: readonly MeetingDecision[],
  organisationId: string,
): MeetingDecision[] {
  return decisions
    .filter((d) => d.organisationId === organisationId)
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.recordedAt.localeCompare(b.recordedAt),
    );
}

/**
 * The open actions an organisation's samordnare is reminded of: due on or after `today`
 * ("Att göra till <datum>: …" in the next reminder).
 */
export function openActionsFor(
  decisions: readonly MeetingDecision[],
  organisationId: string,
  today: string,
): MeetingDecision[] {
  return decisionsFor(decisions, organisationId).filter(
    (d) => d.kind === 'action' && d.dueDate !== null && d.dueDate >= today,
  );
}
