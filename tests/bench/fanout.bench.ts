/**
 * Fan-out: one reminder to each of 1,000 recipients (one personal conversation each) through
 * the dispatcher and the real Teams proactive sender, against the fake Bot Connector enforcing
 * Teams' limits. Throughput is measured as a share of the 50 requests/s per app bound.
 */
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { createLogger } from '../../bot/src/logging';
import { SqliteRuntimeState } from '../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { startRemoteBotConnector } from '../fakes/remote-bot-connector';
import { seedRound, teamsDispatcher } from '../helpers/delivery-rig';
import type { Benchmark, BenchOutcome } from './benchmark';

const RECIPIENTS = 1_000;
const APP_BOUND_RPS = 50;
const TARGET_SHARE = 0.9;

async function run(): Promise<BenchOutcome> {
  // The connector runs in its own process, as the real one does: its clock is not held up by ours.
  const connector = await startRemoteBotConnector({ teamsLimits: true, latencyMs: 20 });
  const runtime = SqliteRuntimeState.open(':memory:');
  const logger = createLogger('warn');
  try {
    const keys = await seedRound(
      runtime,
      connector.serviceUrl,
      RECIPIENTS,
      new Date().toISOString(),
    );
    const latencies: number[] = [];
    let done = 0;
    let finished: () => void = () => undefined;
    const allDone = new Promise<void>((resolve) => (finished = resolve));
    const dispatcher = teamsDispatcher(runtime, systemClock, logger, {
      pollMs: 50,
      onDelivery: (_key, delivery) => {
        if (delivery === 'retry') return;
        latencies.push(performance.now() - started);
        done += 1;
        if (done === RECIPIENTS) finished();
      },
    });
    const started = performance.now();
    dispatcher.start();
    await allDone;
    const wallMs = performance.now() - started;
    await dispatcher.stop();

    const stats = await connector.stats();
    const counts = Object.values(stats.deliveries);
    const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const lost = keys.filter((key) => stats.deliveries[key] === undefined).length;
    const sent = counts.reduce((sum, n) => sum + n, 0);
    const rps = (sent / wallMs) * 1000;
    const share = rps / APP_BOUND_RPS;
    latencies.sort((a, b) => a - b);
    return {
      rows: [
        {
          benchmark: 'fanout',
          case: `${RECIPIENTS} recipients, Teams limits on`,
          concurrency: 16,
          stats: {
            requests: stats.requests,
            errors: duplicates + lost,
            p50Ms: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
            p95Ms: latencies[Math.floor(latencies.length * 0.95)] ?? Number.NaN,
            p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
            meanMs: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
            minMs: latencies[0] ?? Number.NaN,
            maxMs: latencies[latencies.length - 1] ?? Number.NaN,
            throughputRps: rps,
            wallMs,
          },
        },
      ],
      derived: {
        'throughput share of 50 req/s': share,
        duplicates,
        lost,
        '429s received': stats.violations,
      },
      notes: [
        `target: share ≥ ${TARGET_SHARE}, duplicates 0, lost 0 (latency columns: time from start until each job was done)`,
        share >= TARGET_SHARE && duplicates === 0 && lost === 0 ? 'targets met' : 'TARGET MISSED',
      ],
      errorSamples: [],
    };
  } finally {
    await runtime.close();
    await connector.close();
  }
}

export const fanoutBenchmark: Benchmark = {
  name: 'fanout',
  description: `outbox fan-out to ${RECIPIENTS} recipients through the Teams sender against the rate-limited fake connector`,
  run,
};
