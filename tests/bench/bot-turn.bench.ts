import { message } from '../helpers/activities';
import { createBotClient, hasCardTitled, type BotClient } from '../helpers/bot-client';
import { startTestServer } from '../helpers/server';
import type { Benchmark, BenchOutcome, BenchRow } from './benchmark';
import { echoRequest, startEchoServer } from './echo-server';
import { runInterleaved, summarize, type RequestFn } from './stats';

const COMMAND = 'mina aktiviteter';
const EXPECTED_TITLE = 'Mina aktiviteter – Grundskoleförvaltningen';

/** Request counts per concurrency level, tuned to keep the whole benchmark well under a minute on 2 cores. */
const LEVELS = [
  { concurrency: 1, warmup: 100, requests: 1000, rounds: 6 },
  { concurrency: 20, warmup: 400, requests: 5000, rounds: 6 },
] as const;

function myActivitiesRequest(client: BotClient): RequestFn {
  return async (index) => {
    const response = await client.send({
      ...message(COMMAND, { conversationId: 'c-bench' }),
      id: `bench-${index}`,
    });
    if (response.status !== 200)
      throw new Error(`status ${response.status}: ${response.body.slice(0, 200)}`);
    if (!hasCardTitled(response.activities, EXPECTED_TITLE)) {
      throw new Error(`no card titled '${EXPECTED_TITLE}': ${response.body.slice(0, 200)}`);
    }
  };
}

export const botTurnBenchmark: Benchmark = {
  name: 'bot-turn',
  description:
    "Bot turn latency for 'mina aktiviteter' on the real server vs. an echo handler on the same adapter (restify + CloudAdapter + Teams AI, expectReplies)",
  async run(): Promise<BenchOutcome> {
    const samordna = await startTestServer();
    const echo = await startEchoServer();
    const maxSockets = Math.max(...LEVELS.map((level) => level.concurrency));
    const samordnaClient = createBotClient(samordna.url, { maxSockets });
    const echoClient = createBotClient(echo.url, { maxSockets });
    const rows: BenchRow[] = [];
    const derived: Record<string, number> = {};
    const errorSamples: string[] = [];
    try {
      for (const level of LEVELS) {
        const runs = await runInterleaved(
          {
            [COMMAND]: myActivitiesRequest(samordnaClient),
            echo: echoRequest(echoClient, COMMAND),
          },
          level,
        );
        const mine = summarize(runs[COMMAND]);
        const base = summarize(runs.echo);
        rows.push({
          benchmark: this.name,
          case: COMMAND,
          concurrency: level.concurrency,
          stats: mine,
        });
        rows.push({
          benchmark: this.name,
          case: 'echo',
          concurrency: level.concurrency,
          stats: base,
        });
        derived[`p50 ratio (${COMMAND} / echo) @ c=${level.concurrency}`] = mine.p50Ms / base.p50Ms;
        derived[`p95 ratio (${COMMAND} / echo) @ c=${level.concurrency}`] = mine.p95Ms / base.p95Ms;
        errorSamples.push(...runs[COMMAND].errorSamples, ...runs.echo.errorSamples);
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
    return {
      rows,
      derived,
      notes: [
        "Client and both servers share one Node process and event loop, so latencies include the client's own work and, at c=20, queueing behind the other in-flight turns.",
        `Measured rounds alternate between the handlers (A B, B A, ...) after a per-handler warmup.${serverErrors > 0 ? ` The server logged ${serverErrors} error lines.` : ''}`,
      ],
      errorSamples: errorSamples.slice(0, 5),
    };
  },
};
