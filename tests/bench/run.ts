/**
 * The benchmark runner: `npm run bench` (all) or `npm run bench -- --only bot-turn[,other]`.
 * Runs each benchmark module in turn, prints one table, writes tests/bench/results.json
 * (git-ignored) and exits non-zero if any request failed or a benchmark threw.
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Benchmark, BenchOutcome } from './benchmark';
import { botTurnBenchmark } from './bot-turn.bench';
import { importExportBenchmark } from './import-export.bench';
import { rhythmPlanBenchmark } from './rhythm-plan.bench';
import { overviewBenchmark } from './overview.bench';
import { loadBenchmark } from './load.bench';
import { fanoutBenchmark } from './fanout.bench';
import { graphBenchmark } from './graph.bench';
import { intentsBenchmark } from './intents.bench';
import { statusSubmitBenchmark } from './status-submit.bench';
import { tabBenchmark } from './tab.bench';
import { tenYearsBenchmark } from './ten-years.bench';

/** Every benchmark, in the order they run. Later benchmarks are added here. */
const BENCHMARKS: readonly Benchmark[] = [
  botTurnBenchmark,
  intentsBenchmark,
  statusSubmitBenchmark,
  importExportBenchmark,
  rhythmPlanBenchmark,
  overviewBenchmark,
  tabBenchmark,
  loadBenchmark,
  fanoutBenchmark,
  graphBenchmark,
  tenYearsBenchmark,
];

const RESULTS_FILE = join(__dirname, 'results.json');

interface BenchResult extends BenchOutcome {
  readonly name: string;
  readonly description: string;
  readonly durationMs: number;
  /** Set if the benchmark threw instead of finishing. */
  readonly failure?: string;
}

/** `--only a,b`, `--only=a --only b`; null means run everything. */
function parseOnly(args: readonly string[]): Set<string> | null {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--only') names.push(...(args[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) names.push(...arg.slice('--only='.length).split(','));
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `Usage: tsx tests/bench/run.ts [--only name[,name]]\nBenchmarks: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
      );
      process.exit(0);
    } else
      throw new Error(
        `Unknown argument '${arg}'. Usage: tsx tests/bench/run.ts [--only name[,name]]`,
      );
  }
  const wanted = names.map((name) => name.trim()).filter((name) => name !== '');
  return wanted.length === 0 ? null : new Set(wanted);
}

function machineInfo(): Record<string, unknown> {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    platform: platform(),
    arch: arch(),
    osRelease: release(),
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadavg: loadavg().map((value) => Math.round(value * 100) / 100),
    node: process.version,
  };
}

const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

function printResults(results: readonly BenchResult[]): void {
  const table = results.flatMap((result) =>
    result.rows.map((row) => ({
      benchmark: row.benchmark,
      case: row.case,
      conc: row.concurrency,
      requests: row.stats.requests,
      errors: row.stats.errors,
      'p50 ms': round(row.stats.p50Ms),
      'p95 ms': round(row.stats.p95Ms),
      'p99 ms': round(row.stats.p99Ms),
      'mean ms': round(row.stats.meanMs),
      'req/s': round(row.stats.throughputRps, 0),
    })),
  );
  if (table.length > 0) console.table(table);
  for (const result of results) {
    const derived = Object.entries(result.derived);
    if (derived.length > 0 || result.notes.length > 0 || result.failure !== undefined)
      console.log(`\n${result.name}:`);
    for (const [label, value] of derived) console.log(`  ${label}: ${round(value)}`);
    for (const note of result.notes) console.log(`  note: ${note}`);
    if (result.failure !== undefined) console.log(`  FAILED: ${result.failure}`);
    for (const sample of result.errorSamples) console.log(`  error: ${sample}`);
  }
}

async function main(): Promise<void> {
  const only = parseOnly(process.argv.slice(2));
  if (only !== null) {
    const unknown = [...only].filter((name) => !BENCHMARKS.some((b) => b.name === name));
    if (unknown.length > 0) {
      throw new Error(
        `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
      );
    }
  }
  const selected = BENCHMARKS.filter((b) => only === null || only.has(b.name));
  const machine = machineInfo();
  console.log(`Node ${process.version}, ${String(machine.cpus)} × ${String(machine.cpuModel)}`);

  const results: BenchResult[] = [];
  for (const benchmark of selected) {
    console.log(`\n▶ ${benchmark.name}: ${benchmark.description}`);
    const started = performance.now();
    try {
      const outcome = await benchmark.run();
      results.push({
        name: benchmark.name,
        description: benchmark.description,
        durationMs: performance.now() - started,
        ...outcome,
      });
    } catch (error) {
      results.push({
        name: benchmark.name,
        description: benchmark.description,
        durationMs: performance.now() - started,
        rows: [],
        derived: {},
        notes: [],
        errorSamples: [],
        failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
    console.log(`  done in ${((results.at(-1)?.durationMs ?? 0) / 1000).toFixed(1)} s`);
  }

  console.log('');
  printResults(results);

  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ date: new Date().toISOString(), machine, only: only === null ? null : [...only], results }, null, 2)}\n`,
  );
  console.log(`\nWrote ${RESULTS_FILE}`);

  const errors = results.reduce(
    (sum, r) => sum + r.rows.reduce((s, row) => s + row.stats.errors, 0),
    0,
  );
  const failed = results.filter((r) => r.failure !== undefined).length;
  if (errors > 0 || failed > 0) {
    console.error(`\n${errors} request(s) failed, ${failed} benchmark(s) threw.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
