import { Agent, request } from 'node:http';

/** A reply activity as it comes back in an `expectReplies` response body (loosely typed on purpose). */
export interface ReplyActivity {
  readonly type?: string;
  readonly text?: string;
  readonly attachments?: readonly { readonly contentType?: string; readonly content?: unknown }[];
  readonly [key: string]: unknown;
}

export interface BotResponse {
  readonly status: number;
  /** The reply activities; empty if the body was not `{ activities: [...] }`. */
  readonly activities: readonly ReplyActivity[];
  readonly body: string;
}

export interface BotClient {
  /** POSTs one activity to `/api/messages` and resolves with the status and parsed replies. */
  send(activity: Record<string, unknown>): Promise<BotResponse>;
  /** Closes the pooled keep-alive sockets. */
  close(): void;
}

function parseActivities(body: string): readonly ReplyActivity[] {
  if (body === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || !('activities' in parsed)) return [];
  const activities: unknown = parsed.activities;
  return Array.isArray(activities) ? (activities as ReplyActivity[]) : [];
}

/**
 * A small Bot Framework client on node:http with a keep-alive pool, cheaper per request
 * than fetch, which matters when it shares the event loop with the server it measures.
 */
export function createBotClient(baseUrl: string, options: { maxSockets?: number } = {}): BotClient {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 32 });
  const target = new URL('/api/messages', baseUrl);
  return {
    send: (activity) =>
      new Promise<BotResponse>((resolve, reject) => {
        const payload = Buffer.from(JSON.stringify(activity), 'utf8');
        const req = request(
          target,
          {
            method: 'POST',
            agent,
            headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              const body = Buffer.concat(chunks).toString('utf8');
              resolve({ status: res.statusCode ?? 0, activities: parseActivities(body), body });
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}

/** True if any attachment of the replies is an Adaptive Card with a TextBlock of exactly `title`. */
export function hasCardTitled(activities: readonly ReplyActivity[], title: string): boolean {
  return activities.some((activity) =>
    (activity.attachments ?? []).some(
      (attachment) =>
        attachment.contentType === 'application/vnd.microsoft.card.adaptive' &&
        containsTextBlock(attachment.content, title),
    ),
  );
}

function containsTextBlock(node: unknown, text: string): boolean {
  if (Array.isArray(node)) return node.some((child) => containsTextBlock(child, text));
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  if (record.type === 'TextBlock' && record.text === text) return true;
  return Object.values(record).some(
    (child) => typeof child === 'object' && containsTextBlock(child, text),
  );
}
