import { hasCardTitled, type BotClient } from '../helpers/bot-client';
import type { Benchmark, BenchOutcome } from './benchmark';
import { sendBenchMessage } from './echo-server';
import type { RequestFn } from './stats';
import { runVersusEcho } from './versus-echo';

const COMMAND = 'mina aktiviteter';
const EXPECTED_TITLE = 'Mina aktiviteter – Grundskoleförvaltningen';

/** Request counts per concurrency level, tuned to keep the whole benchmark well under a minute on 2 cores. */
const LEVELS = [
  { concurrency: 1, warmup: 100, requests: 1000, rounds: 6 },
  { concurrency: 20, warmup: 400, requests: 5000, rounds: 6 },
] as const;

function myActivitiesRequest(client: BotClient): RequestFn {
  return async (index) => {
    const response = await sendBenchMessage(client, COMMAND, index);
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
    const { rows, derived, errorSamples, serverErrors } = await runVersusEcho({
      benchmark: this.name,
      caseName: COMMAND,
      echoText: COMMAND,
      levels: LEVELS,
      prepare: async (_server, client) => myActivitiesRequest(client),
    });
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
