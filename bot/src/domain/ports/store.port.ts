import type { PeopleAuditEntry, StandIn } from '../people/people-types';
import type { Activity, Member, Organisation, Plan, ReportingRound, StatusReport } from '../types';
import type { ImportBatchRepository } from './import-batch.port';
import type { SupportRepository } from './support-store.port';

/**
 * Thrown by a store when an optimistic-concurrency check fails: the record was
 * changed by someone else since the caller read it (SQLite version column,
 * SharePoint eTag / HTTP 412).
 */
export class ConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`Conflict on ${entity} ${id}`);
    this.name = 'ConflictError';
  }
}

/**
 * Thrown by `ReportRepository.append` when an idempotency key is reused for something else:
 * another activity or round, or (for a user-bound key) another reporter. It says nothing of
 * the report the key was first used for, so nobody learns another user's report by guessing
 * or copying a key.
 */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('Idempotency key already used for another report');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** Thrown when a record the caller refers to does not exist. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** Plans (the catalog). */
export interface PlanRepository {
  /** All plans, newest period first. */
  list(): Promise<Plan[]>;
  /** One plan, or undefined when no plan has this id. */
  get(planId: string): Promise<Plan | undefined>;
  /** Creates or replaces a plan (idempotent: the same plan twice changes nothing; keeps which plan is current). */
  upsert(plan: Plan): Promise<void>;
  /**
   * The current plan: the one last made current, else (nobody chose yet) the plan with the
   * newest period; undefined only when the store holds no plan. Read it through
   * `resolvePlan` (domain/plans), never by picking from `list()`.
   */
  current(): Promise<Plan | undefined>;
  /** Makes one plan the current one (exactly one is); NotFoundError when no plan has this id. */
  makeCurrent(planId: string): Promise<void>;
}

/** Förvaltningar and bolag. */
export interface OrganisationRepository {
  /** All organisations, sorted by Swedish name (sv collation). */
  list(): Promise<Organisation[]>;
  get(organisationId: string): Promise<Organisation | undefined>;
  /** Creates or replaces (idempotent). */
  upsert(organisation: Organisation): Promise<void>;
}

export interface ActivityFilter {
  readonly planId?: string;
  readonly organisationId?: string;
}

/** Activities in the organisations' handlingsplaner. */
export interface ActivityRepository {
  /** Activities matching the filter, ordered by goal, then title. */
  list(filter?: ActivityFilter): Promise<Activity[]>;
  get(activityId: string): Promise<Activity | undefined>;
  /**
   * Creates an activity with version 1. Creating an id that already exists with
   * identical content is a no-op (idempotent seeding); with different content it
   * throws ConflictError.
   */
  create(activity: Omit<Activity, 'version'>): Promise<Activity>;
  /**
   * Replaces an activity if its stored version equals `expectedVersion`; returns
   * the stored activity with version + 1. Throws ConflictError otherwise and
   * NotFoundError when it does not exist.
   */
  update(activity: Omit<Activity, 'version'>, expectedVersion: number): Promise<Activity>;
}

export interface AppendReportResult {
  /** The stored report (the earlier one when the idempotency key was seen before). */
  readonly report: StatusReport;
  /** False when the idempotency key had already been used: nothing new was stored. */
  readonly created: boolean;
  /**
   * True when the report is saved durably but the system of record (SharePoint) has not
   * confirmed it yet: it is synced in the background ("sparad, synkas"). Absent otherwise.
   */
  readonly syncPending?: boolean;
}

/** Status reports: an append-only history. */
export interface ReportRepository {
  /**
   * Appends a report. `idempotencyKey` identifies one action (e.g. one card instance's
   * submit, or one imported row): a repeated call with the same key stores nothing.
   *
   * The key belongs to the report it was first used for: its activity and round always, and
   * with `userBound` (a person's action, e.g. a card submit) also its reporter
   * (`reportedByUserId`). A replay that matches returns the first report with
   * `created: false`; a key reused for another activity or round, or by another reporter of
   * a user-bound key, throws IdempotencyKeyReusedError and stores nothing. Both checks come
   * before the concurrency token.
   *
   * With `expectedLatestId` the append is conditional: it throws ConflictError unless
   * the activity's latest report (any round) has that id (`null`: the activity has no
   * report yet). SQLite checks and inserts atomically; SharePoint uses the read model
   * and an eTag on the activity item.
   */
  append(
    report: StatusReport,
    idempotencyKey: string,
    options?: { expectedLatestId?: string | null; userBound?: boolean },
  ): Promise<AppendReportResult>;
  /**
   * The latest report per activity (by reportedAt; on a tie the later append wins),
   * optionally limited to a round and/or a set of activities (an empty set gives []).
   * Activities with no report are absent.
   */
  latest(filter?: { roundId?: string; activityIds?: readonly string[] }): Promise<StatusReport[]>;
  /** Every report of one activity, oldest first. */
  history(activityId: string): Promise<StatusReport[]>;
}

/** Reporting rounds. */
export interface RoundRepository {
  /** Rounds of a plan, ordered by opensAt. */
  list(planId: string): Promise<ReportingRound[]>;
  get(roundId: string): Promise<ReportingRound | undefined>;
  /** Creates or replaces (idempotent). */
  upsert(round: ReportingRound): Promise<void>;
}

/**
 * The member list: who is samordnare for which organisation, who is Samordning and HR. Managed
 * by Samordning in the tab ("Personer"); every change made there carries its log entry.
 */
export interface MemberRepository {
  get(userId: string): Promise<Member | undefined>;
  list(): Promise<Member[]>;
  /**
   * Creates or replaces (idempotent). With `audit` the change and its log entry are stored as
   * one unit (both or neither); an entry whose id is already logged is not logged twice.
   * Without it (the demo seed) nothing is logged.
   */
  upsert(member: Member, audit?: PeopleAuditEntry): Promise<void>;
  /**
   * Removes a member, with its log entry as one unit; their reports are kept as they are.
   * Removing someone who is not a member is a no-op (nothing is logged).
   */
  remove(userId: string, audit?: PeopleAuditEntry): Promise<void>;
  /** The people log (members and stand-ins), newest first, at most `limit` entries. */
  auditLog(options?: { limit?: number }): Promise<PeopleAuditEntry[]>;
}

/** Stand-ins samordnare name for a period (ersättare). */
export interface StandInRepository {
  /** Every stand-in (ended ones too), optionally of one organisation, ordered by `from`, then id. */
  list(filter?: { organisationId?: string }): Promise<StandIn[]>;
  get(id: string): Promise<StandIn | undefined>;
  /**
   * Creates or replaces (idempotent) a stand-in, with its log entry as one unit (both or
   * neither; an entry already logged is not logged twice).
   */
  save(standIn: StandIn, audit: PeopleAuditEntry): Promise<void>;
}

/**
 * The system-of-record store: SQLite locally, SharePoint lists via Graph in a tenant.
 * Every method is async and speaks domain types only.
 */
export interface StorePort {
  readonly plans: PlanRepository;
  readonly organisations: OrganisationRepository;
  readonly activities: ActivityRepository;
  readonly reports: ReportRepository;
  readonly rounds: RoundRepository;
  readonly members: MemberRepository;
  /** Stand-ins for absent samordnare, logged with the members. */
  readonly standIns: StandInRepository;
  /** HR's support information and its version history (editors only; readers are never recorded). */
  readonly support: SupportRepository;
  /** An import's writes as one unit (import-batch.port.ts). */
  readonly imports: ImportBatchRepository;
  /** Releases resources (closes the database). */
  close(): Promise<void>;
}
