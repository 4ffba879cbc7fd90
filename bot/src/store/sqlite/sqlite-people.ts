import type { PeopleAuditEntry, StandIn } from '../../domain/people/people-types';
import type { MemberRepository, StandInRepository } from '../../domain/ports/store.port';
import type { Member } from '../../domain/types';
import type { SqliteDatabase } from '../../sqlite/database';
import { memberFromRow, memberToRow } from './mappers';
import { auditFromRow, auditToRow, standInFromRow, standInToRow } from './people-mappers';

/** Logs an entry once: a replayed change (same entry id) is not logged twice. */
function log(db: SqliteDatabase, entry: PeopleAuditEntry | undefined): void {
  if (entry === undefined) return;
  db.prepare(
    `INSERT INTO people_log (id, at, actor_user_id, actor_name, subject_user_id, change)
     VALUES (@id, @at, @actor_user_id, @actor_name, @subject_user_id, @change)
     ON CONFLICT(id) DO NOTHING`,
  ).run(auditToRow(entry));
}

/** The member list and the people log; a change and its log entry in one transaction. */
export class SqliteMembers implements MemberRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async get(userId: string): Promise<Member | undefined> {
    const row = this.db.prepare('SELECT * FROM members WHERE user_id = ?').get(userId);
    return row === undefined ? undefined : memberFromRow(row);
  }

  async list(): Promise<Member[]> {
    return this.db.prepare('SELECT * FROM members ORDER BY name').all().map(memberFromRow);
  }

  async upsert(member: Member, audit?: PeopleAuditEntry): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO members (user_id, name, organisation_id, roles) VALUES (@user_id, @name, @organisation_id, @roles)
           ON CONFLICT(user_id) DO UPDATE SET name = excluded.name, organisation_id = excluded.organisation_id,
             roles = excluded.roles`,
        )
        .run(memberToRow(member));
      log(this.db, audit);
    })();
  }

  async remove(userId: string, audit?: PeopleAuditEntry): Promise<void> {
    this.db.transaction(() => {
      const { changes } = this.db.prepare('DELETE FROM members WHERE user_id = ?').run(userId);
      if (changes > 0) log(this.db, audit);
    })();
  }

  async auditLog(options: { limit?: number } = {}): Promise<PeopleAuditEntry[]> {
    return this.db
      .prepare('SELECT * FROM people_log ORDER BY at DESC, seq DESC LIMIT ?')
      .all(options.limit ?? -1)
      .map(auditFromRow);
  }
}

export class SqliteStandIns implements StandInRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async list(filter: { organisationId?: string } = {}): Promise<StandIn[]> {
    const rows =
      filter.organisationId === undefined
        ? this.db.prepare('SELECT * FROM stand_ins ORDER BY from_date, id').all()
        : this.db
            .prepare('SELECT * FROM stand_ins WHERE organisation_id = ? ORDER BY from_date, id')
            .all(filter.organisationId);
    return rows.map(standInFromRow);
  }

  async get(id: string): Promise<StandIn | undefined> {
    const row = this.db.prepare('SELECT * FROM stand_ins WHERE id = ?').get(id);
    return row === undefined ? undefined : standInFromRow(row);
  }

  async save(standIn: StandIn, audit: PeopleAuditEntry): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO stand_ins (id, organisation_id, absent_user_id, absent_name, stand_in_user_id,
             stand_in_name, from_date, to_date, created_by_user_id, created_by_name, created_at,
             ended_at, ended_by_name)
           VALUES (@id, @organisation_id, @absent_user_id, @absent_name, @stand_in_user_id,
             @stand_in_name, @from_date, @to_date, @created_by_user_id, @created_by_name, @created_at,
             @ended_at, @ended_by_name)
           ON CONFLICT(id) DO UPDATE SET organisation_id = excluded.organisation_id,
             absent_user_id = excluded.absent_user_id, absent_name = excluded.absent_name,
             stand_in_user_id = excluded.stand_in_user_id, stand_in_name = excluded.stand_in_name,
             from_date = excluded.from_date, to_date = excluded.to_date,
             ended_at = excluded.ended_at, ended_by_name = excluded.ended_by_name`,
        )
        .run(standInToRow(standIn));
      log(this.db, audit);
    })();
  }
}
