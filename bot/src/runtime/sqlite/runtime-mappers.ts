import { z } from 'zod';
import type { OutboxJob } from '../../domain/ports/outbox.port';
import type { StoredConversation, TeamChannelChoice } from '../../domain/ports/runtime-state.port';
import { jobStatusSchema, jsonText, messageSchema, recipientSchema } from '../outbox-rules';
import { teamChannelChoiceSchema, teamFields } from '../team-channel-rules';

/** The SQLite runtime adapter's one mapper: rows in, domain records out, checked by zod. */

const conversationRow = z.object({
  conversation_id: z.string(),
  conversation_type: z.string(),
  user_id: z.string().nullable(),
  tenant_id: z.string().nullable(),
  service_url: z.string(),
  reference: z.string(),
  updated_at: z.string(),
  team_id: z.string().nullable(),
  team_name: z.string().nullable(),
  channel_name: z.string().nullable(),
});

export function conversationFromRow(row: unknown): StoredConversation {
  const r = conversationRow.parse(row);
  return {
    conversationId: r.conversation_id,
    conversationType: r.conversation_type,
    userId: r.user_id,
    tenantId: r.tenant_id,
    serviceUrl: r.service_url,
    reference: r.reference,
    updatedAt: r.updated_at,
    ...teamFields(r.team_id, r.team_name, r.channel_name),
  };
}

export function conversationToRow(c: StoredConversation): z.infer<typeof conversationRow> {
  return {
    conversation_id: c.conversationId,
    conversation_type: c.conversationType,
    user_id: c.userId,
    tenant_id: c.tenantId,
    service_url: c.serviceUrl,
    reference: c.reference,
    updated_at: c.updatedAt,
    team_id: c.teamId ?? null,
    team_name: c.teamName ?? null,
    channel_name: c.channelName ?? null,
  };
}

/** The setting row's value: the choice as JSON, checked on the way out. */
export function teamChannelFromValue(value: unknown): TeamChannelChoice {
  return teamChannelChoiceSchema.parse(JSON.parse(z.string().parse(value)));
}

export const teamChannelToValue = (choice: TeamChannelChoice): string =>
  JSON.stringify(teamChannelChoiceSchema.parse(choice));

const outboxRow = z.object({
  key: z.string(),
  group_key: z.string(),
  kind: z.string(),
  recipient: jsonText.pipe(recipientSchema),
  message: jsonText.pipe(messageSchema),
  due_at: z.string(),
  expires_at: z.string().nullable(),
  status: jobStatusSchema,
  attempts: z.number().int(),
  next_attempt_at: z.string(),
  last_error: z.string().nullable(),
  sent_at: z.string().nullable(),
  interrupted_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function jobFromRow(row: unknown): OutboxJob {
  const r = outboxRow.parse(row);
  return {
    key: r.key,
    groupKey: r.group_key,
    kind: r.kind,
    recipient: r.recipient,
    message: r.message,
    dueAt: r.due_at,
    expiresAt: r.expires_at,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
    interruptedAt: r.interrupted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A new pending job's columns (claim columns start empty). */
export function newJobRow(job: OutboxJob): Record<string, string | number | null> {
  return {
    key: job.key,
    group_key: job.groupKey,
    kind: job.kind,
    recipient: JSON.stringify(job.recipient),
    message: JSON.stringify(job.message),
    due_at: job.dueAt,
    expires_at: job.expiresAt ?? null,
    status: job.status,
    attempts: job.attempts,
    next_attempt_at: job.nextAttemptAt,
    last_error: job.lastError,
    sent_at: job.sentAt,
    created_at: job.createdAt,
    updated_at: job.updatedAt,
  };
}
