import { z } from 'zod';
import type { OutboxJob } from '../../domain/ports/outbox.port';
import type { StoredConversation, TeamChannelChoice } from '../../domain/ports/runtime-state.port';
import { entityCodec } from '../../codecs/record-codec';
import { conversationShape, JOB_JSON, jobShape, storedConversation } from '../runtime-records';
import { teamChannelChoiceSchema } from '../team-channel-rules';

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

const conversations = entityCodec(conversationShape);

export const conversationFromEntity = (entity: unknown): StoredConversation =>
  storedConversation(conversations.fromRow(entity));

export const conversationToEntity = (c: StoredConversation) => ({
  partitionKey: PARTITION.conversation,
  rowKey: rowKey(c.conversationId),
  ...conversations.toRow(c),
});

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

/** The claim beside a job: "none" is the empty string, which queries compare. */
const claimShape = z.object({
  claimOwner: z.string(),
  claimUntil: z.string(),
  sendingAt: z.string(),
});
const jobs = entityCodec(jobShape.merge(claimShape), { json: JOB_JSON });

/** A job as stored: the domain record plus its claim and the ETag for If-Match. */
export interface StoredJob extends z.output<typeof claimShape> {
  readonly job: OutboxJob;
  readonly etag: string;
}

export function jobFromEntity(entity: unknown): StoredJob {
  const { claimOwner, claimUntil, sendingAt, ...job } = jobs.fromRow(entity);
  return { job, claimOwner, claimUntil, sendingAt, etag: base.parse(entity).etag };
}

export function jobToEntity(stored: Omit<StoredJob, 'etag'>) {
  const { job, ...claim } = stored;
  return {
    partitionKey: PARTITION.outbox,
    rowKey: rowKey(job.key),
    ...jobs.toRow({
      ...job,
      ...claim,
      // Belongs to the current claim (set by claimDue): an unclaimed job has none.
      interruptedAt: claim.claimOwner === '' ? null : job.interruptedAt,
    }),
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
