import { z } from 'zod';
import { SUPPORT_AUDIENCES, SUPPORT_CATEGORIES } from '../../domain/support/support-types';
import { REPORT_STATUSES } from '../../domain/types';

/**
 * The Universal Action (Action.Execute) verbs of Samordna's cards and the zod schema of
 * each verb's `data` (the card's static data merged with its input values). Everything
 * in a payload is untrusted: identity and organisation come from the activity's sender,
 * never from here.
 */

/** Longest free text we store in one field ("Vad har gjorts?", "Nästa steg", reason …). */
export const MAX_TEXT = 2000;
export const MAX_TITLE = 200;

const id = z.string().trim().min(1).max(200);
const submissionId = z.string().uuid();
const text = z.string().max(MAX_TEXT).default('');
/** A multi-select ChoiceSet submits its values comma-separated (at most `max` characters). */
const commaList = (max: number) =>
  z
    .string()
    .max(max)
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    );
const idList = commaList(4000);
const localDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/)
  .default('')
  .transform((value) => (value === '' ? null : value));

export const VERBS = {
  list: 'status.list',
  refresh: 'status.refresh',
  open: 'status.open',
  /** Opens the form of the first unreported activity after `activityId`. */
  next: 'status.next',
  submit: 'status.submit',
  unchanged: 'status.unchanged',
  allUnchangedAsk: 'status.allUnchanged.ask',
  allUnchangedConfirm: 'status.allUnchanged.confirm',
  done: 'status.done',
  newActivity: 'activity.new',
  editActivity: 'activity.edit',
  saveActivity: 'activity.save',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

/**
 * Which organisation's list ('' or absent: the reader's own). Untrusted like everything here:
 * the server shows it only to someone who may report for it (a stand-in, Samordning).
 */
const organisationChoice = z
  .string()
  .max(200)
  .default('')
  .transform((value) => (value.trim() === '' ? null : value.trim()));

export const listData = z.object({
  roundId: id,
  page: z.coerce.number().int().min(0).max(1000).default(0),
  organisationId: organisationChoice,
});
export const openData = z.object({ activityId: id, roundId: id });
export const submitData = z.object({
  activityId: id,
  roundId: id,
  /** The latest report the form was prefilled from ('' when there was none): the concurrency token. */
  baseReportId: z.string().max(200).default(''),
  submissionId,
  status: z.enum(REPORT_STATUSES, { errorMap: () => ({ message: 'status' }) }),
  done: text,
  next: text,
  reason: text,
  /** The outcome of a Genomförd activity (decision 0027), as typed; the domain checks it. */
  outcomeResult: text,
  outcomeReached: z.string().max(40).default(''),
  outcomeTarget: z.string().max(40).default(''),
  outcomeUnit: z.string().max(200).default(''),
  outcomeLinks: z.string().max(10_000).default(''),
  /** The form edited an existing report in the round ("Ändra rapport"): a label, never a right. */
  editing: z.union([z.boolean(), z.literal('true'), z.literal('')]).optional(),
});
/** The report card's indicator fields (`indicator:<id>`, decision 0032): the value typed, by id. */
const INDICATOR_INPUT = /^indicator:(.{1,200})$/;
export function typedIndicatorValues(data: unknown): Record<string, string> {
  const typed: Record<string, string> = {};
  if (typeof data !== 'object' || data === null) return typed;
  for (const [key, value] of Object.entries(data).slice(0, 200)) {
    const match = INDICATOR_INPUT.exec(key);
    if (match?.[1] === undefined) continue;
    typed[match[1]] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  return typed;
}

export const unchangedData = z.object({ activityId: id, roundId: id, submissionId });
export const allUnchangedAskData = z.object({ roundId: id, organisationId: organisationChoice });
export const allUnchangedConfirmData = z.object({
  roundId: id,
  submissionId,
  organisationId: organisationChoice,
});
/** "Klart", or Avbryt on a form (`cancelled`): the latter must not claim anything was saved. */
export const doneData = z.object({
  roundId: id.optional(),
  cancelled: z.literal(true).optional(),
});
export const editActivityData = z.object({ activityId: id });
export const saveActivityData = z.object({
  /** '' for a new activity. */
  activityId: z.string().max(200).default(''),
  version: z.coerce.number().int().min(0).default(0),
  submissionId,
  title: z.string().trim().min(1).max(MAX_TITLE),
  description: text,
  goal: z.coerce.number().int().min(1).max(99),
  /** 'ingen' (the card's "no strategy" choice) or '' means none. */
  strategyId: z
    .string()
    .max(200)
    .default('')
    .transform((value) => (value === 'ingen' ? '' : value)),
  /** One of the plan's headings: checked against the activity's plan in the domain. */
  heading: z.string().trim().min(1).max(200),
  partners: z.string().max(MAX_TEXT).default(''),
  focusAreaIds: idList,
  perspectiveIds: idList,
  targetGroupIds: idList,
  preventionLevel: z
    .string()
    .trim()
    .max(200)
    .default('')
    .transform((value) => (value === 'ingen' ? '' : value)),
  direction: z.enum(['intern', 'malmobor']),
  owner: z.string().max(MAX_TITLE).default(''),
  startDate: localDate,
  endDate: localDate,
});

export type ListData = z.infer<typeof listData>;
export type SubmitData = z.infer<typeof submitData>;
export type SaveActivityData = z.infer<typeof saveActivityData>;

/**
 * The verbs of the support (stödinformation) cards. Kept apart from VERBS: their handlers
 * log nothing about the sender and keep no state (see actions/support-actions.ts).
 */
export const SUPPORT_VERBS = {
  ask: 'support.ask',
  show: 'support.show',
  admin: 'support.admin',
  newEntry: 'support.new',
  edit: 'support.edit',
  preview: 'support.preview',
  save: 'support.save',
  status: 'support.status',
  announce: 'support.announce',
} as const;
export type SupportVerb = (typeof SUPPORT_VERBS)[keyof typeof SUPPORT_VERBS];

export const SUPPORT_MAX_BODY = 8000;
const supportId = z.string().trim().min(1).max(200);
const supportVersion = z.coerce.number().int().min(0).max(1_000_000);

export const supportShowData = z.object({ audience: z.enum(SUPPORT_AUDIENCES) });
export const supportEntryData = z.object({ entryId: supportId });
export const supportStatusData = z.object({
  entryId: supportId,
  version: supportVersion,
  action: z.enum(['publish', 'archive', 'draft', 'review']),
});
/** The edit form's inputs (shared by preview and save); '' entryId for a new entry. */
export const supportFormData = z.object({
  entryId: z.string().max(200).default(''),
  version: supportVersion.default(0),
  title: z.string().max(1000).default(''),
  body: z
    .string()
    .max(SUPPORT_MAX_BODY * 2)
    .default(''),
  audiences: commaList(200).pipe(z.array(z.enum(SUPPORT_AUDIENCES))),
  category: z.enum(SUPPORT_CATEGORIES),
  contacts: z
    .string()
    .max(MAX_TEXT * 3)
    .default(''),
  validFrom: localDate,
  validTo: localDate,
  source: z
    .string()
    .max(MAX_TEXT * 2)
    .default(''),
});

export type SupportFormData = z.infer<typeof supportFormData>;

/** The verbs of the meeting cards (nytt möte, möten, påminn nu). Samordning only, checked by role. */
export const MEETING_VERBS = {
  list: 'meeting.list',
  newMeeting: 'meeting.new',
  save: 'meeting.save',
  remindNow: 'meeting.remindNow',
} as const;
export type MeetingVerb = (typeof MEETING_VERBS)[keyof typeof MEETING_VERBS];

/** The "nytt möte" form's inputs as the card submits them (organisations comma-separated). */
export const meetingFormData = z.object({
  submissionId,
  theme: z.string().max(MAX_TEXT).default(''),
  date: z.string().max(20).default(''),
  startTime: z.string().max(10).default(''),
  endTime: z.string().max(10).default(''),
  organisationIds: z.string().max(4000).default(''),
  agenda: z
    .string()
    .max(MAX_TEXT * 4)
    .default(''),
  teamsLink: z.string().max(MAX_TEXT).default(''),
});
export type MeetingFormData = z.infer<typeof meetingFormData>;
