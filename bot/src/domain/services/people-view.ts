import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import type { StandIn } from '../people/people-types';
import { isActiveOn, isCurrentOrUpcoming, peopleToday } from '../people/stand-ins';
import type { Member, Organisation, Role } from '../types';
import { isSamordning } from '../roles';
import { validOn } from '../organisations/organisation-history';
import type { PeopleActor } from './people-service';

/**
 * What "Personer" shows the caller. Samordning sees everyone, with object ids (she manages
 * them); a samordnare sees her own organisation (names only) and her stand-ins; everyone sees
 * who is Samordning (whom to ask). Nobody else gets an object id.
 */

export interface PersonView {
  /** Only for Samordning. */
  readonly userId?: string;
  readonly name: string;
  readonly organisationId: string | null;
  readonly roles: readonly Role[];
}

export interface StandInView {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly absentName: string;
  readonly standInName: string;
  /** Only for Samordning. */
  readonly absentUserId?: string;
  readonly standInUserId?: string;
  readonly from: string;
  readonly to: string;
  /** Standing today. */
  readonly active: boolean;
  readonly createdByName: string;
  /** Whether the caller may end it. */
  readonly canEnd: boolean;
}

export interface OrganisationPeople {
  readonly id: string;
  readonly name: string;
  /** The organisation has ended (decision 0030): listed only while someone is still in it. */
  readonly ended: boolean;
  readonly samordnare: readonly PersonView[];
  /** Current and upcoming stand-ins. */
  readonly standIns: readonly StandInView[];
}

export interface PeopleView {
  /** Today (Europe/Stockholm): stand-in periods are compared with it. */
  readonly today: string;
  /** Samordning: may add, move and remove people, set roles and see the log. */
  readonly canManage: boolean;
  /** The organisation the caller may name a stand-in for herself, or null. */
  readonly ownOrganisationId: string | null;
  /** Whether the caller is in the member list. */
  readonly registered: boolean;
  readonly organisations: readonly OrganisationPeople[];
  /** The organisations a samordnare may be placed in: those that exist today. */
  readonly organisationChoices: readonly { readonly id: string; readonly name: string }[];
  /** Every organisation's name, ended ones too, for the log (Samordning only). */
  readonly organisationNames: readonly { readonly id: string; readonly name: string }[];
  readonly samordning: readonly PersonView[];
  /** Only for Samordning. */
  readonly hr: readonly PersonView[];
  /** The stand-ins the caller holds today or later. */
  readonly standingInFor: readonly StandInView[];
}

const swedish = new Intl.Collator('sv');
const byName = (a: { name: string }, b: { name: string }): number =>
  swedish.compare(a.name, b.name);

function person(m: Member, withId: boolean): PersonView {
  return {
    ...(withId ? { userId: m.userId } : {}),
    name: m.name,
    organisationId: m.organisationId,
    roles: m.roles,
  };
}

function standInView(
  s: StandIn,
  actor: PeopleActor,
  today: string,
  withIds: boolean,
  names: ReadonlyMap<string, string>,
): StandInView {
  const canEnd =
    isSamordning(actor) || actor.userId === s.absentUserId || actor.userId === s.standInUserId;
  return {
    id: s.id,
    organisationId: s.organisationId,
    organisationName: names.get(s.organisationId) ?? s.organisationId,
    absentName: s.absentName,
    standInName: s.standInName,
    ...(withIds ? { absentUserId: s.absentUserId, standInUserId: s.standInUserId } : {}),
    from: s.from,
    to: s.to,
    active: isActiveOn(s, today),
    createdByName: s.createdByName,
    canEnd,
  };
}

const idAndName = (organisations: readonly Organisation[]) =>
  organisations.map((o) => ({ id: o.id, name: o.name }));

export async function loadPeople(
  store: StorePort,
  clock: Clock,
  actor: PeopleActor,
): Promise<PeopleView> {
  const [members, organisations, standIns, record] = await Promise.all([
    store.members.list(),
    store.organisations.list(),
    store.standIns.list(),
    store.members.get(actor.userId),
  ]);
  const today = peopleToday(clock.now());
  const manage = isSamordning(actor);
  const current = standIns.filter((s) => isCurrentOrUpcoming(s, today));
  const own =
    record?.roles.includes('samordnare') === true && record.organisationId !== null
      ? record.organisationId
      : null;
  const valid = new Set(validOn(organisations, today).map((o) => o.id));
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const listed = (manage ? organisations : organisations.filter((o) => o.id === own)).map(
    (o): OrganisationPeople => ({
      id: o.id,
      name: o.name,
      ended: !valid.has(o.id),
      samordnare: members
        .filter((m) => m.roles.includes('samordnare') && m.organisationId === o.id)
        .map((m) => person(m, manage))
        .sort(byName),
      standIns: current
        .filter((s) => s.organisationId === o.id)
        .map((s) => standInView(s, actor, today, manage, names)),
    }),
  );
  return {
    today,
    canManage: manage,
    ownOrganisationId: own,
    registered: record !== undefined,
    // An ended organisation stays while someone is still in it, so Samordning can move them.
    organisations: listed.filter(
      (o) => !o.ended || o.samordnare.length > 0 || o.standIns.length > 0,
    ),
    organisationChoices: manage ? idAndName(organisations.filter((o) => valid.has(o.id))) : [],
    organisationNames: manage ? idAndName(organisations) : [],
    samordning: members
      .filter(isSamordning)
      .map((m) => person(m, manage))
      .sort(byName),
    hr: manage
      ? members
          .filter((m) => m.roles.includes('hr'))
          .map((m) => person(m, true))
          .sort(byName)
      : [],
    standingInFor: current
      .filter((s) => s.standInUserId === actor.userId)
      .map((s) => standInView(s, actor, today, manage, names)),
  };
}
