/**
 * The Microsoft Graph side of the fake Teams service: what the delivery probe reads about the
 * messages the fake Bot Connector accepted, served from the same process and the same posts,
 * plus the App Service managed-identity token endpoint the servers get their Graph token from.
 *
 * Documented semantics it enforces (learn.microsoft.com):
 * - `GET /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq '…'`
 *   and `…/installedApps/{installationId}/chat` (the user's chat with the app);
 * - `GET /chats/{id}/messages`: `$top` at most 50 (else 400), `$orderby` lastModifiedDateTime or
 *   createdDateTime, descending only (ascending: 400); `$filter` on lastModifiedDateTime (gt, lt)
 *   or createdDateTime (lt), applied only when `$orderby` names the same property (otherwise
 *   ignored); paging with `@odata.nextLink` + `$skiptoken`;
 * - bearer token required (401), a missing permission answers 403, throttling answers 429 with
 *   Retry-After.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ChatGraphOptions {
  /** The bot's app id: `from.application.id` of the bot's messages. */
  readonly botAppId: string;
  /** The Teams app's manifest id (teamsApp.externalId). */
  readonly teamsAppId: string;
  /** Users who installed the app: user id → Bot Framework id of their personal conversation. */
  readonly installations: Readonly<Record<string, string>>;
  /** false: chat messages answer 403 (ChatMessage.Read.Chat not granted). Default true. */
  readonly chatMessagesGranted?: boolean;
  /** Share (0–1) of Graph requests answered 429 with Retry-After. */
  readonly throttleRate?: number;
  readonly throttleRetryAfterSeconds?: number;
}

/** One accepted Bot Connector post, as the Graph side sees it. */
export interface PostedMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly at: string;
  readonly body: Record<string, unknown>;
}

/** The App Service managed-identity endpoint (`IDENTITY_ENDPOINT`) and its header secret. */
export const MSI_PATH = '/msi/token';
export const MSI_HEADER = 'fake-identity-header';
const TOKEN_PREFIX = 'fake-graph-token-';

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

export interface GraphSide {
  /** Serves the request when it is the fake's Graph or identity endpoint; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse, reply: Reply): boolean;
  /** A valid bearer token, as the identity endpoint would issue it (in-process tests). */
  issueToken(): string;
  readonly requests: number;
  readonly throttled: number;
}

const MESSAGES = /^\/v1\.0\/chats\/([^/]+)\/messages$/;
const INSTALLED = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/;
const INSTALLED_CHAT = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/;
const FILTER = /^(lastModifiedDateTime|createdDateTime) (gt|lt) (\S+)$/;

const installationId = (userId: string, appId: string): string =>
  Buffer.from(`${userId}##${appId}`).toString('base64');
const personalChatId = (userId: string, botAppId: string): string =>
  `19:${userId}_${botAppId}@unq.gbl.spaces`;

function graphMessage(post: PostedMessage, botAppId: string) {
  const attachments = Array.isArray(post.body['attachments'])
    ? (post.body['attachments'] as { contentType?: string; content?: unknown }[])
    : [];
  const text = typeof post.body['text'] === 'string' ? post.body['text'] : '';
  return {
    id: post.id,
    messageType: 'message',
    createdDateTime: post.at,
    lastModifiedDateTime: post.at,
    from: {
      user: null,
      application: { id: botAppId, displayName: 'Samordna', applicationIdentityType: 'bot' },
    },
    body: { contentType: 'html', content: text },
    attachments: attachments.map((a, i) => ({
      id: `${post.id}-${String(i)}`,
      contentType: a.contentType ?? null,
      content: a.content === undefined ? null : JSON.stringify(a.content),
    })),
  };
}

export function graphSide(
  options: ChatGraphOptions,
  posts: () => readonly PostedMessage[],
  random: () => number,
): GraphSide {
  const counts = { requests: 0, throttled: 0 };
  const issued = new Set<string>();
  const chatToConversation = new Map(
    Object.entries(options.installations).map(([userId, conversationId]) => [
      personalChatId(userId, options.botAppId),
      conversationId,
    ]),
  );
  const error = (reply: Reply, status: number, code: string, message: string) =>
    reply(status, { error: { code, message } });

  const messages = (reply: Reply, url: URL, chatId: string): void => {
    if (options.chatMessagesGranted === false) {
      error(reply, 403, 'Forbidden', 'Missing role permissions on the request.');
      return;
    }
    const conversationId = chatToConversation.get(chatId) ?? chatId;
    const top = Number(url.searchParams.get('$top') ?? '20');
    if (!Number.isInteger(top) || top < 1 || top > 50) {
      error(reply, 400, 'BadRequest', 'Maximum allowed $top value is 50.');
      return;
    }
    const [orderBy = 'lastModifiedDateTime', direction = 'desc'] = (
      url.searchParams.get('$orderby') ?? 'lastModifiedDateTime desc'
    ).split(' ');
    if (!['lastModifiedDateTime', 'createdDateTime'].includes(orderBy) || direction !== 'desc') {
      error(reply, 400, 'BadRequest', 'Only descending lastModifiedDateTime/createdDateTime.');
      return;
    }
    let selected = posts().filter((p) => p.conversationId === conversationId);
    const filter = url.searchParams.get('$filter');
    if (filter !== null) {
      const match = FILTER.exec(filter);
      const [, property, op, value] = match ?? [];
      const valid =
        match !== null &&
        !Number.isNaN(Date.parse(value ?? '')) &&
        !(property === 'createdDateTime' && op === 'gt');
      if (!valid) {
        error(reply, 400, 'BadRequest', `Unsupported $filter: ${filter}`);
        return;
      }
      // Documented: the filter applies only with $orderby on the same property.
      if (property === orderBy) {
        const bound = Date.parse(value ?? '');
        selected = selected.filter((p) =>
          op === 'gt' ? Date.parse(p.at) > bound : Date.parse(p.at) < bound,
        );
      }
    }
    selected = [...selected].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    const skip = Number(Buffer.from(url.searchParams.get('$skiptoken') ?? '', 'base64').toString());
    const offset = Number.isInteger(skip) ? skip : 0;
    const page = selected.slice(offset, offset + top);
    const body: Record<string, unknown> = {
      value: page.map((p) => graphMessage(p, options.botAppId)),
    };
    if (offset + top < selected.length) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', Buffer.from(String(offset + top)).toString('base64'));
      body['@odata.nextLink'] = next.toString();
    }
    reply(200, body);
  };

  const graph = (req: IncomingMessage, reply: Reply, url: URL): void => {
    counts.requests += 1;
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!issued.has(token)) {
      error(reply, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      return;
    }
    if (random() < (options.throttleRate ?? 0)) {
      counts.throttled += 1;
      reply(
        429,
        { error: { code: 'TooManyRequests', message: 'Too many requests' } },
        { 'Retry-After': String(options.throttleRetryAfterSeconds ?? 1) },
      );
      return;
    }
    const path = url.pathname;
    const chat = MESSAGES.exec(path);
    if (chat !== null) {
      messages(reply, url, decodeURIComponent(chat[1] ?? ''));
      return;
    }
    const installed = INSTALLED.exec(path);
    if (installed !== null) {
      const userId = decodeURIComponent(installed[1] ?? '');
      const filter = url.searchParams.get('$filter') ?? '';
      const wanted = /^teamsApp\/externalId eq '([^']*)'$/.exec(filter)?.[1];
      if (wanted === undefined) {
        error(reply, 400, 'BadRequest', `Unsupported $filter: ${filter}`);
        return;
      }
      const has = options.installations[userId] !== undefined && wanted === options.teamsAppId;
      reply(200, { value: has ? [{ id: installationId(userId, wanted) }] : [] });
      return;
    }
    const installedChat = INSTALLED_CHAT.exec(path);
    if (installedChat !== null) {
      const userId = decodeURIComponent(installedChat[1] ?? '');
      const id = decodeURIComponent(installedChat[2] ?? '');
      if (
        options.installations[userId] === undefined ||
        id !== installationId(userId, options.teamsAppId)
      ) {
        error(reply, 404, 'NotFound', 'No such installation.');
        return;
      }
      reply(200, { id: personalChatId(userId, options.botAppId) });
      return;
    }
    error(reply, 404, 'NotFound', path);
  };

  const issueToken = (): string => {
    const token = `${TOKEN_PREFIX}${String(issued.size + 1)}`;
    issued.add(token);
    return token;
  };

  return {
    issueToken,
    handle(req, _res, reply) {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (req.method === 'GET' && url.pathname === MSI_PATH) {
        if (req.headers['x-identity-header'] !== MSI_HEADER) {
          reply(400, { error: 'invalid_request' });
          return true;
        }
        reply(200, {
          access_token: issueToken(),
          token_type: 'Bearer',
          resource: url.searchParams.get('resource') ?? '',
          expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        });
        return true;
      }
      if (req.method !== 'GET' || !url.pathname.startsWith('/v1.0/')) return false;
      graph(req, reply, url);
      return true;
    },
    get requests() {
      return counts.requests;
    },
    get throttled() {
      return counts.throttled;
    },
  };
}
