/**
 * The tab API in production mode with Teams SSO: tokens signed in the test with a fresh RSA
 * key, served from a local JWKS endpoint (port 0). Only a fully valid token gets in; roles
 * come from the token, the organisation from the store's members; edits are limited to the
 * caller's own organisation.
 */
import { generateKeyPair, type KeyLike } from 'jose';
import type { Activity } from '../../bot/src/domain/types';
import { activityEdit, newActivity } from '../helpers/fixtures';
import {
  SSO_CLIENT_ID as CLIENT_ID,
  SSO_GROUP_SAMORDNING as GROUP_SAMORDNING,
  SSO_TENANT as TENANT,
  startSsoRig,
  type SsoRig,
  type TokenOptions,
} from '../helpers/sso';
import type { TestServer } from '../helpers/server';

const OTHER_TENANT = '99999999-7777-4888-9999-aaaaaaaaaaaa';
const PLAN = 'fri-fran-vald-2022-2026';
const SAMORDNARE = 'aaaaaaaa-0000-4000-8000-000000000001';
const SAMORDNING = 'aaaaaaaa-0000-4000-8000-000000000002';
const STRANGER = 'aaaaaaaa-0000-4000-8000-000000000003';

let otherKey: KeyLike;
let rig: SsoRig;
let server: TestServer;
let ownActivity: Activity;
let otherActivity: Activity;

const token = (oid: string, options: TokenOptions = {}): Promise<string> => rig.token(oid, options);

const call = (
  path: string,
  bearer: string | null,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> => rig.call(path, bearer, init);

function edit(activity: Activity, title: string) {
  return activityEdit(activity, { title });
}

beforeAll(async () => {
  otherKey = (await generateKeyPair('RS256')).privateKey;
  rig = await startSsoRig();
  server = rig.server;
  const { store } = server;
  await store.members.upsert({
    userId: SAMORDNARE,
    name: 'Sam Ordnare',
    organisationId: 'fritidsforvaltningen',
    roles: [],
  });
  await store.members.upsert({
    userId: SAMORDNING,
    name: 'Sam Ordning',
    organisationId: 'arbetsmarknads-och-socialforvaltningen',
    roles: [],
  });
  ownActivity = await store.activities.create(
    newActivity({ id: 'sso-own', planId: PLAN, organisationId: 'fritidsforvaltningen' }),
  );
  otherActivity = await store.activities.create(
    newActivity({ id: 'sso-other', planId: PLAN, organisationId: 'kulturforvaltningen' }),
  );
}, 30_000);

afterAll(async () => {
  await rig?.stop();
});

describe('Teams SSO on /api/v1', () => {
  it('accepts a valid token: 200 with the organisation from the store and roles from the token', async () => {
    const answer = await call(
      '/api/v1/me',
      await token(SAMORDNARE, { claims: { roles: ['Samordnare'] } }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      name: 'Test Person',
      organisation: { id: 'fritidsforvaltningen' },
      roles: ['samordnare'],
      mode: 'production',
    });
    const v1 = await token(SAMORDNARE, {
      issuer: `https://sts.windows.net/${TENANT}/`,
      audience: CLIENT_ID,
    });
    expect((await call('/api/v1/dashboard', v1)).status).toBe(200);
  });

  it.each<[string, () => Promise<string | null>]>([
    ['no token', async () => null],
    ['wrong audience', () => token(SAMORDNARE, { audience: 'api://elsewhere.example.org/x' })],
    ['wrong tenant (tid)', () => token(SAMORDNARE, { claims: { tid: OTHER_TENANT } })],
    [
      'wrong issuer tenant',
      () => token(SAMORDNARE, { issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
    ],
    ['expired', () => token(SAMORDNARE, { expiresIn: Math.floor(Date.now() / 1000) - 600 })],
    ['missing scope', () => token(SAMORDNARE, { claims: { scp: 'User.Read' } })],
    ['bad signature', () => token(SAMORDNARE, { key: otherKey })],
    [
      'alg none',
      async () => {
        const [, payload] = (await token(SAMORDNARE)).split('.');
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString(
          'base64url',
        );
        return `${header}.${payload ?? ''}.`;
      },
    ],
    [
      'tampered payload',
      async () => {
        const [header, , signature] = (await token(SAMORDNARE)).split('.');
        const payload = Buffer.from(
          JSON.stringify({
            oid: SAMORDNING,
            tid: TENANT,
            scp: 'access_as_user',
            roles: ['Samordning'],
          }),
        ).toString('base64url');
        return `${header ?? ''}.${payload}.${signature ?? ''}`;
      },
    ],
  ])('answers 401 for %s, without details', async (_name, make) => {
    for (const path of [
      '/api/v1/me',
      '/api/v1/dashboard',
      '/api/v1/activities',
      '/api/v1/meetings/calendar',
    ]) {
      const answer = await call(path, await make());
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({
        error: { code: 'unauthenticated', message: 'Du är inte inloggad.' },
      });
    }
  });

  it('lets a samordnare edit their own organisation’s activity (200) and refuses another (403)', async () => {
    const bearer = await token(SAMORDNARE, { claims: { roles: ['Samordnare'] } });
    const own = await call(`/api/v1/activities/${ownActivity.id}`, bearer, {
      method: 'PUT',
      body: edit(ownActivity, 'Ny titel'),
    });
    expect(own.status).toBe(200);
    expect((await server.store.activities.get(ownActivity.id))?.title).toBe('Ny titel');

    const other = await call(`/api/v1/activities/${otherActivity.id}`, bearer, {
      method: 'PUT',
      body: edit(otherActivity, 'Kapad'),
    });
    expect(other.status).toBe(403);
    expect((await server.store.activities.get(otherActivity.id))?.title).toBe(otherActivity.title);
    // Reading every aggregate is still allowed.
    expect((await call(`/api/v1/activities/${otherActivity.id}`, bearer)).status).toBe(200);
  });

  it('gives a user outside the members read access only (403 on edit)', async () => {
    const bearer = await token(STRANGER);
    const me = await call('/api/v1/me', bearer);
    expect(me.body).toMatchObject({ organisation: null, roles: [] });
    const answer = await call(`/api/v1/activities/${ownActivity.id}`, bearer, {
      method: 'PUT',
      body: edit(ownActivity, 'Främling'),
    });
    expect(answer.status).toBe(403);
  });

  it('takes the roles of a non-member from her token (IT bootstraps the first Samordning)', async () => {
    const bearer = await token(STRANGER, { claims: { roles: ['Samordning'] } });
    expect((await call('/api/v1/me', bearer)).body).toMatchObject({
      organisation: null,
      roles: ['samordning'],
    });
  });

  it('takes the HR role from the token for HR’s support editor (store roles are not asked)', async () => {
    const hr = await token(SAMORDNARE, { claims: { roles: ['HR'] } });
    expect((await call('/api/v1/support/editor', hr)).status).toBe(200);
    const samordnare = await token(SAMORDNARE, { claims: { roles: ['Samordnare'] } });
    expect((await call('/api/v1/support/editor', samordnare)).status).toBe(403);
  });

  it('maps the configured Samordning group to the role that may edit every organisation', async () => {
    const bearer = await token(SAMORDNING, { claims: { groups: [GROUP_SAMORDNING] } });
    expect((await call('/api/v1/me', bearer)).body).toMatchObject({ roles: ['samordning'] });
    const current = await server.store.activities.get(otherActivity.id);
    if (current === undefined) throw new Error('missing');
    const answer = await call(`/api/v1/activities/${otherActivity.id}`, bearer, {
      method: 'PUT',
      body: edit(current, 'Samordningens titel'),
    });
    expect(answer.status).toBe(200);
  });
});
