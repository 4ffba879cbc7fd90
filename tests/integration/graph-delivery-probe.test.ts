/**
 * The Graph delivery probe (decision 0015) against the fake Teams service: messages are sent
 * through the real TeamsProactiveSender (botbuilder) to the fake Bot Connector, and the probe
 * finds them again through the fake's Graph side (the user's installation → chat → messages,
 * paged, filtered, throttled), by the delivery mark the sender puts into each card.
 */
import type { OutboxMessage } from '../../bot/src/domain/ports/outbox.port';
import type { StoredConversation } from '../../bot/src/domain/ports/runtime-state.port';
import { GraphCallError, GraphHttp } from '../../bot/src/graph/graph-http';
import { createAdapter } from '../../bot/src/teams/adapter';
import { GraphDeliveryProbe } from '../../bot/src/runtime/graph-delivery-probe';
import { TeamsProactiveSender } from '../../bot/src/teams/proactive-sender';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import type { ChatGraphOptions } from '../fakes/teams-graph-fake';
import { personalConversation } from '../helpers/delivery-rig';

const BOT = '00000000-0000-0000-0000-0000000000b0';
const APP = '00000000-0000-0000-0000-0000000000a0';
const CARD: OutboxMessage = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Påminnelse' }] },
};

interface Rig {
  readonly connector: FakeBotConnector;
  readonly probe: GraphDeliveryProbe;
  readonly send: (
    conversation: StoredConversation,
    key: string,
    message?: OutboxMessage,
  ) => Promise<void>;
  readonly conversation: (userId: string) => StoredConversation;
}

const rigs: FakeBotConnector[] = [];
afterAll(async () => {
  await Promise.all(rigs.map((c) => c.close()));
});

async function rig(graph: Partial<ChatGraphOptions> = {}): Promise<Rig> {
  const connector = await startFakeBotConnector({
    graph: {
      botAppId: BOT,
      teamsAppId: APP,
      installations: { alva: 'a:personal-alva', bo: 'a:personal-bo' },
      ...graph,
    },
  });
  rigs.push(connector);
  const baseUrl = connector.serviceUrl.replace(/\/$/, '');
  const http = new GraphHttp({
    baseUrl,
    tokens: { getAccessToken: async () => connector.graph?.issueToken() ?? '' },
    retry: { maxAttempts: 8, maxTotalMs: 10_000, baseDelayMs: 1 },
  });
  const probe = new GraphDeliveryProbe({ graph: http, teamsAppId: APP, botAppId: BOT, skewMs: 0 });
  const sender = new TeamsProactiveSender(createAdapter({ kind: 'none' }), '');
  const conversation = (userId: string) =>
    personalConversation(userId, connector.serviceUrl, new Date().toISOString());
  return {
    connector,
    probe,
    conversation,
    send: async (to, key, message = CARD) => {
      expect(await sender.send(to, message, key)).toEqual({ kind: 'sent' });
    },
  };
}

const before = (): string => new Date(Date.now() - 1_000).toISOString();

describe('Graph delivery probe on the fake Teams service', () => {
  it('finds a message the sender delivered, and only that one', async () => {
    const { probe, send, conversation, connector } = await rig();
    const since = before();
    await send(conversation('alva'), 'm1:open:alva');
    expect(await probe.wasDelivered(conversation('alva'), 'm1:open:alva', since)).toBe('delivered');
    expect(await probe.wasDelivered(conversation('alva'), 'm1:nudge:alva', since)).toBe(
      'not-delivered',
    );
    // Bo's chat is another chat: Alva's message is not there.
    expect(await probe.wasDelivered(conversation('bo'), 'm1:open:alva', since)).toBe(
      'not-delivered',
    );
    // The installation → chat lookup is made once per user (two users: 2 × 2 requests, then messages).
    expect(connector.graph?.requests).toBe(2 + 1 + 1 + 2 + 1);
  });

  it('pages back through newer messages to an older one', async () => {
    const { probe, send, conversation } = await rig();
    const since = before();
    await send(conversation('alva'), 'm1:open:alva');
    for (let i = 0; i < 120; i++) await send(conversation('alva'), `other-${String(i)}`);
    expect(await probe.wasDelivered(conversation('alva'), 'm1:open:alva', since)).toBe('delivered');
  }, 30_000);

  it('does not count a message sent before the interrupted send started', async () => {
    const { probe, send, conversation } = await rig();
    await send(conversation('alva'), 'm1:open:alva');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    expect(await probe.wasDelivered(conversation('alva'), 'm1:open:alva', since)).toBe(
      'not-delivered',
    );
  });

  it('keeps its answer under throttling (429 with Retry-After is waited out)', async () => {
    let n = 0;
    const { probe, send, conversation, connector } = await rig({
      throttleRate: 0.5,
      throttleRetryAfterSeconds: 0,
    });
    const since = before();
    await send(conversation('alva'), 'm1:open:alva');
    const results = [];
    for (; n < 6; n++)
      results.push(await probe.wasDelivered(conversation('alva'), 'm1:open:alva', since));
    expect(results).toEqual(Array(6).fill('delivered'));
    expect(connector.graph?.throttled).toBeGreaterThan(0);
  });

  it('cannot tell for a user without the app, or for a channel', async () => {
    const { probe, conversation } = await rig();
    expect(await probe.wasDelivered(conversation('stranger'), 'k', before())).toBe('unknown');
    const channel: StoredConversation = {
      ...conversation('alva'),
      conversationId: '19:general@thread.tacv2',
      conversationType: 'channel',
      userId: null,
    };
    expect(await probe.wasDelivered(channel, 'k', before())).toBe('unknown');
  });

  it('throws when the chat permission is not granted (the dispatcher then resends)', async () => {
    const { probe, conversation } = await rig({ chatMessagesGranted: false });
    await expect(probe.wasDelivered(conversation('alva'), 'k', before())).rejects.toMatchObject({
      status: 403,
    });
    await expect(probe.wasDelivered(conversation('alva'), 'k', before())).rejects.toBeInstanceOf(
      GraphCallError,
    );
  });

  it('enforces Graph’s documented query limits', async () => {
    const { connector } = await rig();
    const base = connector.serviceUrl.replace(/\/$/, '');
    const token = connector.graph?.issueToken() ?? '';
    const get = (query: string) =>
      fetch(`${base}/v1.0/chats/19%3Ax%40thread.v2/messages?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      }).then((r) => r.status);
    expect(await get('$top=51')).toBe(400);
    expect(await get('$orderby=lastModifiedDateTime%20asc')).toBe(400);
    expect(await get('$top=50&$orderby=createdDateTime%20desc')).toBe(200);
    const anonymous = await fetch(`${base}/v1.0/chats/x/messages`);
    expect(anonymous.status).toBe(401);
  });
});
