import type { Logger } from 'pino';
import type {
  PendingWrite,
  PendingWriteKind,
  WriteOutboxPort,
} from '../../domain/ports/write-outbox.port';
import type { GraphHttp } from '../../graph/graph-http';
import { ListReplica, type ReplicaEntry } from './list-replica';
import type { ListName } from './list-schema';
import {
  activityMapper,
  organisationMapper,
  planMapper,
  reportMapper,
  roundMapper,
  supportEntryMapper,
  supportVersionMapper,
  type ListMapper,
} from './sharepoint-mappers';
import {
  meetingMapper,
  meetingSnapshotMapper,
  meetingStepMapper,
} from './sharepoint-meeting-mappers';
import { agendaEditsMapper, decisionMapper } from './sharepoint-minutes-mappers';
import {
  indicatorDefinitionMapper,
  indicatorValueMapper,
  koladaCacheMapper,
} from './sharepoint-indicator-mappers';
import { auditMapper, standInMapper, storedMemberMapper } from './sharepoint-people-mappers';
import { SiteLists } from './site-lists';
import { WriteSync } from './write-sync';

export interface SharePointStoreOptions {
  readonly http: GraphHttp;
  readonly siteUrl: string;
  readonly outbox: WriteOutboxPort;
  readonly now?: () => Date;
  /** Reads older than this refresh the read model with delta queries first (default 30 s). */
  readonly stalenessMs?: number;
  /** How long a caller waits for a write before it is left to the outbox (default 2 s). */
  readonly writeBudgetMs?: number;
  /** Items per delta page (default 200). */
  readonly pageSize?: number;
  /** How often the outbox is drained in the background (default 2 s; 0 = never, tests). */
  readonly drainIntervalMs?: number;
  readonly backoffMs?: readonly number[];
  /** How long close() waits for writes still being sent (default 3 s). */
  readonly closeGraceMs?: number;
  readonly logger?: Logger;
}

/** One write of a batch: a record for a list's read model, and the entry it replaces. */
export interface BatchWrite {
  readonly replica: ListReplica<unknown>;
  readonly record: unknown;
  readonly kind: PendingWriteKind;
  readonly base?: ReplicaEntry<unknown>;
}

/** Every list's read model, the write path and freshness: what the repositories share. */
export class SharePointContext {
  readonly plans = new ListReplica(planMapper);
  readonly organisations = new ListReplica(organisationMapper);
  readonly activities = new ListReplica(activityMapper);
  readonly reports = new ListReplica(reportMapper);
  readonly rounds = new ListReplica(roundMapper);
  readonly members = new ListReplica(storedMemberMapper);
  readonly peopleLog = new ListReplica(auditMapper);
  readonly standIns = new ListReplica(standInMapper);
  readonly support = new ListReplica(supportEntryMapper);
  readonly supportVersions = new ListReplica(supportVersionMapper);
  readonly meetings = new ListReplica(meetingMapper);
  readonly meetingSnapshots = new ListReplica(meetingSnapshotMapper);
  readonly meetingSteps = new ListReplica(meetingStepMapper);
  readonly meetingAgendas = new ListReplica(agendaEditsMapper);
  readonly meetingDecisions = new ListReplica(decisionMapper);
  readonly indicatorValues = new ListReplica(indicatorValueMapper);
  readonly koladaCache = new ListReplica(koladaCacheMapper);
  readonly indicatorDefinitions = new ListReplica(indicatorDefinitionMapper);
  readonly writer: WriteSync;
  private syncedAt = Number.NEGATIVE_INFINITY;
  private syncing: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(
    readonly lists: SiteLists,
    private readonly options: SharePointStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.writer = new WriteSync(lists, options.outbox, {
      budgetMs: options.writeBudgetMs ?? 2000,
      now: this.now,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
      onStored: (write, item) => this.replica(write.list).confirm(write.key, item.id, item.eTag),
      onDropped: (write) => {
        this.replica(write.list).forget(write.key);
        this.syncedAt = Number.NEGATIVE_INFINITY;
      },
    });
  }

  private get replicas(): ListReplica<unknown>[] {
    return [
      this.plans,
      this.organisations,
      this.activities,
      this.reports,
      this.rounds,
      this.members,
      this.support,
      this.supportVersions,
      this.meetings,
      this.meetingSnapshots,
      this.meetingSteps,
      this.peopleLog,
      this.standIns,
      this.meetingAgendas,
      this.meetingDecisions,
      this.indicatorValues,
      this.koladaCache,
      this.indicatorDefinitions,
    ] as ListReplica<unknown>[];
  }

  replica(list: string): ListReplica<unknown> {
    const found = this.replicas.find((r) => r.mapper.list === list);
    if (found === undefined) throw new Error(`No read model for ${list}`);
    return found;
  }

  /** Brings the read model up to date unless it is fresh (no Graph call when fresh). */
  async fresh(): Promise<void> {
    if (this.now().getTime() - this.syncedAt <= (this.options.stalenessMs ?? 30_000)) return;
    await this.sync();
  }

  /** One delta query per list (ceil(N / page size) calls on a cold start). */
  async sync(): Promise<void> {
    this.syncing ??= (async () => {
      try {
        const started = this.now().getTime();
        for (const replica of this.replicas) {
          const { items, deltaLink } = await this.lists.delta(
            replica.mapper.list,
            replica.deltaLink,
            this.options.pageSize ?? 200,
          );
          replica.applyServer(items);
          replica.deltaLink = deltaLink;
        }
        this.syncedAt = started;
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /** Re-applies writes still in the outbox after a restart, so reads include them. */
  async recover(): Promise<PendingWrite[]> {
    const pending = await this.options.outbox.list();
    for (const write of pending) {
      const replica = this.replica(write.list);
      const { '@itemId': _itemId, ...fields } = JSON.parse(write.fields) as Record<string, unknown>;
      replica.applyLocal(replica.mapper.fromFields(fields));
    }
    this.writer.markRecovered(pending);
    return pending;
  }

  /**
   * Several writes as one unit (an import): durable in the outbox together first, then applied
   * to the read model all at once (no read sees a part), then sent in the background.
   */
  async writeAll(writes: readonly BatchWrite[]): Promise<void> {
    const items = writes.map((w) => {
      const itemId = w.base?.itemId ?? null;
      return {
        list: w.replica.mapper.list as ListName,
        kind: w.kind === 'update' && itemId === null ? ('upsert' as const) : w.kind,
        key: w.replica.mapper.key(w.record),
        fields: w.replica.mapper.toFields(w.record),
        target: { itemId, etag: w.base?.eTag ?? null },
      };
    });
    await this.writer.queueAll(items);
    for (const w of writes) w.replica.applyLocal(w.record);
  }

  /**
   * Applies a write locally (visible at once) and sends it through the outbox. Resolves
   * `pending: true` when SharePoint did not confirm it within the budget.
   */
  async write<T>(
    replica: ListReplica<T>,
    record: T,
    kind: PendingWriteKind,
    base?: ReplicaEntry<T>,
  ): Promise<{ pending: boolean }> {
    const mapper: ListMapper<T> = replica.mapper;
    const itemId = base?.itemId ?? null;
    replica.applyLocal(record);
    const result = await this.writer.write(
      mapper.list as ListName,
      kind === 'update' && itemId === null ? 'upsert' : kind,
      mapper.key(record),
      mapper.toFields(record),
      { itemId, etag: base?.eTag ?? null },
    );
    return { pending: result.item === null };
  }
}
