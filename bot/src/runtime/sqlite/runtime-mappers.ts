import { z } from 'zod';
import type { OutboxJob } from '../../domain/ports/outbox.port';
import type { StoredConversation, TeamChannelChoice } from '../../domain/ports/runtime-state.port';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import { conversationShape, JOB_JSON, jobShape, storedConversation } from '../runtime-records';
import { teamChannelChoiceSchema } from '../team-channel-rules';

/** The SQLite runtime adapter's one mapper: rows in, domain records out, checked by zod. */

const conversations = sqliteCodec(conversationShape);

export const conversationFromRow = (row: unknown): StoredConversation =>
  storedConversation(conversations.fromRow(row));

export const conversationToRow = (c: StoredConversation): FlatRow => conversations.toRow(c);

/** The setting row's value: the choice as JSON, checked on the way out. */
export function teamChannelFromValue(value: unknown): TeamChannelChoice {
  return teamChannelChoiceSchema.parse(JSON.parse(z.string().parse(value)));
}

export const teamChannelToValue = (choice: TeamChannelChoice): string =>
  JSON.stringify(teamChannelChoiceSchema.parse(choice));

const jobs = sqliteCodec(jobShape, { json: JOB_JSON });

export const jobFromRow = (row: unknown): OutboxJob => jobs.fromRow(row);

/** A new pending job's columns (claim columns start empty). */
export const newJobRow = (job: OutboxJob): FlatRow => jobs.toRow(job);
