/**
 * A test server in production mode whose Bot Framework tokens are signed by a local key
 * (SAMORDNA_BOT_OPENID_METADATA_URL), for the security tests of the bot endpoint. The bot's
 * tenant is the one the test activities come from (helpers/activities.ts).
 */
import { TENANT_ID } from './activities';
import { startOpenIdServer, type SigningKey } from './bot-token';
import { startTestServer, type TestServer } from './server';

export const BOT_APP_ID = '5b0c1f9e-6a3d-4d8e-9f21-7c4b2a1e0d35';

/** Production configuration with a bot secret that is never used offline. */
export function productionEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    SAMORDNA_MODE: 'production',
    BOT_ID: BOT_APP_ID,
    BOT_TENANT_ID: TENANT_ID,
    BOT_AUTH: 'secret',
    SECRET_BOT_PASSWORD: 'not-used-offline',
    SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
    AAD_APP_CLIENT_ID: '99999999-8888-4777-8666-555555555555',
    ...overrides,
  };
}

export interface ProductionBotServer {
  readonly server: TestServer;
  /** Turns that passed authentication and reached the app. */
  turns(): number;
  close(): Promise<void>;
}

/**
 * Starts the server with the local key's OpenID metadata; botbuilder's console.error on every
 * refused request is silenced until close (it would flood the test output).
 */
export async function startProductionBotServer(key: SigningKey): Promise<ProductionBotServer> {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const openId = await startOpenIdServer(key);
  let turns = 0;
  const server = await startTestServer(
    productionEnv({ SAMORDNA_BOT_OPENID_METADATA_URL: openId.metadataUrl }),
    undefined,
    {
      onTurn: () => {
        turns++;
      },
    },
  );
  return {
    server,
    turns: () => turns,
    close: async () => {
      await server.stop();
      await openId.close();
      quiet.mockRestore();
    },
  };
}
