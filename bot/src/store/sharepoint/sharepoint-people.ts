import type { PeopleAuditEntry, StandIn } from '../../domain/people/people-types';
import type { MemberRepository, StandInRepository } from '../../domain/ports/store.port';
import type { Member } from '../../domain/types';
import type { ListReplica } from './list-replica';
import type { BatchWrite, SharePointContext } from './sharepoint-context';
import type { StoredMember } from './sharepoint-people-mappers';
import { sameContent } from '../same-content';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The write of `record` over its current item (if any), for `SharePointContext.writeAll`; none
 * when the item already holds it.
 */
function overwrite<T>(replica: ListReplica<T>, record: T): BatchWrite[] {
  const base = replica.get(replica.mapper.key(record));
  if (
    base !== undefined &&
    sameContent(replica.mapper.toFields(base.record), replica.mapper.toFields(record), [])
  ) {
    return [];
  }
  return [
    {
      replica: replica as ListReplica<unknown>,
      record,
      kind: 'upsert',
      ...(base === undefined ? {} : { base }),
    },
  ];
}

/** The log entry's write, unless that entry is already logged (a replayed change). */
function logged(ctx: SharePointContext, entry: PeopleAuditEntry | undefined): BatchWrite[] {
  if (entry === undefined || ctx.peopleLog.get(entry.id) !== undefined) return [];
  return [{ replica: ctx.peopleLog as ListReplica<unknown>, record: entry, kind: 'create' }];
}

/**
 * Medlemmar over the read model. A change and its log entry go into the write outbox as one
 * unit (both reach SharePoint, or neither is lost); a removed member stays an item with
 * RemovedAt set, so every instance's delta sync sees the removal.
 */
export class SharePointMembers implements MemberRepository {
  constructor(
    private readonly ctx: SharePointContext,
    private readonly now: () => Date,
  ) {}

  private current(userId: string): Member | undefined {
    const entry = this.ctx.members.get(userId);
    return entry === undefined || entry.record.removedAt !== null ? undefined : entry.record.member;
  }

  async get(userId: string): Promise<Member | undefined> {
    await this.ctx.fresh();
    return this.current(userId);
  }

  async list(): Promise<Member[]> {
    await this.ctx.fresh();
    return this.ctx.members
      .all()
      .filter((s) => s.removedAt === null)
      .map((s) => s.member)
      .sort((a, b) => byText(a.name, b.name));
  }

  async upsert(member: Member, audit?: PeopleAuditEntry): Promise<void> {
    await this.ctx.fresh();
    const writes = [
      ...overwrite(this.ctx.members, { member, removedAt: null }),
      ...logged(this.ctx, audit),
    ];
    if (writes.length > 0) await this.ctx.writeAll(writes);
  }

  async remove(userId: string, audit?: PeopleAuditEntry): Promise<void> {
    await this.ctx.fresh();
    const member = this.current(userId);
    if (member === undefined) return;
    const removed: StoredMember = {
      member,
      removedAt: audit?.at ?? this.now().toISOString(),
    };
    await this.ctx.writeAll([...overwrite(this.ctx.members, removed), ...logged(this.ctx, audit)]);
  }

  async auditLog(options: { limit?: number } = {}): Promise<PeopleAuditEntry[]> {
    await this.ctx.fresh();
    // Server order breaks a tie of equal instants: the later entry first.
    const entries = this.ctx.peopleLog.all().reverse();
    const sorted = entries.sort((a, b) => byText(b.at, a.at));
    return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
  }
}

/** Ersättare over the read model, each save with its log entry as one unit. */
export class SharePointStandIns implements StandInRepository {
  constructor(private readonly ctx: SharePointContext) {}

  async list(filter: { organisationId?: string } = {}): Promise<StandIn[]> {
    await this.ctx.fresh();
    return this.ctx.standIns
      .all()
      .filter(
        (s) => filter.organisationId === undefined || s.organisationId === filter.organisationId,
      )
      .sort((a, b) => byText(a.from, b.from) || byText(a.id, b.id));
  }

  async get(id: string): Promise<StandIn | undefined> {
    await this.ctx.fresh();
    return this.ctx.standIns.get(id)?.record;
  }

  async save(standIn: StandIn, audit: PeopleAuditEntry): Promise<void> {
    await this.ctx.fresh();
    const writes = [...overwrite(this.ctx.standIns, standIn), ...logged(this.ctx, audit)];
    if (writes.length > 0) await this.ctx.writeAll(writes);
  }
}
