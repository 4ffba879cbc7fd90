/**
 * `graph`: what the SharePoint store costs in Graph requests (counted by the client's
 * middleware) and how long a status submit waits when Graph is slow, on the Graph fake.
 * - status submit in steady state: 1 write, 0 reads;
 * - loading the dashboard with a fresh read model: 0 Graph calls;
 * - a cold sync of N items: ceil(N / page size) delta calls for that list;
 * - p99 of a status submit (the store call behind the card invoke) with Dev Proxy-style
 *   latency of 200–10,000 ms (unscaled): bounded by the 2 s write budget (target < 3 s).
 */
import type { StatusReport } from '../../bot/src/domain/types';
import { reportMapper } from '../../bot/src/store/sharepoint/sharepoint-mappers';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';
import type { Benchmark, BenchOutcome } from './benchmark';
import { runLoad, summarize } from './stats';

const COLD_ITEMS = 1000;
const PAGE_SIZE = 200;
const BUDGET_MS = 2000;

const report = (i: number, activityId = 'act-1'): StatusReport => ({
  id: `bench-${i}`,
  activityId,
  roundId: 'round-1',
  status: 'pagar',
  done: `Bench ${i}`,
  next: '',
  reason: '',
  reportedByUserId: 'u1',
  reportedByName: 'Bench',
  reportedAt: new Date(Date.UTC(2024, 1, 1, 10, 0, 0, i)).toISOString(),
});

async function run(): Promise<BenchOutcome> {
  const fake = await GraphFake.start();
  const notes: string[] = [];
  try {
    await provisionFake(fake);
    const list = fake.site.list('Statusrapporter');
    if (list === undefined) throw new Error('not provisioned');
    for (let i = 0; i < COLD_ITEMS; i += 1) {
      const id = String(list.nextItemId++);
      const fields = reportMapper.toFields({
        report: report(i, `act-${i % 50}`),
        idempotencyKey: `cold-${i}`,
      });
      list.items.set(id, {
        id,
        fields: fields as Record<string, string | number | boolean | null>,
        version: 1,
        changeSeq: i + 1,
        createdDateTime: '2024-01-01T00:00:00Z',
        lastModifiedDateTime: '2024-01-01T00:00:00Z',
      });
    }
    const before = fake.requests.length;
    const store = await openFakeStore(fake, {
      pageSize: PAGE_SIZE,
      writeBudgetMs: BUDGET_MS,
      closeGraceMs: 0,
    });
    const coldCalls = fake.requests
      .slice(before)
      .filter((r) => r.path.includes(`/lists/${list.id}/items/delta`)).length;
    const counter = store.context.lists.http.counter;

    counter.reset();
    await store.reports.append(report(COLD_ITEMS + 1), 'steady-1');
    const submit = counter.snapshot();

    counter.reset();
    await Promise.all([
      store.plans.list(),
      store.organisations.list(),
      store.activities.list({ planId: 'plan-a' }),
      store.rounds.list('plan-a'),
      store.reports.latest({ roundId: 'round-1' }),
      store.members.list(),
    ]);
    const dashboard = counter.total;

    fake.faults.set({ latencyMs: [200, 10_000] });
    const load = await runLoad(
      async (i) => {
        const result = await store.reports.append(report(10_000 + i), `slow-${i}`);
        if (!result.created) throw new Error('not created');
      },
      { requests: 40, concurrency: 10 },
    );
    fake.faults.set({});
    await store.flush(30_000);
    await store.close();
    notes.push(
      `status submit (steady state): ${submit.writes} write(s), ${submit.reads} read(s)`,
      `dashboard with a fresh read model: ${dashboard} Graph call(s)`,
      `cold sync of ${COLD_ITEMS} reports at page size ${PAGE_SIZE}: ${coldCalls} delta call(s) (ceil = ${Math.ceil(COLD_ITEMS / PAGE_SIZE)})`,
      `submit latency with 200–10,000 ms Graph latency: writes past the ${BUDGET_MS} ms budget are queued ("sparad, synkas")`,
    );
    const stats = summarize(load);
    return {
      rows: [
        { benchmark: 'graph', case: 'status submit, Graph 200–10,000 ms', concurrency: 10, stats },
      ],
      derived: {
        'submit writes': submit.writes,
        'submit reads': submit.reads,
        'dashboard Graph calls': dashboard,
        'cold sync delta calls': coldCalls,
        'cold sync expected': Math.ceil(COLD_ITEMS / PAGE_SIZE),
        'p99 submit ms (target < 3000)': Math.round(stats.p99Ms),
      },
      notes,
      errorSamples: load.errorSamples,
    };
  } finally {
    await fake.close();
  }
}

export const graphBenchmark: Benchmark = {
  name: 'graph',
  description:
    'SharePoint store on the Graph fake: Graph requests per operation, p99 submit under slow Graph',
  run,
};
