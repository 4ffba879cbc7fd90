/**
 * The server in production mode with Teams SSO for the tab API: tokens signed in the test with
 * a fresh RSA key, served from a local JWKS endpoint (port 0), so each request can be anyone —
 * a samordnare, Samordning (by app role or group), or a valid user who is no member at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import type { RawEnv } from '../../bot/src/config';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { startTestServer, type TestServer } from './server';

export const SSO_TENANT = '66666666-7777-4888-9999-aaaaaaaaaaaa';
export const SSO_CLIENT_ID = '77777777-8888-4999-8aaa-bbbbbbbbbbbb';
export const SSO_APP_ID_URI = `api://samordna.example.org/${SSO_CLIENT_ID}`;
export const SSO_GROUP_SAMORDNING = 'bbbbbbbb-0000-4000-8000-000000000001';

export interface TokenOptions {
  readonly claims?: Record<string, unknown>;
  readonly audience?: string;
  readonly issuer?: string;
  readonly expiresIn?: string | number;
  readonly key?: KeyLike;
}

export interface SsoRig {
  readonly server: TestServer;
  /** A token for `oid` as Teams SSO would give it (valid unless `options` say otherwise). */
  token(oid: string, options?: TokenOptions): Promise<string>;
  /** A JSON call with `Authorization: Bearer <bearer>` (none when null). */
  call(
    path: string,
    bearer: string | null,
    init?: { method?: string; body?: unknown },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

async function serveJwks(jwk: JWK): Promise<Server> {
  const http = createServer((_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys: [{ ...jwk, kid: 'test-key', alg: 'RS256', use: 'sig' }] }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return http;
}

/** Starts the JWKS endpoint and the server in production mode (SQLite, no demo data). */
export async function startSsoRig(
  env: RawEnv = {},
  clock?: Clock,
  options: Parameters<typeof startTestServer>[2] = {},
): Promise<SsoRig> {
  const pair = await generateKeyPair('RS256');
  const jwks = await serveJwks(await exportJWK(pair.publicKey));
  const server = await startTestServer(
    {
      SAMORDNA_MODE: 'production',
      BOT_ID: '11111111-2222-4333-8444-555555555555',
      BOT_TENANT_ID: SSO_TENANT,
      BOT_AUTH: 'secret',
      SECRET_BOT_PASSWORD: 'not-used-in-this-test',
      SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
      AAD_APP_CLIENT_ID: SSO_CLIENT_ID,
      SAMORDNA_GROUP_SAMORDNING: SSO_GROUP_SAMORDNING,
      SAMORDNA_SSO_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
      ...env,
    },
    clock,
    options,
  );
  return {
    server,
    token(oid, tokenOptions = {}) {
      // The server checks exp/nbf against its clock.
      const now = Math.floor((clock?.now() ?? new Date()).getTime() / 1000);
      return new SignJWT({
        oid,
        tid: SSO_TENANT,
        scp: 'access_as_user',
        name: 'Test Person',
        ...tokenOptions.claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(tokenOptions.issuer ?? `https://login.microsoftonline.com/${SSO_TENANT}/v2.0`)
        .setAudience(tokenOptions.audience ?? SSO_APP_ID_URI)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(tokenOptions.expiresIn ?? now + 3600)
        .sign(tokenOptions.key ?? pair.privateKey);
    },
    async call(path, bearer, init = {}) {
      const headers: Record<string, string> = {};
      if (bearer !== null) headers['Authorization'] = `Bearer ${bearer}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${server.url}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async stop() {
      await server.stop();
      await new Promise((resolve) => jwks.close(resolve));
    },
  };
}
