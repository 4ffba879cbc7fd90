/**
 * Renames, merges and splits of organisations as pure decisions (issue 15 item 5, decision
 * 0030): given what the store holds, either the records to write or a refusal, as data.
 * Nothing here writes; `services/organisation-change-service.ts` does, only when nothing was
 * refused.
 *
 * The rules that keep the follow-up true:
 * - a change takes effect on its `from` day: rounds that opened before it are counted as
 *   before (organisation-history.ts);
 * - so `from` must come after the opening day of every round that already has reports, in
 *   any plan: a change never rewrites a follow-up that was made;
 * - and inside the plan's period, while both organisations exist.
 */
import { addDays, isLocalDate } from '../meetings/local-time';
import { ORGANISATION_KINDS } from '../types';
import type { Activity, Handover, Member, Organisation, Plan, ReportingRound } from '../types';
import type { StandIn } from '../people/people-types';
import { isValidOn } from './organisation-history';

/** A round that already has reports, by its opening day. */
export type ReportedRound = Pick<ReportingRound, 'title'> & { readonly day: string };

/** What the decisions read: the chosen plan, every organisation, the plan's activities, members. */
export type ChangeContext = Readonly<{
  /** The plan the change is made on (the current one unless another was chosen). */
  plan: Plan;
  /** Every organisation in the store, ended ones too (organisations are shared by plans). */
  organisations: readonly Organisation[];
  /** The chosen plan's activities. */
  activities: readonly Activity[];
  /** Every member: a merge moves the source's samordnare. */
  members: readonly Member[];
  /** Every stand-in: a merge moves the source's current and upcoming ones. */
  standIns: readonly StandIn[];
  /** Rounds of every plan that have at least one report. */
  reportedRounds: readonly ReportedRound[];
}>;

export type OrganisationChangeRefusal =
  | { readonly kind: 'bad-date'; readonly value: string }
  | { readonly kind: 'unknown-organisation'; readonly id: string }
  | { readonly kind: 'not-valid-on'; readonly id: string; readonly day: string }
  | { readonly kind: 'before-reported-round'; readonly round: ReportedRound }
  | { readonly kind: 'outside-plan'; readonly plan: Plan; readonly day: string }
  | { readonly kind: 'empty-name' }
  | { readonly kind: 'same-name'; readonly name: string }
  | { readonly kind: 'name-taken'; readonly name: string; readonly id: string }
  | { readonly kind: 'same-organisation'; readonly id: string }
  | { readonly kind: 'bad-id'; readonly id: string }
  | { readonly kind: 'id-taken'; readonly id: string }
  | { readonly kind: 'too-few-parts' }
  | { readonly kind: 'unknown-activity'; readonly id: string }
  | { readonly kind: 'unknown-part'; readonly activityId: string; readonly id: string }
  | { readonly kind: 'unplaced-activities'; readonly ids: readonly string[] };

/** A member moved from one organisation to another (the log says who and when). */
export type MemberMove = { readonly [K in 'before' | 'after']: Member };

/** A stand-in moved to the organisation that took over. */
export type StandInMove = { readonly [K in 'before' | 'after']: StandIn };

/** What a change writes. */
export interface OrganisationChange {
  /** Organisations created or replaced (with their history). */
  readonly organisations: readonly Organisation[];
  /** Activities and the organisation each moves to. */
  readonly moves: readonly { readonly activity: Activity; readonly to: string }[];
  readonly members: readonly MemberMove[];
  readonly standIns: readonly StandInMove[];
  /** Members left with an organisation that ended (a split cannot tell where they go). */
  readonly membersLeft: readonly Member[];
}

export type ChangeOutcome = OrganisationChange | OrganisationChangeRefusal;

export function isChangeRefusal(outcome: ChangeOutcome): outcome is OrganisationChangeRefusal {
  return 'kind' in outcome;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const sameText = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'base' }) === 0;

/** The refusals every change shares: the day, the follow-up already made, the plan's period. */
function dayRefusal(ctx: ChangeContext, from: string): OrganisationChangeRefusal | undefined {
  if (!isLocalDate(from)) return { kind: 'bad-date', value: from };
  const reported = [...ctx.reportedRounds]
    .sort((a, b) => b.day.localeCompare(a.day))
    .find((r) => r.day >= from);
  if (reported !== undefined) return { kind: 'before-reported-round', round: reported };
  const year = Number(from.slice(0, 4));
  if (year < ctx.plan.periodStart || year > ctx.plan.periodEnd) {
    return { kind: 'outside-plan', plan: ctx.plan, day: from };
  }
  return undefined;
}

/** The organisation, existing on `from` and the day before (it has a past to keep). */
function existing(
  ctx: ChangeContext,
  id: string,
  from: string,
): Organisation | OrganisationChangeRefusal {
  const organisation = ctx.organisations.find((o) => o.id === id);
  if (organisation === undefined) return { kind: 'unknown-organisation', id };
  if (!isValidOn(organisation, from) || !isValidOn(organisation, addDays(from, -1))) {
    return { kind: 'not-valid-on', id, day: from };
  }
  return organisation;
}

const KINDS: ReadonlySet<string> = new Set(ORGANISATION_KINDS);
/** The organisation a change on `day` is about, or why the change is refused. */
function changing(
  ctx: ChangeContext,
  id: string,
  day: string,
): Organisation | OrganisationChangeRefusal {
  return dayRefusal(ctx, day) ?? existing(ctx, id, day);
}

const isOrganisation = (value: Organisation | OrganisationChangeRefusal): value is Organisation =>
  KINDS.has(value.kind);

/** Ends an organisation the day before `from`, handing its activities over as `handovers`. */
function ended(organisation: Organisation, from: string, handovers: Handover[]): Organisation {
  const kept = [
    ...(organisation.handovers ?? []),
    ...handovers.filter((h) => h.activityIds.length),
  ];
  return {
    ...organisation,
    validTo: addDays(from, -1),
    ...(kept.length === 0 ? {} : { handovers: kept }),
  };
}

const NO_CHANGE = { moves: [], members: [], standIns: [], membersLeft: [] } as const;

/** Rename `id` to `name` from the day `from`. */
export type RenameRequest = { readonly [K in 'id' | 'name' | 'from']: string };
/** Merge the organisation `from` into `into` from `day`. */
export type MergeRequest = { readonly [K in 'from' | 'into' | 'day']: string };

/** A new name from `from`; the old one kept with its last day. */
export function planRename(ctx: ChangeContext, request: RenameRequest): ChangeOutcome {
  const organisation = changing(ctx, request.id, request.from);
  if (!isOrganisation(organisation)) return organisation;
  const name = request.name.trim();
  if (name === '') return { kind: 'empty-name' };
  if (name === organisation.name) return { kind: 'same-name', name };
  const other = ctx.organisations.find(
    (o) => o.id !== organisation.id && isValidOn(o, request.from) && sameText(o.name, name),
  );
  if (other !== undefined) return { kind: 'name-taken', name, id: other.id };
  const formerNames = [
    ...(organisation.formerNames ?? []),
    { name: organisation.name, until: addDays(request.from, -1) },
  ];
  return { organisations: [{ ...organisation, name, formerNames }], ...NO_CHANGE };
}

/**
 * `from` merges into `into` on `from`: the plan's activities of `from` move to `into` (their
 * reports stay with the organisation they were made for: a round before the day counts them
 * for `from`), its samordnare become `into`'s with their current and upcoming stand-ins, and
 * `from` ends the day before.
 */
export function planMerge(ctx: ChangeContext, request: MergeRequest): ChangeOutcome {
  const source = changing(ctx, request.from, request.day);
  if (!isOrganisation(source)) return source;
  if (request.from === request.into) return { kind: 'same-organisation', id: request.from };
  const target = existing(ctx, request.into, request.day);
  if (!isOrganisation(target)) return target;
  const theirs = ctx.activities.filter((a) => a.organisationId === source.id);
  const handover: Handover = {
    to: target.id,
    from: request.day,
    activityIds: theirs.map((a) => a.id),
  };
  return {
    organisations: [ended(source, request.day, [handover])],
    moves: theirs.map((activity) => ({ activity, to: target.id })),
    members: ctx.members
      .filter((m) => m.organisationId === source.id)
      .map((before) => ({ before, after: { ...before, organisationId: target.id } })),
    // Stand-ins not ended that reach the merge day follow their samordnare; past ones stay.
    standIns: ctx.standIns
      .filter((s) => s.organisationId === source.id && s.endedAt === null && s.to >= request.day)
      .map((before) => ({ before, after: { ...before, organisationId: target.id } })),
    membersLeft: [],
  };
}

/** One organisation a split creates. */
export interface SplitPart {
  readonly id: string;
  readonly name: string;
}

/**
 * `from` splits into new organisations on `day`: each gets the activities `placement` gives
 * it (every activity of `from` in the plan must be placed, unless there is only one part);
 * `from` ends the day before. Its samordnare stay listed with it until someone moves them in
 * the tab: a split cannot tell who goes where.
 */
/** Split `from` into `parts` from `day`, each activity placed (activity id → part id). */
export interface SplitRequest {
  readonly from: string;
  readonly parts: readonly SplitPart[];
  readonly day: string;
  readonly placement: ReadonlyMap<string, string>;
}

export function planSplit(ctx: ChangeContext, request: SplitRequest): ChangeOutcome {
  const source = changing(ctx, request.from, request.day);
  if (!isOrganisation(source)) return source;
  if (request.parts.length < 2) return { kind: 'too-few-parts' };
  const partIds = new Set<string>();
  for (const part of request.parts) {
    if (!ID_PATTERN.test(part.id)) return { kind: 'bad-id', id: part.id };
    if (partIds.has(part.id) || ctx.organisations.some((o) => o.id === part.id)) {
      return { kind: 'id-taken', id: part.id };
    }
    if (part.name.trim() === '') return { kind: 'empty-name' };
    partIds.add(part.id);
  }
  const theirs = ctx.activities.filter((a) => a.organisationId === source.id);
  for (const [activityId, partId] of request.placement) {
    if (!theirs.some((a) => a.id === activityId))
      return { kind: 'unknown-activity', id: activityId };
    if (!partIds.has(partId)) return { kind: 'unknown-part', activityId, id: partId };
  }
  const unplaced = theirs.filter((a) => !request.placement.has(a.id)).map((a) => a.id);
  if (unplaced.length > 0) return { kind: 'unplaced-activities', ids: unplaced };
  const moves = theirs.map((activity) => ({
    activity,
    to: request.placement.get(activity.id) ?? '',
  }));
  const handovers = request.parts.map((part) => ({
    to: part.id,
    from: request.day,
    activityIds: moves.filter((m) => m.to === part.id).map((m) => m.activity.id),
  }));
  const created = request.parts.map((part): Organisation => ({
    id: part.id,
    name: part.name.trim(),
    kind: source.kind,
    validFrom: request.day,
  }));
  return {
    organisations: [ended(source, request.day, handovers), ...created],
    moves,
    members: [],
    standIns: [],
    membersLeft: ctx.members.filter((m) => m.organisationId === source.id),
  };
}
