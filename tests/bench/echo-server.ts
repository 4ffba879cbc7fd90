/**
 * The echo baseline shared by the bot benchmarks: the same adapter construction, Teams AI
 * Application options and restify middleware chain as bot/src/http/server.ts, with a
 * single route that echoes the text. What it leaves out is exactly the domain work,
 * SQLite and card rendering.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import '../../bot/src/http/http-parser-binding';
import restify, { type Next, type Request, type Response } from 'restify';
import { Application, TurnState } from '@microsoft/teams-ai';
import { securityHeaders } from '../../bot/src/http/security-headers';
import { createAdapter } from '../../bot/src/teams/adapter';
import { message } from '../helpers/activities';
import type { BotClient, BotResponse } from '../helpers/bot-client';
import type { RequestFn } from './stats';

export interface EchoServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the echo server on a free port of 127.0.0.1. */
export async function startEchoServer(): Promise<EchoServer> {
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

/** Sends request `index` of a benchmark: a message with `text`; throws unless it gets 200. */
export async function sendBenchMessage(
  client: BotClient,
  text: string,
  index: number,
): Promise<BotResponse> {
  const response = await client.send({
    ...message(text, { conversationId: 'c-bench' }),
    id: `bench-${index}`,
  });
  if (response.status !== 200)
    throw new Error(`status ${response.status}: ${response.body.slice(0, 200)}`);
  return response;
}

/** One echo turn (a message with `text`, expectReplies); throws unless the reply echoes it. */
export function echoRequest(client: BotClient, text: string): RequestFn {
  return async (index) => {
    const response = await sendBenchMessage(client, text, index);
    if (!response.activities.some((activity) => activity.text === text)) {
      throw new Error(`no echo in reply: ${response.body.slice(0, 200)}`);
    }
  };
}
