import type { Clock } from '../ports/clock.port';
import type { StorePort } from '../ports/store.port';
import type { SupportEntry } from '../support/support-types';
import type { Activity, Member, Organisation, Plan, ReportingRound, ReportStatus } from '../types';

/** A demo activity before the seed gives it a plan, timestamps and a version. */
export interface SeedActivity {
  readonly activity: Omit<Activity, 'version' | 'createdAt' | 'updatedAt' | 'planId' | 'demo'>;
  readonly report: { status: ReportStatus; done: string; next: string; reason: string } | null;
}

export interface SeedInput {
  readonly plan: Plan;
  readonly organisations: readonly Organisation[];
  /** Clearly marked demo data; null in production. */
  readonly demo: {
    readonly activities: readonly SeedActivity[];
    readonly members: readonly Member[];
    readonly round: ReportingRound;
    /** HR support information (national helplines and Malmö placeholders), published. */
    readonly supportEntries?: readonly Omit<SupportEntry, 'version'>[];
  } | null;
}

export interface SeedResult {
  readonly activitiesCreated: number;
  readonly reportsCreated: number;
}

/**
 * Writes the plan catalog, the organisations and (optionally) demo data.
 * Idempotent: running it on every start changes nothing the second time and never
 * overwrites activities or reports people have edited.
 */
export async function seedStore(
  store: StorePort,
  clock: Clock,
  input: SeedInput,
): Promise<SeedResult> {
  await store.plans.upsert(input.plan);
  for (const organisation of input.organisations) await store.organisations.upsert(organisation);
  if (input.demo === null) return { activitiesCreated: 0, reportsCreated: 0 };

  const { round } = input.demo;
  await store.rounds.upsert(round);
  // Once "Personer" has changed anything (the log has an entry), the member list is
  // Samordning's: a demo member she removed is not seeded back on the next start.
  const managed = (await store.members.auditLog({ limit: 1 })).length > 0;
  for (const member of managed ? [] : input.demo.members) {
    if ((await store.members.get(member.userId)) === undefined) await store.members.upsert(member);
  }
  let activitiesCreated = 0;
  let reportsCreated = 0;
  const now = clock.now().toISOString();
  for (const seed of input.demo.activities) {
    if ((await store.activities.get(seed.activity.id)) === undefined) {
      await store.activities.create({
        ...seed.activity,
        planId: input.plan.id,
        demo: true,
        createdAt: now,
        updatedAt: now,
      });
      activitiesCreated += 1;
    }
    if (seed.report !== null) {
      const { created } = await store.reports.append(
        {
          id: `seed-${round.id}-${seed.activity.id}`,
          activityId: seed.activity.id,
          roundId: round.id,
          ...seed.report,
          reportedByUserId: 'demo',
          reportedByName: 'Demodata',
          reportedAt: round.opensAt,
        },
        `seed:${round.id}:${seed.activity.id}`,
      );
      if (created) reportsCreated += 1;
    }
  }
  await ensureOpenDemoRound(store, clock, input.plan.id);
  await seedSupport(store, clock, input.demo.supportEntries ?? []);
  return { activitiesCreated, reportsCreated };
}

/** Demo support entries: created once, never overwritten (HR may have edited them). */
async function seedSupport(
  store: StorePort,
  clock: Clock,
  entries: readonly Omit<SupportEntry, 'version'>[],
): Promise<void> {
  const changedAt = clock.now().toISOString();
  for (const entry of entries) {
    if ((await store.support.get(entry.id)) !== undefined) continue;
    await store.support.create(entry, {
      action: 'skapad',
      changedByUserId: 'demo',
      changedByName: 'Demodata',
      changedAt,
    });
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Demo mode only: make sure a reporting round is open now, so a person trying the app
 * can report at once. (In a tenant, rounds come from the meetings Samordning plans.)
 */
async function ensureOpenDemoRound(store: StorePort, clock: Clock, planId: string): Promise<void> {
  const now = clock.now();
  const rounds = await store.rounds.list(planId);
  const t = now.toISOString();
  if (rounds.some((r) => r.opensAt <= t && t < r.closesAt)) return;
  const opens = new Date(now.getTime() - DAY_MS);
  await store.rounds.upsert({
    id: `demo-runda-${t.slice(0, 10)}`,
    planId,
    kind: 'mote',
    title: 'Samordningsgruppens möte (demo)',
    opensAt: opens.toISOString(),
    closesAt: new Date(now.getTime() + 21 * DAY_MS).toISOString(),
  });
}
