import { randomUUID } from 'node:crypto';

/** Demo users seeded in local mode (bot/src/domain/catalog/demo-data.ts). */
export const DEMO_SAMORDNARE = '00000000-0000-0000-0000-0000000000a1';
export const DEMO_SAMORDNING = '00000000-0000-0000-0000-0000000000a2';
export const TENANT_ID = '00000000-0000-0000-0000-0000000000f1';
export const BOT_ID = '28:bot';

/** A Bot Framework activity as Teams sends it (the fields the bot reads). */
export type TeamsActivity = Record<string, unknown> & { type: string };

export interface ActivityOptions {
  /** AAD object id of the sender. */
  readonly userId?: string;
  readonly locale?: string;
  readonly conversationId?: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
}

/** Builds a Teams-shaped activity with `deliveryMode: 'expectReplies'`. */
export function teamsActivity(
  type: string,
  fields: Record<string, unknown> = {},
  options: ActivityOptions = {},
): TeamsActivity {
  const userId = options.userId ?? DEMO_SAMORDNARE;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    locale: options.locale ?? 'sv-SE',
    conversation: {
      id: options.conversationId ?? `a:conv-${userId}`,
      conversationType: options.conversationType ?? 'personal',
      tenantId: TENANT_ID,
    },
    from: { id: `29:${userId}`, aadObjectId: userId, name: 'Test User' },
    recipient: { id: BOT_ID, name: 'Samordna' },
    channelData: { tenant: { id: TENANT_ID } },
    ...fields,
  };
}

/** A message activity with `text`. */
export function message(text: string, options: ActivityOptions = {}): TeamsActivity {
  return teamsActivity('message', { text, textFormat: 'plain' }, options);
}

export interface BotReply {
  readonly type: string;
  readonly text?: string;
  readonly attachments?: { contentType: string; content: Record<string, unknown> }[];
}

/** POSTs an activity to the bot and returns the replies the CloudAdapter buffered (expectReplies). */
export async function postActivity(baseUrl: string, activity: TeamsActivity): Promise<BotReply[]> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`POST /api/messages answered ${response.status}: ${text}`);
  }
  const body = (text === '' ? {} : JSON.parse(text)) as { activities?: BotReply[] };
  return body.activities ?? [];
}

/** An Adaptive Card Universal Action (`adaptiveCard/action` invoke), answered in the HTTP response. */
export function cardAction(
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions = {},
): TeamsActivity {
  return teamsActivity(
    'invoke',
    {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      // Invokes are answered synchronously with the invoke response, not with expectReplies.
      deliveryMode: 'normal',
    },
    options,
  );
}

export interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

/** POSTs an invoke and returns the invoke response body (`{ statusCode, type, value }`). */
export async function postInvoke(baseUrl: string, activity: TeamsActivity): Promise<InvokeBody> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`POST /api/messages answered ${response.status}: ${text}`);
  return JSON.parse(text) as InvokeBody;
}
