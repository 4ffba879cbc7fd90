import { performance } from 'node:perf_hooks';

/** Summary of one case's measured requests. Times in milliseconds. */
export interface LatencyStats {
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Measured requests (including failed ones) per second of wall time spent on this case. */
  readonly throughputRps: number;
  readonly wallMs: number;
}

/** Raw outcome of a load run: latencies of successful requests only. */
export interface LoadRun {
  readonly latencies: number[];
  readonly errors: number;
  readonly wallMs: number;
  /** The first few error messages, for the report. */
  readonly errorSamples: string[];
}

/** One request. Throws (or rejects) if the response is wrong; `index` is unique within a run. */
export type RequestFn = (index: number) => Promise<void>;

export interface LoadOptions {
  readonly requests: number;
  readonly concurrency: number;
  /** Requests sent first, at the same concurrency, and not recorded. */
  readonly warmup?: number;
}

const MAX_ERROR_SAMPLES = 5;

/** Percentile of an ascending-sorted array with linear interpolation between closest ranks (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

export function summarize(run: LoadRun): LatencyStats {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const requests = sorted.length + run.errors;
  return {
    requests,
    errors: run.errors,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    throughputRps: run.wallMs > 0 ? (requests / run.wallMs) * 1000 : Number.NaN,
    wallMs: run.wallMs,
  };
}

/** Concatenates runs of the same case (e.g. the rounds of an interleaved measurement). */
export function mergeRuns(runs: readonly LoadRun[]): LoadRun {
  return {
    latencies: runs.flatMap((run) => run.latencies),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    wallMs: runs.reduce((sum, run) => sum + run.wallMs, 0),
    errorSamples: runs.flatMap((run) => run.errorSamples).slice(0, MAX_ERROR_SAMPLES),
  };
}

/**
 * Sends `count` requests with at most `concurrency` in flight (closed loop: each of the
 * `concurrency` workers starts its next request when the previous one finishes) and
 * records each request's latency with performance.now().
 */
async function drive(
  fn: RequestFn,
  count: number,
  concurrency: number,
  firstIndex: number,
): Promise<LoadRun> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = firstIndex + next++;
      const started = performance.now();
      try {
        await fn(index);
        latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        if (errorSamples.length < MAX_ERROR_SAMPLES) {
          errorSamples.push(error instanceof Error ? error.message : String(error));
        }
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  return { latencies, errors, wallMs: performance.now() - started, errorSamples };
}

let requestCounter = 0;

/** Warms up (unrecorded), then measures `requests` requests at `concurrency`. */
export async function runLoad(fn: RequestFn, options: LoadOptions): Promise<LoadRun> {
  if (options.warmup !== undefined && options.warmup > 0) {
    const warm = await drive(fn, options.warmup, options.concurrency, requestCounter);
    requestCounter += options.warmup;
    if (warm.errors > 0) {
      // A broken handler should show up in the results, not be hidden in the warmup.
      return { latencies: [], errors: warm.errors, wallMs: 0, errorSamples: warm.errorSamples };
    }
  }
  const run = await drive(fn, options.requests, options.concurrency, requestCounter);
  requestCounter += options.requests;
  return run;
}

export interface InterleavedOptions extends LoadOptions {
  /** The measured requests are split into this many rounds per case. */
  readonly rounds: number;
}

/**
 * Measures several cases so that machine noise hits them alike: each case is warmed up,
 * then the measured requests are split into rounds and the cases alternate round by
 * round, in reversed order every other round (A B, B A, A B, ...).
 */
export async function runInterleaved<K extends string>(
  cases: Readonly<Record<K, RequestFn>>,
  options: InterleavedOptions,
): Promise<Record<K, LoadRun>> {
  const names = Object.keys(cases) as K[];
  const runs = new Map<K, LoadRun[]>(names.map((name) => [name, []]));
  for (const name of names) {
    const warm = await runLoad(cases[name], {
      requests: 0,
      concurrency: options.concurrency,
      warmup: options.warmup ?? 0,
    });
    if (warm.errors > 0) runs.get(name)?.push(warm);
  }
  const rounds = Math.max(1, options.rounds);
  for (let round = 0; round < rounds; round++) {
    // Spread the remainder over the first rounds so the total is exactly `requests`.
    const size =
      Math.floor(options.requests / rounds) + (round < options.requests % rounds ? 1 : 0);
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      runs
        .get(name)
        ?.push(await runLoad(cases[name], { requests: size, concurrency: options.concurrency }));
    }
  }
  return Object.fromEntries(names.map((name) => [name, mergeRuns(runs.get(name) ?? [])])) as Record<
    K,
    LoadRun
  >;
}
