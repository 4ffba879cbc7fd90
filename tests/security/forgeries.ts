/** The forged Bot Framework requests of bot-jwt.test.ts: each kind builds attempt `i`. */
import { createHmac, randomUUID } from 'node:crypto';
import { cardAction, message, type TeamsActivity } from '../helpers/activities';
import { newSigningKey, SERVICE_URL, signJwt, type SigningKey } from '../helpers/bot-token';
import { SUPPORT_VERBS, VERBS } from '../../bot/src/teams/actions/verbs';

export interface Forgery {
  readonly name: string;
  /** Builds the Authorization header (or none) and the activity for attempt `i`. */
  make(i: number): { authorization: string | null; activity: TeamsActivity };
}

export const now = (): number => Math.floor(Date.now() / 1000);
const verbs = [...Object.values(VERBS), ...Object.values(SUPPORT_VERBS)];

/** Varied, realistic activities: commands and card actions for every verb. */
function activityFor(i: number): TeamsActivity {
  const activity =
    i % 3 === 0
      ? message(['hjälp', 'status', 'mina aktiviteter', 'stöd'][i % 4] ?? 'hjälp')
      : cardAction(verbs[i % verbs.length] ?? VERBS.list, { roundId: 'r', activityId: 'a' });
  return { ...activity, serviceUrl: SERVICE_URL };
}

export interface ForgeryDeps {
  readonly key: SigningKey;
  /** Same kid as `key`, different key material: a bad signature. */
  readonly otherKey: SigningKey;
  /** Valid channel claims for the app, issued now. */
  readonly valid: () => Record<string, unknown>;
  readonly bearer: (token: string) => string;
}

export function buildForgeries({ key, otherKey, valid, bearer }: ForgeryDeps): readonly Forgery[] {
  return [
    { name: 'no token', make: (i) => ({ authorization: null, activity: activityFor(i) }) },
    {
      name: 'not a bearer JWT',
      make: (i) => ({
        authorization: [
          'Bearer',
          'Bearer ',
          'Bearer not.a.jwt',
          `Basic ${Buffer.from('a:b').toString('base64')}`,
          `Bearer ${randomUUID()}`,
          'Bearer e30.e30',
        ][i % 6] as string,
        activity: activityFor(i),
      }),
    },
    {
      name: 'wrong issuer',
      make: (i) => ({
        authorization: bearer(
          signJwt(
            {
              ...valid(),
              iss: [
                'https://evil.example.org',
                'http://api.botframework.com',
                'https://api.botframework.com.evil.example',
                'https://login.botframework.com',
                '',
              ][i % 5],
            },
            key,
          ),
        ),
        activity: activityFor(i),
      }),
    },
    {
      name: 'wrong audience',
      make: (i) => ({
        authorization: bearer(
          signJwt(
            { ...valid(), aud: [randomUUID(), 'https://api.botframework.com', ''][i % 3] },
            key,
          ),
        ),
        activity: activityFor(i),
      }),
    },
    {
      name: 'expired beyond the clock skew',
      make: (i) => {
        const expiredAt = now() - 301 - i * 997; // botbuilder allows 300 s of skew
        return {
          authorization: bearer(
            signJwt(
              { ...valid(), exp: expiredAt, iat: expiredAt - 3600, nbf: expiredAt - 3600 },
              key,
            ),
          ),
          activity: activityFor(i),
        };
      },
    },
    {
      name: 'not yet valid',
      make: (i) => ({
        authorization: bearer(signJwt({ ...valid(), nbf: now() + 301 + i * 60 }, key)),
        activity: activityFor(i),
      }),
    },
    {
      name: 'bad signature',
      make: (i) => {
        if (i % 2 === 0) {
          return { authorization: bearer(signJwt(valid(), otherKey)), activity: activityFor(i) };
        }
        // A genuine signature over other claims: swap in a payload for another audience.
        const [head, , signature] = signJwt(valid(), key).split('.');
        const payload = Buffer.from(JSON.stringify({ ...valid(), aud: randomUUID() })).toString(
          'base64url',
        );
        return {
          authorization: bearer(`${head}.${payload}.${signature}`),
          activity: activityFor(i),
        };
      },
    },
    {
      name: 'alg none and algorithm confusion',
      make: (i) => {
        if (i % 2 === 0) {
          return {
            authorization: bearer(signJwt(valid(), key, { alg: ['none', 'None', 'NONE'][i % 3] })),
            activity: activityFor(i),
          };
        }
        // HS256 "signed" with the public key as the HMAC secret.
        const head = Buffer.from(
          JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.kid }),
        ).toString('base64url');
        const body = Buffer.from(JSON.stringify(valid())).toString('base64url');
        const secret = key.publicKey.export({ format: 'pem', type: 'spki' });
        const mac = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
        return { authorization: bearer(`${head}.${body}.${mac}`), activity: activityFor(i) };
      },
    },
    {
      name: "serviceUrl is not the token's",
      make: (i) => ({
        authorization: bearer(signJwt(valid(), key)),
        activity: {
          ...activityFor(i),
          serviceUrl: [
            'https://evil.example.org/',
            'https://smba.trafficmanager.net/amer/',
            'http://127.0.0.1:9/',
            'https://smba.trafficmanager.net/emea',
          ][i % 4],
        },
      }),
    },
    {
      name: 'unknown signing key',
      make: (i) => ({
        authorization: bearer(signJwt(valid(), newSigningKeyCached(i))),
        activity: activityFor(i),
      }),
    },
    {
      name: 'not endorsed for the channel',
      make: (i) => ({
        authorization: bearer(signJwt(valid(), key)),
        activity: {
          ...activityFor(i),
          channelId: ['webchat', 'directline', 'slack'][i % 3] as string,
        },
      }),
    },
  ];
}

const extraKeys = new Map<number, SigningKey>();
/** A few foreign keys (RSA generation is slow), reused across attempts. */
function newSigningKeyCached(i: number): SigningKey {
  const slot = i % 3;
  let found = extraKeys.get(slot);
  if (found === undefined) {
    found = newSigningKey();
    extraKeys.set(slot, found);
  }
  return found;
}
