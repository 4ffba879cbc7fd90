import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent through the fake Bot Connector. */
export interface ConnectorPost {
  /** The conversation id from the path, decoded. */
  readonly conversationId: string;
  /** The activity id replied to, when the path had one. */
  readonly replyToId: string | null;
  readonly body: Record<string, unknown>;
}

export interface FakeBotConnector {
  /** Use as the activity's serviceUrl (ends with '/'). */
  readonly serviceUrl: string;
  readonly posts: readonly ConnectorPost[];
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A tiny Bot Connector on port 0: accepts `POST /v3/conversations/:id/activities[/:replyTo]`,
 * records the bodies and answers 200 `{ id }`. Anything else is 404.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const posts: ConnectorPost[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const match = ACTIVITIES.exec(path);
      if (req.method !== 'POST' || match === null) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound', message: path } }));
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      posts.push({
        conversationId: decodeURIComponent(match[1] ?? ''),
        replyToId: match[2] === undefined ? null : decodeURIComponent(match[2]),
        body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
      });
      next += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${next}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
