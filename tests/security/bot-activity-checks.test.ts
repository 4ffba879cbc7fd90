/**
 * Issue 14, item 9: before botbuilder sees an activity, the bot endpoint refuses one without a
 * serviceUrl (botbuilder would skip the token's serviceurl claim check for it: 400) and, in
 * production, one whose tenant is not the bot's (conversation.tenantId and channelData.tenant.id,
 * both when given: 403). Each refusal reaches no handler, even with a correctly signed token.
 */
import { message, TENANT_ID, type TeamsActivity } from '../helpers/activities';
import { channelClaims, newSigningKey, SERVICE_URL, signJwt } from '../helpers/bot-token';
import {
  BOT_APP_ID,
  startProductionBotServer,
  type ProductionBotServer,
} from '../helpers/production-bot-server';
import { startTestServer, type TestServer } from '../helpers/server';

const APP_ID = BOT_APP_ID;
const OTHER_TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('activity checks in production mode (signed tokens)', () => {
  const key = newSigningKey();
  let bot: ProductionBotServer;
  let server: TestServer;

  beforeAll(async () => {
    bot = await startProductionBotServer(key);
    server = bot.server;
  });

  afterAll(async () => {
    await bot.close();
  });

  const post = async (activity: TeamsActivity): Promise<{ status: number; code: string }> => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${signJwt(channelClaims(APP_ID, SERVICE_URL), key)}`,
      },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const code =
      text === '' ? '' : ((JSON.parse(text) as { error?: { code: string } }).error?.code ?? '');
    return { status: response.status, code };
  };

  const signed = (fields: Record<string, unknown> = {}): TeamsActivity => ({
    ...message('hjälp'),
    serviceUrl: SERVICE_URL,
    ...fields,
  });

  it.each<[string, Record<string, unknown>, number]>([
    [
      'another tenant',
      {
        conversation: { id: 'a:1', conversationType: 'personal', tenantId: OTHER_TENANT },
        channelData: { tenant: { id: OTHER_TENANT } },
      },
      403,
    ],
    ['another tenant in channelData only', { channelData: { tenant: { id: OTHER_TENANT } } }, 403],
    [
      'another tenant in the conversation only',
      { conversation: { id: 'a:1', conversationType: 'personal', tenantId: OTHER_TENANT } },
      403,
    ],
    [
      'no tenant at all',
      { conversation: { id: 'a:1', conversationType: 'personal' }, channelData: {} },
      403,
    ],
    ['a tenant that is not a string', { channelData: { tenant: { id: 42 } } }, 403],
    ['no serviceUrl', { serviceUrl: undefined }, 400],
    ['an empty serviceUrl', { serviceUrl: '' }, 400],
    ['a serviceUrl that is no URL', { serviceUrl: 'not a url' }, 400],
    ['no type', { type: '' }, 400],
  ])('refuses %s before any handler', async (_name, fields, status) => {
    const before = bot.turns();
    const answer = await post(signed(fields));
    expect(answer).toEqual({ status, code: status === 403 ? 'unauthorized' : 'bad-request' });
    expect(bot.turns()).toBe(before);
  });

  it('accepts the bot’s own tenant (in any letter case) with a serviceUrl', async () => {
    const before = bot.turns();
    expect((await post(signed())).status).toBe(200);
    const upper = TENANT_ID.toUpperCase();
    expect(
      (
        await post(
          signed({
            conversation: { id: 'a:2', conversationType: 'personal', tenantId: upper },
            channelData: { tenant: { id: upper } },
          }),
        )
      ).status,
    ).toBe(200);
    expect(bot.turns()).toBe(before + 2);
  });

  it('logs each refusal with its reason and correlation id', () => {
    const refused = server.logs.filter((line) => line['event'] === 'bot-request-refused');
    expect(refused.map((line) => line['reason'])).toEqual(
      expect.arrayContaining(['tenant is not the bot tenant', 'no serviceUrl']),
    );
  });
});

describe('activity checks in local mode', () => {
  it('refuses an activity without serviceUrl; no tenant is required (the Playground has none)', async () => {
    const server = await startTestServer();
    try {
      const { serviceUrl: _dropped, ...withoutServiceUrl } = message('hjälp');
      const refused = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(withoutServiceUrl),
      });
      expect(refused.status).toBe(400);
      const { channelData: _c, ...noTenant } = message('hjälp');
      const accepted = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...noTenant,
          conversation: { id: 'a:x', conversationType: 'personal' },
        }),
      });
      expect(accepted.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
