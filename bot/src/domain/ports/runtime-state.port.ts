import type { LeaseStore, OutboxStore } from './outbox.port';

/**
 * Runtime state shared by every server instance: conversation references for
 * proactive messages, the reminder outbox and named leases.
 * SQLite locally, Azure Table Storage in production (see docs/decisions/0009).
 */

/** Where the bot can write later: a serialised Bot Framework ConversationReference plus what we need to pick it. */
export interface StoredConversation {
  /** Conversation id as given by the channel. */
  readonly conversationId: string;
  /** personal | groupChat | channel */
  readonly conversationType: string;
  /** AAD object id of the user for personal conversations, otherwise null. */
  readonly userId: string | null;
  readonly tenantId: string | null;
  readonly serviceUrl: string;
  /** The full ConversationReference as JSON (opaque to the domain). */
  readonly reference: string;
  readonly updatedAt: string;
}

export interface ConversationStore {
  /** Creates or replaces the reference for its conversation id (idempotent). */
  save(conversation: StoredConversation): Promise<void>;
  get(conversationId: string): Promise<StoredConversation | undefined>;
  /** The personal conversation with a user, if the user has installed the app. */
  findPersonal(userId: string): Promise<StoredConversation | undefined>;
  list(): Promise<StoredConversation[]>;
  /** Forgets a conversation (the app was uninstalled or the bot removed). */
  remove(conversationId: string): Promise<void>;
}

export interface RuntimeStatePort {
  readonly conversations: ConversationStore;
  /** One job per recipient per reminder; claimed by instances under a time-limited claim. */
  readonly outbox: OutboxStore;
  /** Named leases, e.g. which instance dispatches the outbox right now. */
  readonly leases: LeaseStore;
  close(): Promise<void>;
}
