/**
 * Loads a checked plan file into the store (issue 15, decision 0021). Idempotent: the same
 * file twice changes nothing. A plan that already has reports is frozen: its follow-up was
 * made against this catalog, so a changed version of it is refused, never written — except
 * for its indicators (mått), which may be added or changed at any time (decision 0026).
 */
import { cityWideHeadingOf, samverkanHeadingsOf } from '../figures/city-wide';
import type { StorePort } from '../ports/store.port';
import { organisationsFromDocument, planFromDocument } from '../plan-file/to-plan';
import type { PlanDocument } from '../plan-file/plan-document';
import type { Organisation, Plan } from '../types';

export type PlanImportOutcome =
  | { readonly kind: 'created'; readonly plan: Plan; readonly organisations: number }
  | { readonly kind: 'updated'; readonly plan: Plan; readonly organisations: number }
  | { readonly kind: 'unchanged'; readonly plan: Plan }
  /** The plan has reports and the file differs from it: nothing is written. */
  | { readonly kind: 'frozen'; readonly plan: Plan; readonly reports: number };

/** Has the plan any report, in any of its rounds? (Counted to tell the person how many.) */
export async function planReportCount(
  store: Pick<StorePort, 'rounds' | 'reports'>,
  planId: string,
): Promise<number> {
  let count = 0;
  for (const round of await store.rounds.list(planId)) {
    count += (await store.reports.latest({ roundId: round.id })).length;
  }
  return count;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The plan as compared with the file: its city-wide heading read as `cityWideHeadingOf` reads
 * it, so Malmö's plan stored before the flag was kept is the same as its unchanged file.
 */
function comparable(plan: Plan): Plan {
  // Both last and in one order, whether the plan came from the file or from the store.
  const { cityWideHeading: _cityWide, samverkanHeadings: _samverkan, ...catalog } = plan;
  return {
    ...catalog,
    cityWideHeading: cityWideHeadingOf(plan),
    samverkanHeadings: samverkanHeadingsOf(plan),
  };
}

/** The plan without its indicators: what reports were made against (decision 0026). */
function catalogOf(plan: Plan): Omit<Plan, 'indicators'> {
  const { indicators: _indicators, ...catalog } = comparable(plan);
  return catalog;
}

const organisationKey = (o: Organisation) => [
  o.name,
  o.kind,
  o.validFrom ?? null,
  o.validTo ?? null,
  o.formerNames ?? [],
  o.handovers ?? [],
];

function sameOrganisation(a: Organisation | undefined, b: Organisation): boolean {
  return a !== undefined && same(organisationKey(a), organisationKey(b));
}

/** The history a plan file can say (not handovers: only a merge or a split makes those). */
const historyOf = (o: Organisation) => [o.validFrom, o.validTo, o.formerNames ?? []];

/**
 * What the store keeps of an organisation the file names (decision 0030). A file that says
 * nothing of its history while the store has one (a rename, merge or split made with
 * `npm run plan`) was written before that change: the store's record stands. Otherwise the
 * file's, with the handovers the store recorded.
 */
function fromFile(stored: Organisation | undefined, file: Organisation): Organisation {
  if (stored === undefined) return file;
  const fileHasHistory = historyOf(file).some((h) => (Array.isArray(h) ? h.length > 0 : h));
  const storeHasHistory = historyOf(stored).some((h) => (Array.isArray(h) ? h.length > 0 : h));
  if (storeHasHistory && !fileHasHistory) return stored;
  return stored.handovers === undefined ? file : { ...file, handovers: stored.handovers };
}

export async function importPlan(
  store: Pick<StorePort, 'plans' | 'organisations' | 'rounds' | 'reports'>,
  doc: PlanDocument,
): Promise<PlanImportOutcome> {
  const plan = planFromDocument(doc);
  const organisations = organisationsFromDocument(doc);
  const existing = await store.plans.get(plan.id);
  const stored = await Promise.all(organisations.map((o) => store.organisations.get(o.id)));
  const changedOrganisations = organisations
    .map((o, i) => fromFile(stored[i], o))
    .filter((o, i) => !sameOrganisation(stored[i], o));
  const planChanged = existing === undefined || !same(comparable(existing), comparable(plan));
  if (!planChanged && changedOrganisations.length === 0) return { kind: 'unchanged', plan };
  // Indicators are how the plan is followed up, not what its reports were made against: a
  // changed indicator reaches a plan that has reports; a changed catalog does not.
  if (existing !== undefined && !same(catalogOf(existing), catalogOf(plan))) {
    const reports = await planReportCount(store, plan.id);
    if (reports > 0) return { kind: 'frozen', plan: existing, reports };
  }
  // The first plan in a store becomes its current one; a later plan waits until someone
  // chooses it (`npm run plan -- current`), so importing next period's plan early changes nothing.
  const first = existing === undefined && (await store.plans.current()) === undefined;
  if (planChanged) await store.plans.upsert(plan);
  if (first) await store.plans.makeCurrent(plan.id);
  for (const organisation of changedOrganisations) await store.organisations.upsert(organisation);
  return {
    kind: existing === undefined ? 'created' : 'updated',
    plan,
    organisations: changedOrganisations.length,
  };
}
