/**
 * `ten-years`: two plan periods and ten years of follow-up in SharePoint, on the Graph fake
 * with the list view threshold enforced (a filter on a non-indexed column of a list past
 * 5,000 items fails as in SharePoint).
 * - 2 plans, 20 organisations, 1,600 activities, 50 rounds (5 a year), 50,000 status reports
 *   (1,000 a round: every activity of the round's plan once, a fifth of them edited again);
 * - a cold start of the SharePoint store: Graph calls and resource units (about 1 per item
 *   read or delta page, 2 per write or list query), and how long that takes at a small
 *   tenant's 1,200 units a minute;
 * - steady state: the current plan's dashboard from the read model (Graph calls: 0) and
 *   its time against the raw store read it is computed from (`readPlanRows`), interleaved in
 *   the same run; target: within 2× the raw read.
 * Every Graph request must succeed: no query may hit the threshold.
 */
import { performance } from 'node:perf_hooks';
import { friFranVald } from '../helpers/malmo-plan';
import { loadDashboard, readPlanRows } from '../../bot/src/domain/services/dashboard-service';
import { REPORT_STATUSES, type Plan } from '../../bot/src/domain/types';
import {
  activityMapper,
  organisationMapper,
  planMapper,
  reportMapper,
  roundMapper,
  type ListMapper,
} from '../../bot/src/store/sharepoint/sharepoint-mappers';
import { GraphFake } from '../fakes/graph-fake';
import { LIST_VIEW_THRESHOLD } from '../fakes/graph-fake-lists';
import { newActivity } from '../helpers/fixtures';
import { resourceUnits, SMALL_TENANT_UNITS_PER_MINUTE } from '../helpers/graph-resource-units';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';
import type { Benchmark, BenchOutcome } from './benchmark';
import { summarize } from './stats';

const ORGANISATIONS = 20;
const ACTIVITIES_PER_PLAN = 800;
const ROUNDS_PER_YEAR = 5;
const REPORTS_PER_ROUND = 1000;
/** The store's default delta page size (`SharePointStoreOptions.pageSize`). */
const PAGE_SIZE = 200;
const SAMPLES = 15;
const TARGET_RATIO = 2;
/** Every status but avbruten, in turn. */
const STATUSES = REPORT_STATUSES.filter((s) => s !== 'avbruten');

const PLANS: readonly Plan[] = [
  { ...friFranVald, id: 'bench-plan-2022-2026', periodStart: 2022, periodEnd: 2026 },
  {
    ...friFranVald,
    id: 'bench-plan-2027-2031',
    title: 'Benchplan 2027–2031',
    periodStart: 2027,
    periodEnd: 2031,
  },
];

/** Writes items straight into the fake's list, as if ten years of use had put them there. */
function seeder(fake: GraphFake) {
  let seq = 0;
  return <T>(mapper: ListMapper<T>, records: Iterable<T>): number => {
    const list = fake.site.list(mapper.list);
    if (list === undefined) throw new Error(`${mapper.list} is not provisioned`);
    let n = 0;
    for (const record of records) {
      const id = String(list.nextItemId++);
      list.items.set(id, {
        id,
        fields: mapper.toFields(record) as Record<string, string | number | boolean | null>,
        version: 1,
        changeSeq: ++seq,
        createdDateTime: '2022-01-01T00:00:00Z',
        lastModifiedDateTime: '2022-01-01T00:00:00Z',
      });
      n += 1;
    }
    return n;
  };
}

function* rounds() {
  for (const plan of PLANS) {
    for (let year = plan.periodStart; year <= plan.periodEnd; year++) {
      for (let r = 0; r < ROUNDS_PER_YEAR; r++) {
        const month = String(2 + r * 2).padStart(2, '0');
        yield {
          id: `${plan.id}-${year}-${r}`,
          planId: plan.id,
          kind: 'mote' as const,
          title: `Samordningsgruppen ${year}-${month}`,
          opensAt: `${year}-${month}-01T07:00:00.000Z`,
          closesAt: `${year}-${month}-20T07:00:00.000Z`,
        };
      }
    }
  }
}

function* activities() {
  for (const [p, plan] of PLANS.entries()) {
    for (let a = 0; a < ACTIVITIES_PER_PLAN; a++) {
      yield {
        ...newActivity({
          id: `${plan.id}-a${a}`,
          planId: plan.id,
          organisationId: `bench-org-${a % ORGANISATIONS}`,
          goal: (a % 6) + 1,
          heading: a % 10 === 0 ? 'stadsovergripande' : 'verksamhetsspecifik',
          title: `Benchaktivitet ${p}-${a}`,
          focusAreaIds: a % 4 === 0 ? [] : ['vald-i-nara-relation'],
        }),
        version: 1,
      };
    }
  }
}

function* reports() {
  let n = 0;
  for (const round of rounds()) {
    for (let i = 0; i < REPORTS_PER_ROUND; i++) {
      const a = i % ACTIVITIES_PER_PLAN;
      n += 1;
      yield {
        report: {
          id: `r${n}`,
          activityId: `${round.planId}-a${a}`,
          roundId: round.id,
          status: STATUSES[(a + n) % STATUSES.length] ?? 'pagar',
          done: 'Gjort enligt plan',
          next: '',
          reason: '',
          reportedByUserId: `bench-user-${a % ORGANISATIONS}`,
          reportedByName: 'Bench',
          reportedAt: round.opensAt.replace(
            '-01T07',
            i < ACTIVITIES_PER_PLAN ? '-05T09' : '-12T09',
          ),
        },
        idempotencyKey: `k${n}`,
      };
    }
  }
}

async function run(): Promise<BenchOutcome> {
  const fake = await GraphFake.start();
  try {
    await provisionFake(fake);
    const seed = seeder(fake);
    const counts = {
      plans: seed(planMapper, PLANS),
      organisations: seed(
        organisationMapper,
        Array.from({ length: ORGANISATIONS }, (_, o) => ({
          id: `bench-org-${o}`,
          name: `Benchförvaltning ${o}`,
          kind: 'forvaltning' as const,
        })),
      ),
      activities: seed(activityMapper, activities()),
      rounds: seed(roundMapper, rounds()),
      reports: seed(reportMapper, reports()),
    };
    const pastThreshold = ['Statusrapporter']
      .map((name) => fake.site.list(name)?.items.size ?? 0)
      .every((size) => size > LIST_VIEW_THRESHOLD);
    if (!pastThreshold) throw new Error('the report list should be past the view threshold');

    // Cold start: a new instance syncs every list into its read model.
    const before = fake.requests.length;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const store = await openFakeStore(fake, { pageSize: PAGE_SIZE, closeGraceMs: 0 });
    const current = PLANS[1]?.id ?? '';
    const clock = { now: () => new Date('2029-05-10T10:00:00.000Z') };
    const first = await loadDashboard(store, clock, current, {});
    const coldMs = performance.now() - started;
    const cold = fake.requests.slice(before);
    const coldUnits = resourceUnits(cold);
    const failed = cold.filter((r) => r.status >= 400);
    if (failed.length > 0)
      throw new Error(`cold sync: ${failed.length} Graph call(s) failed, e.g. ${failed[0]?.path}`);
    if (first === undefined) throw new Error('the current plan has no dashboard');
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    // Steady state: the dashboard of the current plan from the read model, against the raw
    // store read it is computed from; interleaved so both see the same machine.
    const steadyBefore = fake.requests.length;
    const dashboardMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      let t = performance.now();
      await readPlanRows(store, current);
      rawMs.push(performance.now() - t);
      t = performance.now();
      await loadDashboard(store, clock, current, {});
      dashboardMs.push(performance.now() - t);
    }
    const steadyCalls = fake.requests.length - steadyBefore;
    await store.close();

    const stats = (ms: number[]) =>
      summarize({
        latencies: ms,
        errors: 0,
        errorSamples: [],
        wallMs: ms.reduce((a, b) => a + b, 0),
      });
    const dashboard = stats(dashboardMs);
    const raw = stats(rawMs);
    const ratio = dashboard.p50Ms / raw.p50Ms;
    const minutes = coldUnits.units / SMALL_TENANT_UNITS_PER_MINUTE;
    return {
      rows: [
        {
          benchmark: 'ten-years',
          case: 'raw store read, current plan',
          concurrency: 1,
          stats: raw,
        },
        {
          benchmark: 'ten-years',
          case: 'dashboard, current plan',
          concurrency: 1,
          stats: dashboard,
        },
      ],
      derived: {
        activities: counts.activities,
        reports: counts.reports,
        rounds: counts.rounds,
        'cold sync Graph calls': coldUnits.calls,
        'cold sync delta pages': coldUnits.byKind.delta,
        'cold sync resource units': coldUnits.units,
        'cold sync minutes at 1,200 RU/min': Number(minutes.toFixed(2)),
        'cold sync ms (fake, local)': Math.round(coldMs),
        'read model heap MB': Math.round(heapMb),
        'steady dashboard Graph calls': steadyCalls,
        'dashboard p50 / raw read p50 (target ≤ 2)': Number(ratio.toFixed(2)),
      },
      notes: [
        `${counts.plans} plans, ${counts.organisations} organisations, ${counts.activities} activities, ${counts.rounds} rounds, ${counts.reports} reports; Statusrapporter is ${Math.floor(counts.reports / LIST_VIEW_THRESHOLD)}× the view threshold`,
        `cold start: ${coldUnits.calls} Graph calls (${coldUnits.byKind.delta} delta pages of ${PAGE_SIZE}, ${coldUnits.byKind['list-query']} list queries, ${coldUnits.byKind['item-read']} item reads, ${coldUnits.byKind.write} writes) = ${coldUnits.units} resource units, ${minutes.toFixed(2)} min of a small tenant's ${SMALL_TENANT_UNITS_PER_MINUTE}/min`,
        `steady state: the dashboard makes ${steadyCalls} Graph calls; p50 ${dashboard.p50Ms.toFixed(1)} ms against the raw read's ${raw.p50Ms.toFixed(1)} ms (${ratio.toFixed(2)}×, target ≤ ${TARGET_RATIO}×)`,
      ],
      errorSamples: [],
    };
  } finally {
    await fake.close();
  }
}

export const tenYearsBenchmark: Benchmark = {
  name: 'ten-years',
  description:
    'Two plan periods, ten years (1,600 activities, 50,000 reports) in SharePoint on the Graph fake: cold sync calls and resource units, dashboard vs raw read',
  run,
};
