import { ManagedIdentityCredential } from '@azure/identity';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TokenProvider } from '../../graph/graph-middleware';

/** App-only credentials (config.ts builds them from GRAPH_AUTH and friends). */
export type GraphCredentials =
  | { kind: 'certificate'; clientId: string; tenantId: string; certificatePath: string }
  | { kind: 'secret'; clientId: string; tenantId: string; secret: string }
  | { kind: 'managed-identity'; clientId: string | null };

/**
 * App-only tokens for Graph. Certificate (preferred) and client secret (development only) go
 * through MSAL's client-credentials flow; managed identity through @azure/identity. MSAL
 * caches tokens and renews them before they expire.
 */
export function graphTokenProvider(auth: GraphCredentials, graphBaseUrl: string): TokenProvider {
  const scope = `${new URL(graphBaseUrl).origin}/.default`;
  if (auth.kind === 'managed-identity') {
    const credential =
      auth.clientId === null
        ? new ManagedIdentityCredential()
        : new ManagedIdentityCredential({ clientId: auth.clientId });
    return {
      async getAccessToken() {
        return (await credential.getToken(scope)).token;
      },
    };
  }
  const authority = `https://login.microsoftonline.com/${auth.tenantId}`;
  const app =
    auth.kind === 'secret'
      ? new ConfidentialClientApplication({
          auth: { clientId: auth.clientId, authority, clientSecret: auth.secret },
        })
      : new ConfidentialClientApplication({
          auth: {
            clientId: auth.clientId,
            authority,
            clientCertificate: certificate(auth.certificatePath),
          },
        });
  return {
    async getAccessToken() {
      const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
      if (result === null) throw new Error('MSAL returned no Graph token');
      return result.accessToken;
    },
  };
}

/** A PEM file with the private key and the certificate (as uploaded to the app registration). */
function certificate(path: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  const pem = readFileSync(path, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const key = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----/.exec(
    pem,
  )?.[0];
  if (cert === undefined || key === undefined) {
    throw new Error(`${path} must hold the private key and the certificate (PEM)`);
  }
  const thumbprintSha256 = new X509Certificate(cert).fingerprint256.replace(/:/g, '');
  return { thumbprintSha256, privateKey: key, x5c: cert };
}
