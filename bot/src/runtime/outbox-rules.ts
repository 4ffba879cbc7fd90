import { z } from 'zod';
import {
  OUTBOX_JOB_STATUSES,
  type OutboxJob,
  type OutboxJobInput,
  type OutboxMessage,
  type OutboxRecipient,
} from '../domain/ports/outbox.port';
import { isKebabCase } from '../domain/reminders/reminder-kinds';

/**
 * What both runtime-state adapters share about outbox records: instant normalisation (stored
 * instants compare as strings, so every one is written as `Date#toISOString`), the marker for an
 * interrupted send, and the zod shapes of the recipient and message columns.
 */
/** Normalises an ISO-8601 instant to `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC); throws on garbage. */
export function instant(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO-8601 instant: ${value}`);
  return date.toISOString();
}

/** `now` plus `ms`, as a normalised instant. */
export function plusMs(now: string, ms: number): string {
  return new Date(new Date(now).getTime() + ms).toISOString();
}

/** lastError of a job whose previous claim expired while it was being sent. */
export const INTERRUPTED_SEND =
  'interrupted while sending (the previous attempt may have been delivered); sending again';

export const recipientSchema: z.ZodType<OutboxRecipient> = z.union([
  z.object({ kind: z.literal('user'), userId: z.string().min(1) }),
  z.object({ kind: z.literal('conversation'), conversationId: z.string().min(1) }),
]);

export const messageSchema: z.ZodType<OutboxMessage> = z.object({
  text: z.string().optional(),
  card: z.record(z.unknown()).optional(),
  summary: z.string().optional(),
});

export const jobStatusSchema = z.enum(OUTBOX_JOB_STATUSES);

/** Checks a job before it is stored: a key, a group, a kind, a recipient, instants. */
export function checkJobInput(job: OutboxJobInput): OutboxJobInput {
  z.object({
    key: z.string().min(1),
    groupKey: z.string().min(1),
    kind: z.string().refine(isKebabCase, 'a kebab-case kind'),
  }).parse(job);
  recipientSchema.parse(job.recipient);
  messageSchema.parse(job.message);
  return {
    ...job,
    dueAt: instant(job.dueAt),
    expiresAt:
      job.expiresAt === null || job.expiresAt === undefined ? null : instant(job.expiresAt),
  };
}

/** The pending job that `enqueue` stores for a checked input. */
export function newJob(input: OutboxJobInput, now: string): OutboxJob {
  const job = checkJobInput(input);
  const at = instant(now);
  return {
    key: job.key,
    groupKey: job.groupKey,
    kind: job.kind,
    recipient: job.recipient,
    message: job.message,
    dueAt: job.dueAt,
    expiresAt: job.expiresAt ?? null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: job.dueAt,
    lastError: null,
    sentAt: null,
    interruptedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** Unknown key given to `retry`. */
export class UnknownJobError extends Error {
  constructor(readonly key: string) {
    super(`No outbox job ${key}`);
    this.name = 'UnknownJobError';
  }
}
