import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify, { type Next, type Request, type Response } from 'restify';
import { Application, TurnState } from '@microsoft/teams-ai';
import { securityHeaders } from '../../bot/src/http/security-headers';
import { createAdapter } from '../../bot/src/teams/adapter';
import { message } from '../helpers/activities';
import { createBotClient, hasCardTitled, type BotClient } from '../helpers/bot-client';
import { startTestServer } from '../helpers/server';
import type { Benchmark, BenchOutcome, BenchRow } from './benchmark';
import { runInterleaved, summarize, type RequestFn } from './stats';

const COMMAND = 'mina aktiviteter';
const EXPECTED_TITLE = 'Mina aktiviteter – Grundskoleförvaltningen';

/** Request counts per concurrency level, tuned to keep the whole benchmark well under a minute on 2 cores. */
const LEVELS = [
  { concurrency: 1, warmup: 100, requests: 1000, rounds: 6 },
  { concurrency: 20, warmup: 400, requests: 5000, rounds: 6 },
] as const;

interface EchoServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The baseline: the same adapter construction, Teams AI Application options and restify
 * middleware chain as bot/src/http/server.ts, with a single route that echoes the text.
 * What it leaves out is exactly the domain work, SQLite and card rendering.
 */
async function startEchoServer(): Promise<EchoServer> {
  const adapter = createAdapter({ kind: 'none' });
  const app = new Application<TurnState>({
    adapter,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  app.activity('message', async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });

  const server = restify.createServer({
    name: 'samordna-bench-echo',
    handleUncaughtExceptions: false,
  });
  server.use(securityHeaders);
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.use((req: Request, res: Response, next: Next) => {
    const incoming = req.header('x-correlation-id');
    res.setHeader(
      'X-Correlation-Id',
      /^[\w-]{1,64}$/.test(incoming ?? '') ? (incoming as string) : randomUUID(),
    );
    next();
  });
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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

function echoRequest(client: BotClient): RequestFn {
  return async (index) => {
    const response = await client.send({
      ...message(COMMAND, { conversationId: 'c-bench' }),
      id: `bench-${index}`,
    });
    if (response.status !== 200)
      throw new Error(`status ${response.status}: ${response.body.slice(0, 200)}`);
    if (!response.activities.some((activity) => activity.text === COMMAND)) {
      throw new Error(`no echo in reply: ${response.body.slice(0, 200)}`);
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
          { [COMMAND]: myActivitiesRequest(samordnaClient), echo: echoRequest(echoClient) },
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
