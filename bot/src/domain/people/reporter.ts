import type { StorePort } from '../ports/store.port';
import type { Member } from '../types';
import type { StandIn } from './people-types';
import { peopleToday, standingInFor } from './stand-ins';
import { isSamordning } from '../roles';

const swedish = new Intl.Collator('sv');

/**
 * Whom to ask to be added: the names of the Samordning members, in Swedish order. Everyone who
 * is not registered is told these names, never left with a silent read-only view.
 */
export async function samordningNames(store: Pick<StorePort, 'members'>): Promise<string[]> {
  return (await store.members.list())
    .filter(isSamordning)
    .map((m) => m.name)
    .sort((a, b) => swedish.compare(a, b));
}

/** Someone who may report: the member record (made up for a stand-in who has none) and today's stand-ins. */
export interface Reporter {
  readonly member: Member;
  /** The stand-ins this person holds today (Europe/Stockholm), earliest period first. */
  readonly standIns: readonly StandIn[];
}

/** Nobody Samordna knows: not a member and no stand-in today; says whom to ask. */
export interface NotRegistered {
  readonly kind: 'unknown-user';
  readonly askSamordning: readonly string[];
}

/**
 * The reporter behind a Teams sender or tab caller (Entra object id, never from a payload):
 * the member record and the stand-ins she holds on `now`'s local day; a stand-in with no
 * record of her own gets one without organisation or roles. Nobody known: NotRegistered.
 */
export async function resolveReporter(
  store: Pick<StorePort, 'members' | 'standIns'>,
  now: Date,
  userId: string | null,
): Promise<Reporter | NotRegistered> {
  if (userId === null) return { kind: 'unknown-user', askSamordning: await samordningNames(store) };
  const [member, standIns] = await Promise.all([store.members.get(userId), store.standIns.list()]);
  const active = standingInFor(standIns, userId, peopleToday(now));
  if (member !== undefined) return { member, standIns: active };
  const first = active[0];
  if (first === undefined)
    return { kind: 'unknown-user', askSamordning: await samordningNames(store) };
  return {
    member: { userId, name: first.standInName, organisationId: null, roles: [] },
    standIns: active,
  };
}
