import { z } from 'zod';
import type { OutboxJob } from '../../domain/ports/outbox.port';
import type { StoredConversation, TeamChannelChoice } from '../../domain/ports/runtime-state.port';
import { jobStatusSchema, jsonText, messageSchema, recipientSchema } from '../outbox-rules';
import { teamChannelChoiceSchema, teamFields } from '../team-channel-rules';

/**
 * The Azure Tables runtime adapter's one mapper: entities in and out, checked by zod.
 * Tables store no nulls, so "none" is an absent property, except for the claim columns that
 * queries compare (`claimUntil le now`), where "none" is the empty string.
 */

export const PARTITION = {
  conversation: 'conversation',
  /** One index entity per user: RowKey = user id, → their latest personal conversation. */
  personal: 'personal-by-user',
  outbox: 'outbox',
  lease: 'lease',
  /** Settings beside the conversations (RowKey = the setting's name): the team channel choice. */
  setting: 'setting',
} as const;

/** RowKeys may not hold / \ # ? or control characters; percent-encoding removes them all. */
export const rowKey = (id: string): string => encodeURIComponent(id);

const base = z.object({ partitionKey: z.string(), rowKey: z.string(), etag: z.string() });

const conversationEntity = base.extend({
  conversationId: z.string(),
  conversationType: z.string(),
  userId: z.string().optional(),
  tenantId: z.string().optional(),
  serviceUrl: z.string(),
  reference: z.string(),
  updatedAt: z.string(),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  channelName: z.string().optional(),
});

export function conversationFromEntity(entity: unknown): StoredConversation {
  const e = conversationEntity.parse(entity);
  return {
    conversationId: e.conversationId,
    conversationType: e.conversationType,
    userId: e.userId ?? null,
    tenantId: e.tenantId ?? null,
    serviceUrl: e.serviceUrl,
    reference: e.reference,
    updatedAt: e.updatedAt,
    ...teamFields(e.teamId, e.teamName, e.channelName),
  };
}

export function conversationToEntity(c: StoredConversation) {
  return {
    partitionKey: PARTITION.conversation,
    rowKey: rowKey(c.conversationId),
    conversationId: c.conversationId,
    conversationType: c.conversationType,
    userId: c.userId ?? undefined,
    tenantId: c.tenantId ?? undefined,
    serviceUrl: c.serviceUrl,
    reference: c.reference,
    updatedAt: c.updatedAt,
    teamId: c.teamId ?? undefined,
    teamName: c.teamName ?? undefined,
    channelName: c.channelName ?? undefined,
  };
}

const TEAM_CHANNEL_ROW = 'team-channel';

const settingEntity = base.extend({ value: z.string() });

export function teamChannelFromEntity(entity: unknown): TeamChannelChoice {
  return teamChannelChoiceSchema.parse(JSON.parse(settingEntity.parse(entity).value));
}

export const teamChannelToEntity = (choice: TeamChannelChoice) => ({
  partitionKey: PARTITION.setting,
  rowKey: TEAM_CHANNEL_ROW,
  value: JSON.stringify(teamChannelChoiceSchema.parse(choice)),
});

export const TEAM_CHANNEL_KEY = { partitionKey: PARTITION.setting, rowKey: TEAM_CHANNEL_ROW };

const personalIndexEntity = base.extend({ conversationId: z.string(), userId: z.string() });
export type PersonalIndex = z.infer<typeof personalIndexEntity>;
export const personalIndexFromEntity = (entity: unknown): PersonalIndex =>
  personalIndexEntity.parse(entity);
export const personalIndexToEntity = (userId: string, conversationId: string) => ({
  partitionKey: PARTITION.personal,
  rowKey: rowKey(userId),
  userId,
  conversationId,
});

const outboxEntity = base.extend({
  key: z.string(),
  groupKey: z.string(),
  kind: z.string(),
  recipient: jsonText.pipe(recipientSchema),
  message: jsonText.pipe(messageSchema),
  dueAt: z.string(),
  expiresAt: z.string().optional(),
  status: jobStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().optional(),
  sentAt: z.string().optional(),
  interruptedAt: z.string().optional(),
  claimOwner: z.string(),
  claimUntil: z.string(),
  sendingAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A job as stored: the domain record plus its claim and the ETag for If-Match. */
export interface StoredJob {
  readonly job: OutboxJob;
  readonly claimOwner: string;
  readonly claimUntil: string;
  readonly sendingAt: string;
  readonly etag: string;
}

export function jobFromEntity(entity: unknown): StoredJob {
  const e = outboxEntity.parse(entity);
  return {
    job: {
      key: e.key,
      groupKey: e.groupKey,
      kind: e.kind,
      recipient: e.recipient,
      message: e.message,
      dueAt: e.dueAt,
      expiresAt: e.expiresAt ?? null,
      status: e.status,
      attempts: e.attempts,
      nextAttemptAt: e.nextAttemptAt,
      lastError: e.lastError ?? null,
      sentAt: e.sentAt ?? null,
      interruptedAt: e.interruptedAt ?? null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    },
    claimOwner: e.claimOwner,
    claimUntil: e.claimUntil,
    sendingAt: e.sendingAt,
    etag: e.etag,
  };
}

export function jobToEntity(stored: Omit<StoredJob, 'etag'>) {
  const { job } = stored;
  return {
    partitionKey: PARTITION.outbox,
    rowKey: rowKey(job.key),
    key: job.key,
    groupKey: job.groupKey,
    kind: job.kind,
    recipient: JSON.stringify(job.recipient),
    message: JSON.stringify(job.message),
    dueAt: job.dueAt,
    expiresAt: job.expiresAt ?? undefined,
    status: job.status,
    attempts: job.attempts,
    nextAttemptAt: job.nextAttemptAt,
    lastError: job.lastError ?? undefined,
    sentAt: job.sentAt ?? undefined,
    // Belongs to the current claim (set by claimDue): an unclaimed job has none.
    interruptedAt: stored.claimOwner === '' ? undefined : (job.interruptedAt ?? undefined),
    claimOwner: stored.claimOwner,
    claimUntil: stored.claimUntil,
    sendingAt: stored.sendingAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

const leaseEntity = base.extend({ name: z.string(), owner: z.string(), expiresAt: z.string() });
export type StoredLease = z.infer<typeof leaseEntity>;
export const leaseFromEntity = (entity: unknown): StoredLease => leaseEntity.parse(entity);
export const leaseToEntity = (name: string, owner: string, expiresAt: string) => ({
  partitionKey: PARTITION.lease,
  rowKey: rowKey(name),
  name,
  owner,
  expiresAt,
});
