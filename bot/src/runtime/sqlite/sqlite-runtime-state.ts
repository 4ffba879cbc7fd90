import { z } from 'zod';
import type {
  ConversationStore,
  RuntimeStatePort,
  StoredConversation,
} from '../../domain/ports/runtime-state.port';
import {
  migrate,
  openDatabase,
  type Migration,
  type SqliteDatabase,
} from '../../store/sqlite/database';

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
];

const conversationRow = z.object({
  conversation_id: z.string(),
  conversation_type: z.string(),
  user_id: z.string().nullable(),
  tenant_id: z.string().nullable(),
  service_url: z.string(),
  reference: z.string(),
  updated_at: z.string(),
});

function fromRow(row: unknown): StoredConversation {
  const r = conversationRow.parse(row);
  return {
    conversationId: r.conversation_id,
    conversationType: r.conversation_type,
    userId: r.user_id,
    tenantId: r.tenant_id,
    serviceUrl: r.service_url,
    reference: r.reference,
    updatedAt: r.updated_at,
  };
}

class SqliteConversations implements ConversationStore {
  constructor(private readonly db: SqliteDatabase) {}

  async save(c: StoredConversation): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO conversations (conversation_id, conversation_type, user_id, tenant_id, service_url, reference, updated_at)
         VALUES (@conversation_id, @conversation_type, @user_id, @tenant_id, @service_url, @reference, @updated_at)
         ON CONFLICT(conversation_id) DO UPDATE SET conversation_type = excluded.conversation_type,
           user_id = excluded.user_id, tenant_id = excluded.tenant_id, service_url = excluded.service_url,
           reference = excluded.reference, updated_at = excluded.updated_at`,
      )
      .run({
        conversation_id: c.conversationId,
        conversation_type: c.conversationType,
        user_id: c.userId,
        tenant_id: c.tenantId,
        service_url: c.serviceUrl,
        reference: c.reference,
        updated_at: c.updatedAt,
      });
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

/** Runtime state in SQLite, for one instance (local mode and tests). */
export class SqliteRuntimeState implements RuntimeStatePort {
  readonly conversations: ConversationStore;

  private constructor(private readonly db: SqliteDatabase) {
    this.conversations = new SqliteConversations(db);
  }

  static open(path: string): SqliteRuntimeState {
    const db = openDatabase(path);
    migrate(db, 'runtime_migrations', runtimeMigrations);
    return new SqliteRuntimeState(db);
  }

  /** Raw table access for tests that must inspect every row. */
  get database(): SqliteDatabase {
    return this.db;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
