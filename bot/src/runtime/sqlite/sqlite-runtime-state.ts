import type { LeaseStore, OutboxStore } from '../../domain/ports/outbox.port';
import type {
  ConversationStore,
  RuntimeStatePort,
  StoredConversation,
  TeamChannelChoice,
  TeamChannelSetting,
} from '../../domain/ports/runtime-state.port';
import {
  openMigrated,
  SqliteFile,
  type Migration,
  type SqliteDatabase,
} from '../../sqlite/database';
import {
  conversationFromRow as fromRow,
  conversationToRow,
  teamChannelFromValue,
  teamChannelToValue,
} from './runtime-mappers';
import { SqliteLeases, SqliteOutbox } from './sqlite-outbox';

const runtimeMigrations: readonly Migration[] = [
  {
    id: '001-conversations',
    sql: `
      CREATE TABLE conversations (
        conversation_id TEXT PRIMARY KEY,
        conversation_type TEXT NOT NULL,
        user_id TEXT,
        tenant_id TEXT,
        service_url TEXT NOT NULL,
        reference TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversations_user ON conversations(user_id, conversation_type);
    `,
  },
  {
    id: '002-outbox-leases',
    sql: `
      CREATE TABLE outbox (
        key TEXT PRIMARY KEY,
        group_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        message TEXT NOT NULL,
        due_at TEXT NOT NULL,
        expires_at TEXT,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        sent_at TEXT,
        claim_owner TEXT,
        claim_until TEXT,
        sending_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
      CREATE INDEX outbox_group ON outbox(group_key, status);
      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
    `,
  },
  {
    id: '005-outbox-interrupted-at',
    sql: `ALTER TABLE outbox ADD COLUMN interrupted_at TEXT;`,
  },
  {
    id: '007-team-channel',
    sql: `
      ALTER TABLE conversations ADD COLUMN team_id TEXT;
      ALTER TABLE conversations ADD COLUMN team_name TEXT;
      ALTER TABLE conversations ADD COLUMN channel_name TEXT;
      CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
];

const TEAM_CHANNEL = 'team-channel';

class SqliteConversations implements ConversationStore {
  constructor(private readonly db: SqliteDatabase) {}

  async save(c: StoredConversation): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO conversations (conversation_id, conversation_type, user_id, tenant_id, service_url,
           reference, updated_at, team_id, team_name, channel_name)
         VALUES (@conversation_id, @conversation_type, @user_id, @tenant_id, @service_url, @reference,
           @updated_at, @team_id, @team_name, @channel_name)
         ON CONFLICT(conversation_id) DO UPDATE SET conversation_type = excluded.conversation_type,
           user_id = excluded.user_id, tenant_id = excluded.tenant_id, service_url = excluded.service_url,
           reference = excluded.reference, updated_at = excluded.updated_at,
           team_id = excluded.team_id, team_name = excluded.team_name,
           channel_name = excluded.channel_name`,
      )
      .run(conversationToRow(c));
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const row = this.db
      .prepare('SELECT * FROM conversations WHERE conversation_id = ?')
      .get(conversationId);
    return row === undefined ? undefined : fromRow(row);
  }

  async findPersonal(userId: string): Promise<StoredConversation | undefined> {
    const row = this.db
      .prepare(
        `SELECT * FROM conversations WHERE user_id = ? AND conversation_type = 'personal'
         ORDER BY updated_at DESC LIMIT 1`,
      )
      .get(userId);
    return row === undefined ? undefined : fromRow(row);
  }

  async list(): Promise<StoredConversation[]> {
    return this.db
      .prepare('SELECT * FROM conversations ORDER BY conversation_id')
      .all()
      .map(fromRow);
  }

  async remove(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM conversations WHERE conversation_id = ?').run(conversationId);
  }
}

/** Samordning's choice of the team channel: one row of the settings table. */
class SqliteTeamChannel implements TeamChannelSetting {
  constructor(private readonly db: SqliteDatabase) {}

  async get(): Promise<TeamChannelChoice | undefined> {
    const value: unknown = this.db
      .prepare('SELECT value FROM settings WHERE name = ?')
      .pluck()
      .get(TEAM_CHANNEL);
    return value === undefined ? undefined : teamChannelFromValue(value);
  }

  async set(choice: TeamChannelChoice): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO settings (name, value) VALUES (?, ?)
         ON CONFLICT(name) DO UPDATE SET value = excluded.value`,
      )
      .run(TEAM_CHANNEL, teamChannelToValue(choice));
  }
}

/** Runtime state in SQLite, for one instance (local mode and tests). */
export class SqliteRuntimeState extends SqliteFile implements RuntimeStatePort {
  readonly conversations: ConversationStore;
  readonly teamChannel: TeamChannelSetting;
  readonly outbox: OutboxStore;
  readonly leases: LeaseStore;

  private constructor(db: SqliteDatabase) {
    super(db);
    this.conversations = new SqliteConversations(db);
    this.teamChannel = new SqliteTeamChannel(db);
    this.outbox = new SqliteOutbox(db);
    this.leases = new SqliteLeases(db);
  }

  static open(path: string): SqliteRuntimeState {
    return new SqliteRuntimeState(openMigrated(path, 'runtime_migrations', runtimeMigrations));
  }
}
