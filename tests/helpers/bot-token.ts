import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of Bot Framework channel tokens (botframework-connector AuthenticationConstants). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function newSigningKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Signs a JWT with RS256 (or writes an unsigned `alg: none` token when `alg` is 'none'). */
export function signJwt(
  payload: Record<string, unknown>,
  key: SigningKey,
  header: Record<string, unknown> = {},
): string {
  const head = { alg: 'RS256', typ: 'JWT', kid: key.kid, ...header };
  const input = `${base64url(JSON.stringify(head))}.${base64url(JSON.stringify(payload))}`;
  if (head.alg === 'none') return `${input}.`;
  const signer = createSign('RSA-SHA256');
  signer.update(input);
  return `${input}.${base64url(signer.sign(key.privateKey))}`;
}

/** The claims Bot Framework puts in a channel → bot token for `appId`. */
export function channelClaims(
  appId: string,
  serviceUrl = SERVICE_URL,
  nowSeconds = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  return {
    iss: BOT_FRAMEWORK_ISSUER,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: nowSeconds - 60,
    iat: nowSeconds - 60,
    exp: nowSeconds + 3600,
  };
}

export interface OpenIdServer {
  /** The metadata URL to give botbuilder (SAMORDNA_BOT_OPENID_METADATA_URL). */
  readonly metadataUrl: string;
  /** How many times the JWKS was fetched. */
  readonly jwksRequests: () => number;
  close(): Promise<void>;
}

/**
 * A local stand-in for https://login.botframework.com/v1/.well-known/openidconfiguration:
 * the metadata document and a JWKS holding the public key, endorsed for Teams ("msteams")
 * the way Bot Framework's keys are.
 */
export async function startOpenIdServer(key: SigningKey): Promise<OpenIdServer> {
  const jwk = key.publicKey.export({ format: 'jwk' });
  let jwksCount = 0;
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/openidconfiguration') {
      res.end(
        JSON.stringify({
          issuer: BOT_FRAMEWORK_ISSUER,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/keys') {
      jwksCount++;
      res.end(
        JSON.stringify({
          keys: [{ ...jwk, kid: key.kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/openidconfiguration`,
    jwksRequests: () => jwksCount,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
