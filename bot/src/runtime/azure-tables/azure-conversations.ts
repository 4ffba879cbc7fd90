import { odata, type TableClient } from '@azure/data-tables';
import type {
  ConversationStore,
  StoredConversation,
  TeamChannelChoice,
  TeamChannelSetting,
} from '../../domain/ports/runtime-state.port';
import {
  conversationFromEntity,
  conversationToEntity,
  PARTITION,
  personalIndexFromEntity,
  personalIndexToEntity,
  rowKey,
  TEAM_CHANNEL_KEY,
  teamChannelFromEntity,
  teamChannelToEntity,
} from './entity-mappers';
import { ifMatch, query, readEntity } from './table-client';

/**
 * Conversation references in Azure Tables. Partition 'conversation' holds one entity per
 * conversation (RowKey = its id); partition 'personal-by-user' holds one small index entity per
 * user pointing at their latest personal conversation, so `findPersonal` is two point reads
 * instead of a scan.
 */
export class AzureConversations implements ConversationStore {
  constructor(private readonly client: TableClient) {}

  async save(conversation: StoredConversation): Promise<void> {
    await this.client.upsertEntity(conversationToEntity(conversation), 'Replace');
    if (conversation.conversationType === 'personal' && conversation.userId !== null) {
      await this.client.upsertEntity(
        personalIndexToEntity(conversation.userId, conversation.conversationId),
        'Replace',
      );
    }
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const entity = await readEntity(this.client, PARTITION.conversation, rowKey(conversationId));
    return entity === undefined ? undefined : conversationFromEntity(entity);
  }

  async findPersonal(userId: string): Promise<StoredConversation | undefined> {
    const index = await readEntity(this.client, PARTITION.personal, rowKey(userId));
    if (index === undefined) return undefined;
    const found = await this.get(personalIndexFromEntity(index).conversationId);
    return found?.conversationType === 'personal' && found.userId === userId ? found : undefined;
  }

  async list(): Promise<StoredConversation[]> {
    const entities = await query(this.client, odata`PartitionKey eq ${PARTITION.conversation}`);
    return entities
      .map(conversationFromEntity)
      .sort((a, b) => (a.conversationId < b.conversationId ? -1 : 1));
  }

  async remove(conversationId: string): Promise<void> {
    const found = await this.get(conversationId);
    await ifMatch(() => this.client.deleteEntity(PARTITION.conversation, rowKey(conversationId)));
    if (found === undefined || found.userId === null) return;
    const index = await readEntity(this.client, PARTITION.personal, rowKey(found.userId));
    if (index === undefined) return;
    const pointer = personalIndexFromEntity(index);
    if (pointer.conversationId !== conversationId) return;
    await ifMatch(() =>
      this.client.deleteEntity(PARTITION.personal, rowKey(pointer.userId), {
        etag: pointer.etag,
      }),
    );
  }
}

/**
 * Samordning's choice of the team channel: one entity in the conversations table (partition
 * 'setting'), replaced as a whole; the last write wins.
 */
export class AzureTeamChannel implements TeamChannelSetting {
  constructor(private readonly client: TableClient) {}

  async get(): Promise<TeamChannelChoice | undefined> {
    const entity = await readEntity(
      this.client,
      TEAM_CHANNEL_KEY.partitionKey,
      TEAM_CHANNEL_KEY.rowKey,
    );
    return entity === undefined ? undefined : teamChannelFromEntity(entity);
  }

  async set(choice: TeamChannelChoice): Promise<void> {
    await this.client.upsertEntity(teamChannelToEntity(choice), 'Replace');
  }
}
