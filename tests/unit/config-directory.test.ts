import { ConfigError, loadConfig, type RawEnv } from '../../bot/src/config';

/** Where "Personer" finds people (decision 0022), as configuration decides it. */

const PRODUCTION: RawEnv = {
  SAMORDNA_MODE: 'production',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_TENANT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  BOT_AUTH: 'managed-identity',
  SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
  AAD_APP_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
};
const SHAREPOINT: RawEnv = {
  SAMORDNA_STORE: 'sharepoint',
  SHAREPOINT_SITE_URL: 'https://malmo.sharepoint.com/sites/samordna',
  GRAPH_AUTH: 'managed-identity',
  MANAGED_IDENTITY_CLIENT_ID: 'mi-client',
};

describe('directory configuration', () => {
  it('searches the demo users in local mode, whatever SAMORDNA_DIRECTORY says', () => {
    expect(loadConfig({}).directory).toEqual({ kind: 'local' });
    expect(loadConfig({ SAMORDNA_DIRECTORY: 'graph' }).directory).toEqual({ kind: 'local' });
  });

  it('searches Entra ID through Graph with the SharePoint store’s credentials in production', () => {
    expect(loadConfig({ ...PRODUCTION, ...SHAREPOINT }).directory).toEqual({
      kind: 'graph',
      graphBaseUrl: 'https://graph.microsoft.com',
      auth: { kind: 'managed-identity', clientId: 'mi-client' },
    });
    expect(
      loadConfig({ ...PRODUCTION, ...SHAREPOINT, SAMORDNA_DIRECTORY: 'off' }).directory,
    ).toEqual({ kind: 'off' });
  });

  it('is off on the embedded store unless asked for, and then needs Graph credentials', () => {
    expect(loadConfig(PRODUCTION).directory).toEqual({ kind: 'off' });
    let error: unknown;
    try {
      loadConfig({ ...PRODUCTION, SAMORDNA_DIRECTORY: 'graph' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toContain(
      'GRAPH_AUTH is required with SAMORDNA_DIRECTORY=graph',
    );
    expect(() => loadConfig({ SAMORDNA_DIRECTORY: 'ldap' })).toThrow(/SAMORDNA_DIRECTORY/);
  });
});
