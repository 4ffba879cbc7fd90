import type { LatencyStats } from './stats';

/** One line of the results table: one case of one benchmark at one concurrency. */
export interface BenchRow {
  readonly benchmark: string;
  readonly case: string;
  readonly concurrency: number;
  readonly stats: LatencyStats;
}

export interface BenchOutcome {
  readonly rows: readonly BenchRow[];
  /** Derived numbers worth a line of their own, e.g. `p95 ratio @ c=20`. */
  readonly derived: Readonly<Record<string, number>>;
  /** Free-text remarks printed under the table and stored in results.json. */
  readonly notes: readonly string[];
  /** The first few error messages, if any request failed. */
  readonly errorSamples: readonly string[];
}

/** A benchmark module: `tests/bench/run.ts` runs a list of these. */
export interface Benchmark {
  /** Short, unique, used by `--only`. */
  readonly name: string;
  readonly description: string;
  run(): Promise<BenchOutcome>;
}
