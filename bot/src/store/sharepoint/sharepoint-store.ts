import type {
  ActivityFilter,
  ActivityRepository,
  AppendReportResult,
  MemberRepository,
  OrganisationRepository,
  PlanRepository,
  ReportRepository,
  RoundRepository,
  StandInRepository,
  StorePort,
} from '../../domain/ports/store.port';
import { ConflictError, NotFoundError } from '../../domain/ports/store.port';
import type {
  Activity,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../../domain/types';
import type { ImportBatchRepository } from '../../domain/ports/import-batch.port';
import { SharePointContext, type SharePointStoreOptions } from './sharepoint-context';
import type { StoredPlan } from './sharepoint-mappers';
import { SharePointImportBatch } from './sharepoint-import-batch';
import { SharePointMeetingStore } from './sharepoint-meeting-store';
import { SharePointMinutesStore } from './sharepoint-minutes-store';
import { SharePointIndicatorStore } from './sharepoint-indicator-store';
import { SharePointMembers, SharePointStandIns } from './sharepoint-people';
import { SharePointRefusedEdits } from './sharepoint-refused-edits';
import { SharePointSupport } from './sharepoint-support';
import {
  createVersioned,
  matches,
  readAll as read,
  readOne,
  updateVersioned,
  upsert,
} from './replica-writes';
import { SiteLists } from './site-lists';
import { replayOf } from '../report-replay';

const swedish = new Intl.Collator('sv');
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const ACTIVITY = { entity: 'activity', ignore: ['version', 'createdAt', 'updatedAt'] };

class Plans implements PlanRepository {
  constructor(private readonly ctx: SharePointContext) {}
  async list(): Promise<Plan[]> {
    return (await read(this.ctx, this.ctx.plans))
      .map(plain)
      .sort((a, b) => b.periodStart - a.periodStart);
  }
  async get(planId: string): Promise<Plan | undefined> {
    await this.ctx.fresh();
    const stored = this.ctx.plans.get(planId)?.record;
    return stored === undefined ? undefined : plain(stored);
  }
  async upsert(plan: Plan): Promise<void> {
    await this.ctx.fresh();
    const current = this.ctx.plans.get(plan.id)?.record.current === true;
    await upsert(this.ctx, this.ctx.plans, current ? { ...plain(plan), current } : plain(plan));
  }
  async current(): Promise<Plan | undefined> {
    const plans = await this.list();
    const marked = this.ctx.plans.all().find((p) => p.current === true);
    return marked === undefined ? plans[0] : plans.find((p) => p.id === marked.id);
  }
  async makeCurrent(planId: string): Promise<void> {
    await this.ctx.fresh();
    if (this.ctx.plans.get(planId) === undefined) throw new NotFoundError('plan', planId);
    // The new current plan first, then the old one unmarked: a crash in between leaves two
    // marked, and `current()` then still answers one (the first marked it finds).
    const all = this.ctx.plans.all();
    const ordered = [...all.filter((p) => p.id === planId), ...all.filter((p) => p.id !== planId)];
    for (const stored of ordered) {
      const wanted = stored.id === planId;
      if ((stored.current === true) !== wanted)
        await upsert(
          this.ctx,
          this.ctx.plans,
          wanted ? { ...plain(stored), current: true } : plain(stored),
        );
    }
  }
}

/** The plan without the store's own `current` mark. */
function plain(plan: StoredPlan): Plan {
  const { current: _current, ...rest } = plan;
  return rest;
}

class Organisations implements OrganisationRepository {
  constructor(private readonly ctx: SharePointContext) {}
  async list(): Promise<Organisation[]> {
    return (await read(this.ctx, this.ctx.organisations)).sort((a, b) =>
      swedish.compare(a.name, b.name),
    );
  }
  get = (organisationId: string): Promise<Organisation | undefined> =>
    readOne(this.ctx, this.ctx.organisations, organisationId);
  upsert = (o: Organisation): Promise<void> => upsert(this.ctx, this.ctx.organisations, o);
}

class Activities implements ActivityRepository {
  constructor(private readonly ctx: SharePointContext) {}
  async list(filter: ActivityFilter = {}): Promise<Activity[]> {
    return (await read(this.ctx, this.ctx.activities))
      .filter((a) => matches(a, { planId: filter.planId, organisationId: filter.organisationId }))
      .sort(
        (a, b) =>
          a.goal - b.goal || (a.title < b.title ? -1 : a.title > b.title ? 1 : byId(a.id, b.id)),
      );
  }
  get = (activityId: string): Promise<Activity | undefined> =>
    readOne(this.ctx, this.ctx.activities, activityId);
  async create(activity: Omit<Activity, 'version'>): Promise<Activity> {
    return (await createVersioned(this.ctx, this.ctx.activities, ACTIVITY, activity)).record;
  }
  update = (activity: Omit<Activity, 'version'>, expectedVersion: number): Promise<Activity> =>
    updateVersioned(this.ctx, this.ctx.activities, ACTIVITY, activity, expectedVersion);
}

class Reports implements ReportRepository {
  constructor(private readonly ctx: SharePointContext) {}
  async append(
    report: StatusReport,
    idempotencyKey: string,
    options: { expectedLatestId?: string | null; userBound?: boolean } = {},
  ): Promise<AppendReportResult> {
    await this.ctx.fresh();
    const all = this.ctx.reports.all();
    const seen = all.find((s) => s.idempotencyKey === idempotencyKey);
    if (seen !== undefined) return replayOf(seen.report, report, options.userBound === true);
    if (options.expectedLatestId !== undefined) {
      const latest = newestPerActivity(all.map((s) => s.report)).get(report.activityId);
      if ((latest?.id ?? null) !== options.expectedLatestId)
        throw new ConflictError('report', report.activityId);
    }
    const { pending } = await this.ctx.write(
      this.ctx.reports,
      { report, idempotencyKey },
      'create',
    );
    return pending ? { report, created: true, syncPending: true } : { report, created: true };
  }
  async latest(
    filter: { roundId?: string; activityIds?: readonly string[] } = {},
  ): Promise<StatusReport[]> {
    if (filter.activityIds?.length === 0) return [];
    const wanted = filter.activityIds === undefined ? null : new Set(filter.activityIds);
    const reports = (await read(this.ctx, this.ctx.reports))
      .map((s) => s.report)
      .filter(
        (r) =>
          (filter.roundId === undefined || r.roundId === filter.roundId) &&
          (wanted?.has(r.activityId) ?? true),
      );
    return [...newestPerActivity(reports).values()].sort((a, b) =>
      byId(a.activityId, b.activityId),
    );
  }
  async history(activityId: string): Promise<StatusReport[]> {
    const reports = (await read(this.ctx, this.ctx.reports))
      .map((s) => s.report)
      .filter((r) => r.activityId === activityId);
    // Stable sort: on a reportedAt tie the earlier append (server order) comes first.
    return reports.sort((a, b) => byId(a.reportedAt, b.reportedAt));
  }
}

/** Latest report per activity by reportedAt; `reports` is in append order, so a tie goes to the later one. */
function newestPerActivity(reports: readonly StatusReport[]): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const r of reports) {
    const current = latest.get(r.activityId);
    if (current === undefined || r.reportedAt >= current.reportedAt) latest.set(r.activityId, r);
  }
  return latest;
}

class Rounds implements RoundRepository {
  constructor(private readonly ctx: SharePointContext) {}
  async list(planId: string): Promise<ReportingRound[]> {
    return (await read(this.ctx, this.ctx.rounds))
      .filter((r) => r.planId === planId)
      .sort((a, b) => byId(a.opensAt, b.opensAt) || byId(a.id, b.id));
  }
  get = (roundId: string): Promise<ReportingRound | undefined> =>
    readOne(this.ctx, this.ctx.rounds, roundId);
  upsert = (round: ReportingRound): Promise<void> => upsert(this.ctx, this.ctx.rounds, round);
}

/**
 * The store port over SharePoint lists via Microsoft Graph. Reads come from a local read model
 * kept fresh with delta queries; writes go through a durable outbox and never keep the user
 * waiting longer than the write budget. See docs/decisions/0011-sharepoint-lists.md.
 */
export class SharePointStore implements StorePort {
  readonly plans: PlanRepository;
  readonly organisations: OrganisationRepository;
  readonly activities: ActivityRepository;
  readonly reports: ReportRepository;
  readonly rounds: RoundRepository;
  readonly members: MemberRepository;
  readonly standIns: StandInRepository;
  readonly support: SharePointSupport;
  readonly imports: ImportBatchRepository;
  /** The meeting store port on the same site, read model and outbox (not part of StorePort). */
  readonly meetings: SharePointMeetingStore;
  readonly minutes: SharePointMinutesStore;
  /** Indicator values and the Kolada cache (decision 0026; not part of StorePort). */
  readonly indicators: SharePointIndicatorStore;
  /** Activity edits SharePoint refused for good, for the tab (not part of StorePort). */
  readonly refusedEdits: SharePointRefusedEdits;
  private readonly timer: NodeJS.Timeout | null;

  private constructor(
    readonly context: SharePointContext,
    private readonly options: SharePointStoreOptions,
  ) {
    this.plans = new Plans(context);
    this.organisations = new Organisations(context);
    this.activities = new Activities(context);
    this.reports = new Reports(context);
    this.rounds = new Rounds(context);
    this.members = new SharePointMembers(context, options.now ?? (() => new Date()));
    this.standIns = new SharePointStandIns(context);
    this.support = new SharePointSupport(context);
    this.imports = new SharePointImportBatch(context);
    this.meetings = new SharePointMeetingStore(context);
    this.minutes = new SharePointMinutesStore(context);
    this.indicators = new SharePointIndicatorStore(context);
    this.refusedEdits = new SharePointRefusedEdits(
      options.outbox,
      this.activities,
      options.now ?? (() => new Date()),
    );
    const interval = options.drainIntervalMs ?? 2000;
    this.timer = interval > 0 ? setInterval(() => void context.writer.drain(), interval) : null;
    this.timer?.unref();
  }

  /** Resolves the site and lists, loads the read model (cold delta sync), recovers the outbox. */
  static async open(options: SharePointStoreOptions): Promise<SharePointStore> {
    const lists = await SiteLists.open(options.http, options.siteUrl);
    const context = new SharePointContext(lists, options);
    await context.sync();
    const recovered = await context.recover();
    const store = new SharePointStore(context, options);
    if (recovered.length > 0) void context.writer.drain();
    return store;
  }

  /** Waits for queued writes to reach SharePoint (tests and graceful shutdown). */
  async flush(timeoutMs = 10_000): Promise<boolean> {
    return this.context.writer.flush(timeoutMs);
  }

  async close(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    // Writes still being sent get a moment to finish; whatever is left stays in the outbox.
    await this.context.writer.settle(this.options.closeGraceMs ?? 3000);
    await this.options.outbox.close();
  }
}
