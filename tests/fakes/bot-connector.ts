import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlidingWindowLimiter } from '../../bot/src/rhythm/rate-limiter';
import { graphSide, type ChatGraphOptions, type GraphSide } from './teams-graph-fake';

/** One activity the bot sent through the fake Bot Connector (accepted with 200). */
export interface ConnectorPost {
  /** The activity id the fake answered with. */
  readonly id: string;
  /** When the fake accepted it (ISO-8601 UTC). */
  readonly at: string;
  /** The conversation id from the path, decoded. */
  readonly conversationId: string;
  /** The activity id replied to, when the path had one. */
  readonly replyToId: string | null;
  readonly body: Record<string, unknown>;
}

export interface FakeConnectorOptions {
  /** Enforce Teams' limits (50/s per app; per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h). */
  readonly teamsLimits?: boolean;
  /** Answer this share of requests (0–1) with a random one of `faultStatuses`, before counting. */
  readonly faultRate?: number;
  readonly faultStatuses?: readonly number[];
  /** Retry-After (seconds) on injected faults; limit 429s carry the real wait. */
  readonly faultRetryAfterSeconds?: number;
  /** Delay before answering, in ms. */
  readonly latencyMs?: number;
  /** Conversations that answer 403 (the app was uninstalled there). */
  readonly goneConversations?: readonly string[];
  readonly random?: () => number;
  /** Also serve Graph's view of the accepted messages and a managed-identity token endpoint. */
  readonly graph?: ChatGraphOptions;
  /** Called synchronously for every accepted post (tests act at an exact point of a fan-out). */
  readonly onPost?: (post: ConnectorPost, accepted: number) => void;
}

export interface FakeBotConnector {
  /** Use as the activity's serviceUrl (ends with '/'). */
  readonly serviceUrl: string;
  readonly posts: readonly ConnectorPost[];
  /** Every POST received, accepted or not. */
  readonly requests: number;
  /** Requests over a Teams limit (answered 429): the sender broke the rules. */
  readonly violations: number;
  /** Injected 429/502/504 answers. */
  readonly injectedFaults: number;
  /** Accepted posts per outbox job key (channelData.samordnaJobKey); never deduplicated. */
  deliveries(): Map<string, number>;
  /** The Graph side when `graph` was given (base URL = serviceUrl without the slash). */
  readonly graph: GraphSide | null;
  close(): Promise<void>;
}

/** `GET` this path for the counters and deliveries as JSON (when the fake runs in another process). */
export const STATS_PATH = '/_fake/stats';

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function jobKeyOf(body: Record<string, unknown>): string | undefined {
  const channelData = body['channelData'];
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const key = (channelData as Record<string, unknown>)['samordnaJobKey'];
  return typeof key === 'string' ? key : undefined;
}

/**
 * A Bot Connector on port 0: accepts `POST /v3/conversations/:id/activities[/:replyTo]`,
 * records the bodies and answers 200 `{ id }`. Anything else is 404. Optionally it enforces
 * Teams' rate limits (429 with Retry-After, counted as a violation), injects random faults,
 * adds latency and refuses some conversations with 403. It only counts, it never dedupes.
 */
export async function startFakeBotConnector(
  options: FakeConnectorOptions = {},
): Promise<FakeBotConnector> {
  const posts: ConnectorPost[] = [];
  const counts = { requests: 0, violations: 0, injectedFaults: 0 };
  const random = options.random ?? Math.random;
  const limits = options.teamsLimits === true ? new SlidingWindowLimiter({ marginMs: 0 }) : null;
  const gone = new Set(options.goneConversations ?? []);
  let next = 0;
  const graph = options.graph === undefined ? null : graphSide(options.graph, () => posts, random);
  const deliveries = (): Map<string, number> => {
    const byKey = new Map<string, number>();
    for (const post of posts) {
      const key = jobKeyOf(post.body);
      if (key !== undefined) byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    return byKey;
  };

  const answer = (
    res: import('node:http').ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const reply = () => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if ((options.latencyMs ?? 0) > 0) setTimeout(reply, options.latencyMs);
    else reply();
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method === 'GET' && path === STATS_PATH) {
        answer(res, 200, {
          ...counts,
          graphRequests: graph?.requests ?? 0,
          graphThrottled: graph?.throttled ?? 0,
          deliveries: Object.fromEntries(deliveries()),
        });
        return;
      }
      if (graph?.handle(req, res, (status, body, headers) => answer(res, status, body, headers))) {
        return;
      }
      const match = ACTIVITIES.exec(path);
      if (req.method !== 'POST' || match === null) {
        answer(res, 404, { error: { code: 'NotFound', message: path } });
        return;
      }
      counts.requests += 1;
      const conversationId = decodeURIComponent(match[1] ?? '');
      if (gone.has(conversationId)) {
        answer(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'gone' } });
        return;
      }
      const faultStatuses = options.faultStatuses ?? [429, 502, 504];
      if (random() < (options.faultRate ?? 0)) {
        counts.injectedFaults += 1;
        const status = faultStatuses[Math.floor(random() * faultStatuses.length)] ?? 429;
        answer(
          res,
          status,
          { error: { code: 'Injected', message: String(status) } },
          {
            'Retry-After': String(options.faultRetryAfterSeconds ?? 1),
          },
        );
        return;
      }
      const wait = limits?.tryAcquire(conversationId) ?? 0;
      if (wait > 0) {
        counts.violations += 1;
        answer(
          res,
          429,
          { error: { code: 'Throttled', message: 'Too many requests' } },
          {
            'Retry-After': String(Math.ceil(wait / 1000)),
          },
        );
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      next += 1;
      const post: ConnectorPost = {
        id: `activity-${String(next)}`,
        at: new Date().toISOString(),
        conversationId,
        replyToId: match[2] === undefined ? null : decodeURIComponent(match[2]),
        body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
      };
      posts.push(post);
      options.onPost?.(post, posts.length);
      answer(res, 200, { id: post.id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    posts,
    get requests() {
      return counts.requests;
    },
    get violations() {
      return counts.violations;
    },
    get injectedFaults() {
      return counts.injectedFaults;
    },
    deliveries,
    graph,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
