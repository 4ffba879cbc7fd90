import type { LeaseStore, OutboxStore } from '../../domain/ports/outbox.port';
import type {
  ConversationStore,
  RuntimeStatePort,
  TeamChannelSetting,
} from '../../domain/ports/runtime-state.port';
import { AzureConversations, AzureTeamChannel } from './azure-conversations';
import { AzureLeases, AzureOutbox } from './azure-outbox';
import { tableClient, type AzureTablesConnection } from './table-client';

export type { AzureTablesConnection } from './table-client';

/**
 * Runtime state in Azure Table Storage, shared by any number of instances: three tables
 * (`<prefix>conversations` — with the team channel choice beside the conversations —,
 * `<prefix>outbox`, `<prefix>leases`), created if missing.
 */
export class AzureTablesRuntimeState implements RuntimeStatePort {
  private constructor(
    readonly conversations: ConversationStore,
    readonly teamChannel: TeamChannelSetting,
    readonly outbox: OutboxStore,
    readonly leases: LeaseStore,
  ) {}

  /** `prefix` (letters and digits) keeps tests or deployments sharing one account apart. */
  static async open(
    connection: AzureTablesConnection,
    prefix = 'samordna',
  ): Promise<AzureTablesRuntimeState> {
    const conversations = tableClient(connection, `${prefix}conversations`);
    const outbox = tableClient(connection, `${prefix}outbox`);
    const leases = tableClient(connection, `${prefix}leases`);
    await Promise.all([conversations.createTable(), outbox.createTable(), leases.createTable()]);
    return new AzureTablesRuntimeState(
      new AzureConversations(conversations),
      new AzureTeamChannel(conversations),
      new AzureOutbox(outbox),
      new AzureLeases(leases),
    );
  }

  async close(): Promise<void> {
    // The table clients hold no connections that need closing.
  }
}
