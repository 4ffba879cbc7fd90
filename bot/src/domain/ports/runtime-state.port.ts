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
  /**
   * For a team channel: the team's id and name and the channel's name as Teams last gave them
   * (cleaned one-line text), so Samordning can tell the channels apart. Null or absent when
   * unknown (personal and group chats; Teams leaves the General channel's name out).
   */
  readonly teamId?: string | null;
  readonly teamName?: string | null;
  readonly channelName?: string | null;
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

/**
 * Where the samordningsgrupp's posts go (the day-before summary, HR's announcements): a team
 * channel Samordning chose, never the last one the app was installed in.
 */
export interface TeamChannelChoice {
  /** The chosen channel's conversation id (a StoredConversation of type channel). */
  readonly conversationId: string;
  /** Entra object id of the member of Samordning who chose it ('demo' for the demo seed). */
  readonly chosenByUserId: string;
  readonly chosenAt: string;
}

/** The one durable choice of the team channel, shared by every instance. */
export interface TeamChannelSetting {
  /** The current choice, or undefined while nobody has chosen. */
  get(): Promise<TeamChannelChoice | undefined>;
  /**
   * Replaces the choice; the last write wins. Who may choose (Samordning) is the caller's
   * check; installing the app anywhere never calls this.
   */
  set(choice: TeamChannelChoice): Promise<void>;
}

export interface RuntimeStatePort {
  readonly conversations: ConversationStore;
  /** Samordning's choice of the team channel for summaries and announcements. */
  readonly teamChannel: TeamChannelSetting;
  /** One job per recipient per reminder; claimed by instances under a time-limited claim. */
  readonly outbox: OutboxStore;
  /** Named leases, e.g. which instance dispatches the outbox right now. */
  readonly leases: LeaseStore;
  close(): Promise<void>;
}
