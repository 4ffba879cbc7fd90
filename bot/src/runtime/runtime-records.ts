import { z } from 'zod';
import type { StoredConversation } from '../domain/ports/runtime-state.port';
import { jobStatusSchema, messageSchema, recipientSchema } from './outbox-rules';
import { teamFields } from './team-channel-rules';

/**
 * The records both runtime-state adapters store, one zod shape each: SQLite keeps them in
 * snake_case columns and Azure Tables in entity properties (record-codec names the columns).
 */

const text = z.string();
const noneOrText = z.string().nullable();

/** A conversation as stored: the team fields are null when unknown. */
export const conversationShape = z.object({
  conversationId: text,
  conversationType: text,
  userId: noneOrText,
  tenantId: noneOrText,
  serviceUrl: text,
  reference: text,
  updatedAt: text,
  teamId: noneOrText,
  teamName: noneOrText,
  channelName: noneOrText,
});

/** A stored conversation as the domain has it: team fields absent, not null, when unknown. */
export function storedConversation(c: z.output<typeof conversationShape>): StoredConversation {
  const { teamId, teamName, channelName, ...rest } = c;
  return { ...rest, ...teamFields(teamId, teamName, channelName) };
}

/** An outbox job as stored; the recipient and the message are JSON columns. */
export const jobShape = z.object({
  key: text,
  groupKey: text,
  kind: text,
  recipient: recipientSchema,
  message: messageSchema,
  dueAt: text,
  expiresAt: noneOrText,
  status: jobStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: text,
  lastError: noneOrText,
  sentAt: noneOrText,
  interruptedAt: noneOrText,
  createdAt: text,
  updatedAt: text,
});

export const JOB_JSON = ['recipient', 'message'] as const;
