/**
 * The tagging worklist (issue 19 item 4): the activities of the reader's organisation that carry
 * no fokusområde, perspektiv or målgrupp — the ones that make the follow-up's coverage
 * uncertain — and, for Samordning, the share tagged per organisation.
 */
import { isUntagged, taggingPerOrganisation, type OrganisationTagging } from '../figures/coverage';
import type { StorePort } from '../ports/store.port';
import { isSamordning } from '../roles';
import type { Activity, Organisation } from '../types';
import { listMyActivities, type MyActivitiesResult } from './my-activities';
import { resolvedPlanOrUndefined } from './resolve-plan';

/** One organisation's tagging, named. */
export type NamedTagging = OrganisationTagging & { readonly organisationName: string };

export type UntaggedResult =
  | Extract<MyActivitiesResult, { kind: 'unknown-user' | 'no-organisation' }>
  | {
      readonly kind: 'ok';
      readonly organisation: Organisation;
      /** The organisation's untagged activities, in the plan's goal order. */
      readonly untagged: readonly Activity[];
      /** How many activities the organisation has in the current plan. */
      readonly total: number;
      /** Samordning only: every organisation with activities, least tagged first. */
      readonly perOrganisation: readonly NamedTagging[] | null;
    };

export async function listUntagged(
  store: StorePort,
  userId: string,
  now: Date,
): Promise<UntaggedResult> {
  const mine = await listMyActivities(store, userId, now);
  if (mine.kind !== 'ok') return mine;
  const activities = mine.groups.flatMap((g) => g.items.map((i) => i.activity));
  let perOrganisation: NamedTagging[] | null = null;
  if (isSamordning(mine.member)) {
    const plan = await resolvedPlanOrUndefined(store);
    const [all, organisations] = await Promise.all([
      plan === undefined ? Promise.resolve([]) : store.activities.list({ planId: plan.id }),
      store.organisations.list(),
    ]);
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    perOrganisation = taggingPerOrganisation(
      all,
      organisations.map((o) => o.id),
    )
      .filter((o) => o.total > 0)
      .map((o) => ({ ...o, organisationName: names.get(o.organisationId) ?? o.organisationId }))
      .sort(
        (a, b) =>
          (a.share ?? 1) - (b.share ?? 1) ||
          a.organisationName.localeCompare(b.organisationName, 'sv'),
      );
  }
  return {
    kind: 'ok',
    organisation: mine.organisation,
    untagged: activities.filter(isUntagged),
    total: activities.length,
    perOrganisation,
  };
}
