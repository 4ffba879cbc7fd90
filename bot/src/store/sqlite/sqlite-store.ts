import type {
  Activity,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../../domain/types';
import {
  ConflictError,
  NotFoundError,
  type ActivityFilter,
  type ActivityRepository,
  type AppendReportResult,
  type MemberRepository,
  type OrganisationRepository,
  type PlanRepository,
  type ReportRepository,
  type RoundRepository,
  type StandInRepository,
  type StorePort,
} from '../../domain/ports/store.port';
import type { ImportBatchRepository } from '../../domain/ports/import-batch.port';
import type { SupportRepository } from '../../domain/ports/support-store.port';
import { openMigrated, SqliteFile, type SqliteDatabase } from '../../sqlite/database';
import { replayOf } from '../report-replay';
import {
  activityFromRow,
  organisationFromRow,
  organisationRows,
  planFromRow,
  planToRow,
  reportFromRow,
  reportToRow,
  roundFromRow,
  roundRows,
} from './mappers';
import { storeMigrations } from './migrations';
import { insertActivity, replaceActivity } from './sqlite-activity-writes';
import { SqliteImportBatch } from './sqlite-import-batch';
import { SqliteMembers, SqliteStandIns } from './sqlite-people';
import { rowBy, rowsBy, rowsWhere, upsertSql } from './sqlite-sql';
import { SqliteSupport } from './sqlite-support';

const swedish = new Intl.Collator('sv');

class SqlitePlans implements PlanRepository {
  constructor(private readonly db: SqliteDatabase) {}
  async list(): Promise<Plan[]> {
    return this.db
      .prepare('SELECT data FROM plans ORDER BY period_start DESC')
      .all()
      .map(planFromRow);
  }
  async get(planId: string): Promise<Plan | undefined> {
    return rowBy(this.db, 'SELECT data FROM plans WHERE id = ?', planId, planFromRow);
  }
  async upsert(plan: Plan): Promise<void> {
    this.db
      .prepare(upsertSql('plans', { columns: ['id', 'period_start', 'data'] }))
      .run(planToRow(plan));
  }
  async current(): Promise<Plan | undefined> {
    const row = this.db
      .prepare('SELECT data FROM plans ORDER BY is_current DESC, period_start DESC, id LIMIT 1')
      .get();
    return row === undefined ? undefined : planFromRow(row);
  }
  async makeCurrent(planId: string): Promise<void> {
    this.db.transaction(() => {
      if (this.db.prepare('SELECT 1 FROM plans WHERE id = ?').get(planId) === undefined)
        throw new NotFoundError('plan', planId);
      this.db.prepare('UPDATE plans SET is_current = (id = ?)').run(planId);
    })();
  }
}

class SqliteOrganisations implements OrganisationRepository {
  constructor(private readonly db: SqliteDatabase) {}
  async list(): Promise<Organisation[]> {
    const rows = this.db
      .prepare(`SELECT ${organisationRows.columns.join(', ')} FROM organisations`)
      .all()
      .map(organisationFromRow);
    return rows.sort((a, b) => swedish.compare(a.name, b.name));
  }
  async get(organisationId: string): Promise<Organisation | undefined> {
    const sql = `SELECT ${organisationRows.columns.join(', ')} FROM organisations WHERE id = ?`;
    return rowBy(this.db, sql, organisationId, organisationFromRow);
  }
  async upsert(organisation: Organisation): Promise<void> {
    this.db
      .prepare(upsertSql('organisations', organisationRows))
      .run(organisationRows.toRow(organisation));
  }
}

class SqliteActivities implements ActivityRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async list(filter: ActivityFilter = {}): Promise<Activity[]> {
    const conditions = {
      'plan_id = @planId': filter.planId,
      'organisation_id = @organisationId': filter.organisationId,
    };
    return rowsWhere(this.db, 'activities', conditions, 'goal, title, id', activityFromRow);
  }

  async get(activityId: string): Promise<Activity | undefined> {
    return rowBy(this.db, 'SELECT * FROM activities WHERE id = ?', activityId, activityFromRow);
  }

  async create(activity: Omit<Activity, 'version'>): Promise<Activity> {
    return insertActivity(this.db, activity);
  }

  async update(activity: Omit<Activity, 'version'>, expectedVersion: number): Promise<Activity> {
    return replaceActivity(this.db, activity, expectedVersion);
  }
}

class SqliteReports implements ReportRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async append(
    report: StatusReport,
    idempotencyKey: string,
    options: { expectedLatestId?: string | null; userBound?: boolean } = {},
  ): Promise<AppendReportResult> {
    // One SQLite transaction: the idempotency check, the concurrency check and the insert.
    return this.db.transaction((): AppendReportResult => {
      const existing = this.db
        .prepare('SELECT * FROM reports WHERE idempotency_key = ?')
        .get(idempotencyKey);
      if (existing !== undefined)
        return replayOf(reportFromRow(existing), report, options.userBound === true);
      if (options.expectedLatestId !== undefined) {
        const latest = this.db
          .prepare(
            'SELECT id FROM reports WHERE activity_id = ? ORDER BY reported_at DESC, seq DESC LIMIT 1',
          )
          .pluck()
          .get(report.activityId) as string | undefined;
        if ((latest ?? null) !== options.expectedLatestId)
          throw new ConflictError('report', report.activityId);
      }
      this.db
        .prepare(
          `INSERT INTO reports (id, idempotency_key, activity_id, round_id, status, done, next, reason,
             reported_by_user_id, reported_by_name, reported_at, on_behalf_of_user_id, on_behalf_of_name,
             outcome)
           VALUES (@id, @idempotency_key, @activity_id, @round_id, @status, @done, @next, @reason,
             @reported_by_user_id, @reported_by_name, @reported_at, @on_behalf_of_user_id, @on_behalf_of_name,
             @outcome)`,
        )
        .run({ ...reportToRow(report), idempotency_key: idempotencyKey });
      return { report, created: true };
    })();
  }

  async latest(
    filter: { roundId?: string; activityIds?: readonly string[] } = {},
  ): Promise<StatusReport[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.roundId !== undefined) {
      clauses.push('round_id = ?');
      params.push(filter.roundId);
    }
    if (filter.activityIds !== undefined) {
      if (filter.activityIds.length === 0) return [];
      clauses.push(`activity_id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(filter.activityIds));
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    // Latest per activity: highest (reported_at, seq) inside the filter.
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT r.*, ROW_NUMBER() OVER (PARTITION BY activity_id ORDER BY reported_at DESC, seq DESC) AS rn
           FROM reports r ${where}
         ) WHERE rn = 1 ORDER BY activity_id`,
      )
      .all(...params);
    return rows.map(reportFromRow);
  }

  async history(activityId: string): Promise<StatusReport[]> {
    const sql = 'SELECT * FROM reports WHERE activity_id = ? ORDER BY reported_at, seq';
    return rowsBy(this.db, sql, activityId, reportFromRow);
  }
}

class SqliteRounds implements RoundRepository {
  constructor(private readonly db: SqliteDatabase) {}
  async list(planId: string): Promise<ReportingRound[]> {
    const sql = 'SELECT * FROM rounds WHERE plan_id = ? ORDER BY opens_at, id';
    return rowsBy(this.db, sql, planId, roundFromRow);
  }
  async get(roundId: string): Promise<ReportingRound | undefined> {
    return rowBy(this.db, 'SELECT * FROM rounds WHERE id = ?', roundId, roundFromRow);
  }
  async upsert(round: ReportingRound): Promise<void> {
    this.db.prepare(upsertSql('rounds', roundRows)).run(roundRows.toRow(round));
  }
}

/** The embedded store: one SQLite file (or `:memory:`), migrated on open. */
export class SqliteStore extends SqliteFile implements StorePort {
  readonly plans: PlanRepository;
  readonly organisations: OrganisationRepository;
  readonly activities: ActivityRepository;
  readonly reports: ReportRepository;
  readonly rounds: RoundRepository;
  readonly members: MemberRepository;
  readonly standIns: StandInRepository;
  readonly support: SupportRepository;
  readonly imports: ImportBatchRepository;

  private constructor(db: SqliteDatabase) {
    super(db);
    this.plans = new SqlitePlans(db);
    this.organisations = new SqliteOrganisations(db);
    this.activities = new SqliteActivities(db);
    this.reports = new SqliteReports(db);
    this.rounds = new SqliteRounds(db);
    this.members = new SqliteMembers(db);
    this.standIns = new SqliteStandIns(db);
    this.support = new SqliteSupport(db);
    this.imports = new SqliteImportBatch(db);
  }

  /** Opens and migrates the store at `path` (`:memory:` for tests). */
  static open(path: string): SqliteStore {
    return new SqliteStore(openMigrated(path, 'store_migrations', storeMigrations));
  }
}
