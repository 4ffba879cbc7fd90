/**
 * The measuring loop shared by the bot benchmarks: one case on the real server against the
 * echo baseline, interleaved at each concurrency level.
 */
import { createBotClient, type BotClient } from '../helpers/bot-client';
import { startTestServer, type TestServer } from '../helpers/server';
import type { BenchRow } from './benchmark';
import { echoRequest, startEchoServer } from './echo-server';
import { runInterleaved, summarize, type InterleavedOptions, type RequestFn } from './stats';

export interface VersusEchoOptions {
  /** The benchmark's name, for its rows. */
  readonly benchmark: string;
  /** The measured case's name, for its rows and derived numbers. */
  readonly caseName: string;
  /** The text the echo baseline sends. */
  readonly echoText: string;
  readonly levels: readonly (InterleavedOptions & { readonly concurrency: number })[];
  /** Sets the started server up and returns the measured request, sent with `client`. */
  prepare(server: TestServer, client: BotClient): Promise<RequestFn>;
}

export interface VersusEcho {
  readonly rows: BenchRow[];
  /** `p50 ratio (case / echo) @ c=N` and `p95 ratio …` for every level. */
  readonly derived: Record<string, number>;
  readonly errorSamples: string[];
  /** How many error lines (level ≥ 50) the real server logged. */
  readonly serverErrors: number;
}

/**
 * Starts the real server and the echo server, runs the case and the echo baseline
 * interleaved at every level, and stops both servers again.
 */
export async function runVersusEcho(options: VersusEchoOptions): Promise<VersusEcho> {
  const { benchmark, caseName, levels } = options;
  const samordna = await startTestServer();
  const echo = await startEchoServer();
  const maxSockets = Math.max(...levels.map((level) => level.concurrency));
  const samordnaClient = createBotClient(samordna.url, { maxSockets });
  const echoClient = createBotClient(echo.url, { maxSockets });
  const rows: BenchRow[] = [];
  const derived: Record<string, number> = {};
  const errorSamples: string[] = [];
  try {
    const request = await options.prepare(samordna, samordnaClient);
    for (const level of levels) {
      const runs = await runInterleaved(
        { [caseName]: request, echo: echoRequest(echoClient, options.echoText) },
        level,
      );
      const mineRun = runs[caseName];
      const echoRun = runs['echo'];
      if (mineRun === undefined || echoRun === undefined) throw new Error('a case did not run');
      const mine = summarize(mineRun);
      const base = summarize(echoRun);
      rows.push({ benchmark, case: caseName, concurrency: level.concurrency, stats: mine });
      rows.push({ benchmark, case: 'echo', concurrency: level.concurrency, stats: base });
      derived[`p50 ratio (${caseName} / echo) @ c=${level.concurrency}`] = mine.p50Ms / base.p50Ms;
      derived[`p95 ratio (${caseName} / echo) @ c=${level.concurrency}`] = mine.p95Ms / base.p95Ms;
      errorSamples.push(...mineRun.errorSamples, ...echoRun.errorSamples);
    }
  } finally {
    samordnaClient.close();
    echoClient.close();
    await echo.close();
    await samordna.stop();
  }
  const serverErrors = samordna.logs.filter(
    (line) => typeof line.level === 'number' && line.level >= 50,
  ).length;
  return { rows, derived, errorSamples, serverErrors };
}
