import type { PeopleAuditEntry, StandIn } from '../../bot/src/domain/people/people-types';
import type { StorePort } from '../../bot/src/domain/ports/store.port';
import type { Member } from '../../bot/src/domain/types';

/** The log entry of someone adding `after` (member or stand-in) at `at`. */
function added(id: string, at: string, actor: Pick<Member, 'userId' | 'name'>) {
  return { id, at, actorUserId: actor.userId, actorName: actor.name };
}

/** Stores members and stand-ins as added by `actor`, each with its log entry. */
export async function storePeople(
  store: Pick<StorePort, 'members' | 'standIns'>,
  actor: Pick<Member, 'userId' | 'name'>,
  people: { readonly members?: readonly Member[]; readonly standIns?: readonly StandIn[] },
): Promise<void> {
  for (const m of people.members ?? []) {
    const entry: PeopleAuditEntry = {
      ...added(`add-${m.userId}`, '2024-06-01T08:00:00.000Z', actor),
      subjectUserId: m.userId,
      change: { kind: 'member', before: null, after: m },
    };
    await store.members.upsert(m, entry);
  }
  for (const s of people.standIns ?? []) {
    const entry: PeopleAuditEntry = {
      ...added(`add-${s.id}`, s.createdAt, actor),
      subjectUserId: s.absentUserId,
      change: { kind: 'stand-in', before: null, after: s },
    };
    await store.standIns.save(s, entry);
  }
}
