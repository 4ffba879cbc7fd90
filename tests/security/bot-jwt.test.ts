/**
 * Production mode: every activity's Bot Framework JWT is validated. 500+ forged activities
 * (no token, wrong issuer, wrong audience, expired beyond the 5-minute skew, bad signature,
 * alg none, serviceUrl not the token's, …) each get 401/403 and reach no handler; a correctly
 * signed activity is accepted, so the refusals are not because everything fails.
 */
import { cardAction, message, type TeamsActivity } from '../helpers/activities';
import {
  channelClaims,
  newSigningKey,
  SERVICE_URL,
  signJwt,
  type SigningKey,
} from '../helpers/bot-token';
import {
  BOT_APP_ID,
  startProductionBotServer,
  type ProductionBotServer,
} from '../helpers/production-bot-server';
import type { TestServer } from '../helpers/server';
import { buildForgeries, now } from './forgeries';
import { VERBS } from '../../bot/src/teams/actions/verbs';

const APP_ID = BOT_APP_ID;
const PER_CASE = 50;

describe('Bot Framework JWT validation in production mode', () => {
  let key: SigningKey;
  let otherKey: SigningKey;
  let bot: ProductionBotServer;
  let server: TestServer;

  beforeAll(async () => {
    key = newSigningKey();
    otherKey = newSigningKey(key.kid); // same kid, different key: a bad signature
    bot = await startProductionBotServer(key);
    server = bot.server;
  });

  afterAll(async () => {
    await bot.close();
  });

  const post = async (
    authorization: string | null,
    activity: TeamsActivity,
  ): Promise<{ status: number; body: string; correlationId: string | null }> => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(authorization === null ? {} : { Authorization: authorization }),
      },
      body: JSON.stringify(activity),
    });
    return {
      status: response.status,
      body: await response.text(),
      correlationId: response.headers.get('x-correlation-id'),
    };
  };

  const valid = (): Record<string, unknown> => channelClaims(APP_ID, SERVICE_URL, now());
  const bearer = (token: string): string => `Bearer ${token}`;

  it(`refuses ${PER_CASE} forgeries of each kind with 401/403, and none reaches a handler`, async () => {
    const forgeries = buildForgeries({ key, otherKey, valid, bearer });
    const outcomes = new Map<string, number[]>();
    let total = 0;
    for (const forgery of forgeries) {
      const statuses: number[] = [];
      for (let batch = 0; batch < PER_CASE; batch += 10) {
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, j) => {
            const { authorization, activity } = forgery.make(batch + j);
            return post(authorization, activity);
          }),
        );
        for (const result of results) {
          statuses.push(result.status);
          // The body is the usual short error with the correlation id: no stack, no library text.
          if (!result.body.includes('"unauthorized"'))
            throw new Error(`${forgery.name}: ${result.status} ${result.body}`);
          const body = JSON.parse(result.body) as {
            error: { code: string; correlationId: string };
          };
          expect(body.error.code).toBe('unauthorized');
          expect(body.error.correlationId).toBe(result.correlationId);
          expect(result.body).not.toMatch(/\bat .+\(|Unauthorized\.|claim/);
        }
      }
      total += statuses.length;
      outcomes.set(forgery.name, [...new Set(statuses)]);
    }
    expect(total).toBeGreaterThanOrEqual(500);
    for (const [name, statuses] of outcomes) {
      expect({ name, refused: statuses.every((s) => s === 401 || s === 403) }).toEqual({
        name,
        refused: true,
      });
    }
    expect(bot.turns()).toBe(0);
  });

  it('accepts a correctly signed activity (so the refusals are not a broken setup)', async () => {
    const before = bot.turns();
    const result = await post(bearer(signJwt(valid(), key)), {
      ...message('hjälp'),
      serviceUrl: SERVICE_URL,
    });
    expect(result.status).toBe(200);
    expect(bot.turns()).toBe(before + 1);
    const replies = (JSON.parse(result.body) as { activities: unknown[] }).activities;
    expect(replies.length).toBeGreaterThan(0);
    const invoke = await post(bearer(signJwt(valid(), key)), {
      ...cardAction(VERBS.list, { roundId: 'none' }),
      serviceUrl: SERVICE_URL,
    });
    expect(invoke.status).toBe(200);
    expect(bot.turns()).toBe(before + 2);
  });

  it('logs each refusal with its correlation id and never the token', () => {
    const refusals = server.logs.filter((line) => line['event'] === 'bot-request-refused');
    expect(refusals.length).toBeGreaterThanOrEqual(500);
    for (const line of refusals) expect(typeof line['correlationId']).toBe('string');
    expect(JSON.stringify(server.logs)).not.toMatch(/Bearer ey/);
  });
});
