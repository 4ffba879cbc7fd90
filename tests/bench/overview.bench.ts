/**
 * The overview (dashboard) API on a city-scale dataset — 20 organisations × 60 activities ×
 * 12 meeting rounds, ~80 % reported per round — against reading the same rows straight from
 * the store (`readPlanRows`: plan, organisations, activities, rounds, latest reports per round).
 * Target: API p50 and p95 within 2× the store read.
 */
import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import { readPlanRows } from '../../bot/src/domain/services/dashboard-service';
import { REPORT_STATUSES } from '../../bot/src/domain/types';
import { newActivity } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';
import type { Benchmark, BenchOutcome, BenchRow } from './benchmark';
import { runInterleaved, summarize, type RequestFn } from './stats';

const PLAN_ID = 'fri-fran-vald-2022-2026';
const ORGANISATIONS = 20;
const ACTIVITIES_PER_ORGANISATION = 60;
const ROUNDS = 12;
const REPORTED_SHARE = 0.8;
const TARGET_RATIO = 2;
/** Every status but avbruten, in turn. */
const STATUSES = REPORT_STATUSES.filter((s) => s !== 'avbruten');

/**
 * GET on a new connection each time: the store-read rounds leave a kept-alive socket idle past
 * the server's keep-alive timeout, and a reused socket closed under us is not what we measure.
 */
function getFresh(url: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** Seeds the city-scale dataset; returns how many reports were stored. */
async function seed(server: TestServer): Promise<number> {
  const { store } = server;
  const year = new Date().getUTCFullYear();
  for (let r = 0; r < ROUNDS; r++) {
    const month = String(r + 1).padStart(2, '0');
    await store.rounds.upsert({
      id: `bench-round-${r}`,
      planId: PLAN_ID,
      kind: 'mote',
      title: `Samordningsgruppen ${year}-${month}`,
      opensAt: `${year}-${month}-01T07:00:00.000Z`,
      closesAt: `${year}-${month}-20T07:00:00.000Z`,
    });
  }
  let reports = 0;
  for (let o = 0; o < ORGANISATIONS; o++) {
    const organisationId = `bench-org-${o}`;
    await store.organisations.upsert({
      id: organisationId,
      name: `Benchförvaltning ${o}`,
      kind: 'forvaltning',
    });
    for (let a = 0; a < ACTIVITIES_PER_ORGANISATION; a++) {
      const i = o * ACTIVITIES_PER_ORGANISATION + a;
      const activity = await store.activities.create(
        newActivity({
          id: `bench-activity-${i}`,
          planId: PLAN_ID,
          organisationId,
          goal: (i % 6) + 1,
          heading: i % 10 === 0 ? 'stadsovergripande' : 'verksamhetsspecifik',
          title: `Benchaktivitet ${i}`,
          focusAreaIds: ['vald-i-nara-relation'],
          targetGroupIds: i % 3 === 0 ? ['barn'] : [],
        }),
      );
      for (let r = 0; r < ROUNDS; r++) {
        if ((i * 7 + r * 13) % 100 >= REPORTED_SHARE * 100) continue;
        const month = String(r + 1).padStart(2, '0');
        await store.reports.append(
          {
            id: randomUUID(),
            activityId: activity.id,
            roundId: `bench-round-${r}`,
            status: STATUSES[(i + r) % STATUSES.length] ?? 'pagar',
            done: 'Bench',
            next: '',
            reason: 'Bench',
            reportedByUserId: 'bench-user',
            reportedByName: 'Bench',
            reportedAt: `${year}-${month}-05T09:00:00.000Z`,
          },
          randomUUID(),
        );
        reports++;
      }
    }
  }
  return reports;
}

export const overviewBenchmark: Benchmark = {
  name: 'overview',
  description: `Dashboard API (GET /api/v1/dashboard) on ${ORGANISATIONS} organisations × ${ACTIVITIES_PER_ORGANISATION} activities × ${ROUNDS} rounds vs. reading the same rows from the store`,
  async run(): Promise<BenchOutcome> {
    // The dashboard's read cache is off: every request computes (the load bench measures the cache).
    const server = await startTestServer({
      SAMORDNA_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      SAMORDNA_DASHBOARD_MAX_AGE_MS: '0',
    });
    try {
      const started = Date.now();
      const reports = await seed(server);
      const seedMs = Date.now() - started;
      const api: RequestFn = async () => {
        const { status, text } = await getFresh(`${server.url}/api/v1/dashboard`);
        if (status !== 200) throw new Error(`status ${status}`);
        const body = JSON.parse(text) as { keyFigures?: { activities?: number } };
        if (body.keyFigures?.activities !== ORGANISATIONS * ACTIVITIES_PER_ORGANISATION)
          throw new Error('wrong activity count');
      };
      const store: RequestFn = async () => {
        const rows = await readPlanRows(server.store, PLAN_ID);
        if (rows?.activities.length !== ORGANISATIONS * ACTIVITIES_PER_ORGANISATION)
          throw new Error('wrong row count');
      };
      const runs = await runInterleaved(
        { 'overview API': api, 'store read': store },
        { requests: 120, concurrency: 1, warmup: 10, rounds: 4 },
      );
      const rows: BenchRow[] = Object.entries(runs).map(([name, run]) => ({
        benchmark: 'overview',
        case: name,
        concurrency: 1,
        stats: summarize(run),
      }));
      const apiStats = summarize(runs['overview API']);
      const storeStats = summarize(runs['store read']);
      const p50 = apiStats.p50Ms / storeStats.p50Ms;
      const p95 = apiStats.p95Ms / storeStats.p95Ms;
      const met = p50 <= TARGET_RATIO && p95 <= TARGET_RATIO;
      return {
        rows,
        derived: {
          'p50 ratio (API / store read)': p50,
          'p95 ratio (API / store read)': p95,
          [`target met (both ratios <= ${TARGET_RATIO})`]: met ? 1 : 0,
        },
        notes: [
          `${met ? 'Target met' : 'Target NOT met'}: API p50 ${p50.toFixed(2)}×, p95 ${p95.toFixed(2)}× the store read (target ≤ ${TARGET_RATIO}×).`,
          `Dataset: ${ORGANISATIONS * ACTIVITIES_PER_ORGANISATION} activities, ${ROUNDS} rounds, ${reports} reports (seeded in ${(seedMs / 1000).toFixed(1)} s). The API adds HTTP, the aggregation and JSON; the store read is the same queries in-process.`,
        ],
        errorSamples: [
          ...runs['overview API'].errorSamples,
          ...runs['store read'].errorSamples,
        ].slice(0, 5),
      };
    } finally {
      await server.stop();
    }
  },
};
