import { ConfigError, DEFAULT_PLAN_FILE, loadConfig, type RawEnv } from '../../bot/src/config';

const BOT_ID = '11111111-2222-4333-8444-555555555555';
const TENANT_ID = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const CLIENT_ID = '77777777-8888-4999-8aaa-bbbbbbbbbbbb';

const PRODUCTION: RawEnv = {
  SAMORDNA_MODE: 'production',
  BOT_ID,
  BOT_TENANT_ID: TENANT_ID,
  BOT_AUTH: 'managed-identity',
  SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
  AAD_APP_CLIENT_ID: CLIENT_ID,
};

/** Runs loadConfig and returns the ConfigError it throws (fails the test if it does not throw one). */
function configError(env: RawEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('loadConfig did not throw');
}

/** The English text of every problem, in order. */
const english = (error: ConfigError): string[] => error.problems.map((problem) => problem.en);

describe('loadConfig: local mode', () => {
  it('needs nothing and gives the defaults', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('local');
    expect(config.port).toBe(3978);
    expect(config.demoData).toBe(true);
    expect(config.devUserId).toBe('00000000-0000-0000-0000-0000000000a1');
    expect(config.bot).toEqual({ kind: 'none' });
    expect(config.publicUrl).toBeNull();
    expect(config.logLevel).toBe('info');
    expect(config.dataDir).toBe('./data');
    expect(config.planFile).toBe(DEFAULT_PLAN_FILE);
  });

  it('reads the plan file from SAMORDNA_PLAN_FILE, in both modes', () => {
    const file = 'plans/ekby.yaml';
    expect(loadConfig({ SAMORDNA_PLAN_FILE: file }).planFile).toBe(file);
    expect(loadConfig({ ...PRODUCTION, SAMORDNA_PLAN_FILE: file }).planFile).toBe(file);
    expect(loadConfig(PRODUCTION).planFile).toBe(DEFAULT_PLAN_FILE);
    expect(DEFAULT_PLAN_FILE).toMatch(/^bot\/src\/domain\/catalog\/plans\/.+\.yaml$/);
  });

  it('reads PORT, demo data and the dev user from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      SAMORDNA_DEMO_DATA: 'false',
      SAMORDNA_DEV_USER_ID: 'someone-else',
    });
    expect(config.port).toBe(8080);
    expect(config.demoData).toBe(false);
    expect(config.devUserId).toBe('someone-else');
  });

  it('ignores bot credentials in local mode (the Playground sends no token)', () => {
    expect(
      loadConfig({ BOT_ID, BOT_TENANT_ID: TENANT_ID, BOT_AUTH: 'managed-identity' }).bot,
    ).toEqual({
      kind: 'none',
    });
  });

  it('does not read process.env when given an explicit map', () => {
    const previous = process.env['PORT'];
    process.env['PORT'] = '1234';
    try {
      expect(loadConfig({}).port).toBe(3978);
    } finally {
      if (previous === undefined) delete process.env['PORT'];
      else process.env['PORT'] = previous;
    }
  });
});

describe('loadConfig: production mode', () => {
  it('without keys throws a ConfigError naming every missing key', () => {
    const error = configError({ SAMORDNA_MODE: 'production' });
    expect(error.name).toBe('ConfigError');
    for (const key of [
      'BOT_ID',
      'BOT_TENANT_ID',
      'BOT_AUTH',
      'SAMORDNA_PUBLIC_URL',
      'AAD_APP_CLIENT_ID',
    ]) {
      expect(error.message).toContain(key);
      expect(error.problems.some((problem) => problem.variable === key)).toBe(true);
    }
  });

  it('with BOT_AUTH=secret but no password names SECRET_BOT_PASSWORD', () => {
    const error = configError({ ...PRODUCTION, BOT_AUTH: 'secret' });
    expect(error.message).toContain('SECRET_BOT_PASSWORD');
    expect(error.problems).toHaveLength(1);
  });

  it('with BOT_AUTH=certificate but no certificate names both certificate keys', () => {
    const error = configError({ ...PRODUCTION, BOT_AUTH: 'certificate' });
    expect(error.message).toContain('BOT_CERTIFICATE_THUMBPRINT');
    expect(error.message).toContain('BOT_CERTIFICATE_KEY_PATH');
    expect(error.problems).toHaveLength(2);
  });

  it('names only the certificate key that is missing', () => {
    const error = configError({
      ...PRODUCTION,
      BOT_AUTH: 'certificate',
      BOT_CERTIFICATE_THUMBPRINT: 'ABCDEF',
    });
    expect(error.message).toContain('BOT_CERTIFICATE_KEY_PATH');
    expect(error.message).not.toContain('BOT_CERTIFICATE_THUMBPRINT');
  });

  it('accepts a complete managed-identity configuration', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.mode).toBe('production');
    expect(config.devUserId).toBeNull();
    expect(config.demoData).toBe(false);
    expect(config.publicUrl).toBe('https://samordna.example.org');
    expect(config.bot).toEqual({ kind: 'managed-identity', appId: BOT_ID, tenantId: TENANT_ID });
  });

  it('accepts a complete secret configuration', () => {
    const config = loadConfig({ ...PRODUCTION, BOT_AUTH: 'secret', SECRET_BOT_PASSWORD: 's3cret' });
    expect(config.devUserId).toBeNull();
    expect(config.demoData).toBe(false);
    expect(config.bot).toEqual({
      kind: 'secret',
      appId: BOT_ID,
      tenantId: TENANT_ID,
      password: 's3cret',
    });
  });

  it('accepts a complete certificate configuration', () => {
    const config = loadConfig({
      ...PRODUCTION,
      BOT_AUTH: 'certificate',
      BOT_CERTIFICATE_THUMBPRINT: 'ABCDEF',
      BOT_CERTIFICATE_KEY_PATH: '/secrets/bot.pem',
    });
    expect(config.bot).toEqual({
      kind: 'certificate',
      appId: BOT_ID,
      tenantId: TENANT_ID,
      thumbprint: 'ABCDEF',
      privateKeyPath: '/secrets/bot.pem',
    });
  });

  it('validates Teams SSO for the tab: audience from the public URL, Entra keys of the tenant', () => {
    expect(loadConfig(PRODUCTION).sso).toEqual({
      tenantId: TENANT_ID,
      clientId: CLIENT_ID,
      appIdUri: `api://samordna.example.org/${CLIENT_ID}`,
      jwksUrl: `https://login.microsoftonline.com/${TENANT_ID}/discovery/v2.0/keys`,
      groupSamordning: null,
      groupHr: null,
    });
    const explicit = loadConfig({
      ...PRODUCTION,
      AAD_APP_ID_URI: `api://tab.example.org/${CLIENT_ID}`,
      SAMORDNA_GROUP_HR: BOT_ID,
    }).sso;
    expect(explicit?.appIdUri).toBe(`api://tab.example.org/${CLIENT_ID}`);
    expect(explicit?.groupHr).toBe(BOT_ID);
    expect(loadConfig({}).sso).toBeNull();
  });

  it('names AAD_APP_CLIENT_ID when the tab SSO app is missing', () => {
    const error = configError({ ...PRODUCTION, AAD_APP_CLIENT_ID: undefined });
    expect(error.problems).toEqual([
      {
        variable: 'AAD_APP_CLIENT_ID',
        sv: 'AAD_APP_CLIENT_ID krävs i produktionsläge',
        en: 'AAD_APP_CLIENT_ID is required in production mode',
      },
    ]);
  });

  it('accepts SAMORDNA_DEMO_DATA=false', () => {
    expect(loadConfig({ ...PRODUCTION, SAMORDNA_DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('refuses SAMORDNA_DEV_USER_ID', () => {
    const error = configError({
      ...PRODUCTION,
      SAMORDNA_DEV_USER_ID: '00000000-0000-0000-0000-0000000000a1',
    });
    expect(error.message).toContain('SAMORDNA_DEV_USER_ID');
    expect(error.problems).toHaveLength(1);
  });

  it.each(['true', '1'])('refuses SAMORDNA_DEMO_DATA=%s', (value) => {
    const error = configError({ ...PRODUCTION, SAMORDNA_DEMO_DATA: value });
    expect(error.message).toContain('SAMORDNA_DEMO_DATA');
    expect(error.problems).toHaveLength(1);
  });
});

describe('loadConfig: invalid values', () => {
  it.each(['abc', '-1', '70000', '3.5'])('rejects PORT=%s and names PORT', (port) => {
    const error = configError({ PORT: port });
    expect(error.message).toContain('PORT');
  });

  it('rejects a BOT_ID that is not a uuid and names BOT_ID', () => {
    const error = configError({ ...PRODUCTION, BOT_ID: 'not-a-uuid' });
    expect(error.message).toContain('BOT_ID');
    expect(error.message).not.toContain('not-a-uuid');
  });

  it('rejects an unknown mode and an unknown BOT_AUTH', () => {
    expect(configError({ SAMORDNA_MODE: 'staging' }).message).toContain('SAMORDNA_MODE');
    expect(configError({ ...PRODUCTION, BOT_AUTH: 'password' }).message).toContain('BOT_AUTH');
  });

  it('rejects an invalid SAMORDNA_DEMO_DATA and SAMORDNA_PUBLIC_URL', () => {
    expect(configError({ SAMORDNA_DEMO_DATA: 'yes' }).message).toContain('SAMORDNA_DEMO_DATA');
    expect(configError({ ...PRODUCTION, SAMORDNA_PUBLIC_URL: 'not a url' }).message).toContain(
      'SAMORDNA_PUBLIC_URL',
    );
  });
});

describe('rhythm configuration', () => {
  it('defaults to 09:00 Europe/Stockholm and a one-minute scheduler tick', () => {
    expect(loadConfig({}).rhythm).toEqual({
      timeZone: 'Europe/Stockholm',
      reminderTime: '09:00',
      schedulerIntervalMs: 60_000,
    });
  });

  it('reads the reminder time, time zone and interval, and names bad values', () => {
    const config = loadConfig({
      SAMORDNA_REMINDER_TIME: '08:30',
      SAMORDNA_TIME_ZONE: 'Europe/Helsinki',
      SAMORDNA_SCHEDULER_INTERVAL_MS: '5000',
    });
    expect(config.rhythm).toMatchObject({
      reminderTime: '08:30',
      timeZone: 'Europe/Helsinki',
      schedulerIntervalMs: 5000,
    });
    expect(() => loadConfig({ SAMORDNA_REMINDER_TIME: '9' })).toThrow(/SAMORDNA_REMINDER_TIME/);
    expect(() => loadConfig({ SAMORDNA_TIME_ZONE: 'Mars/Olympus' })).toThrow(/SAMORDNA_TIME_ZONE/);
  });
});

describe('loadConfig: hardening keys', () => {
  it('defaults: rate limit 120 per minute, no metadata override, no telemetry', () => {
    const config = loadConfig({});
    expect(config.tabApiRateLimit).toBe(120);
    expect(config.botOpenIdMetadataUrl).toBeNull();
    expect(config.telemetry).toBe(false);
  });

  it('reads the rate limit and notes an Application Insights connection string without keeping it', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SAMORDNA_TAB_API_RATE_LIMIT: '30',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=abc',
    });
    expect(config.tabApiRateLimit).toBe(30);
    expect(config.telemetry).toBe(true);
    expect(JSON.stringify(config)).not.toContain('InstrumentationKey');
    expect(configError({ SAMORDNA_TAB_API_RATE_LIMIT: '0' }).message).toContain(
      'SAMORDNA_TAB_API_RATE_LIMIT',
    );
  });

  it('accepts the test-only OpenID metadata URL over https or loopback http only', () => {
    for (const url of [
      'https://login.example.org/openidconfiguration',
      'http://127.0.0.1:4000/openidconfiguration',
      'http://localhost:4000/x',
    ]) {
      expect(
        loadConfig({ ...PRODUCTION, SAMORDNA_BOT_OPENID_METADATA_URL: url }).botOpenIdMetadataUrl,
      ).toBe(url);
    }
    for (const url of ['http://evil.example.org/openid', 'ftp://127.0.0.1/x', 'not a url']) {
      expect(
        configError({ ...PRODUCTION, SAMORDNA_BOT_OPENID_METADATA_URL: url }).message,
      ).toContain('SAMORDNA_BOT_OPENID_METADATA_URL');
    }
  });

  it('treats an empty value as not set (App Service passes empty settings as empty strings)', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SECRET_BOT_PASSWORD: '',
      SAMORDNA_BOT_OPENID_METADATA_URL: '',
      SAMORDNA_DEV_USER_ID: '',
    });
    expect(config.bot).toEqual({ kind: 'managed-identity', appId: BOT_ID, tenantId: TENANT_ID });
    expect(config.botOpenIdMetadataUrl).toBeNull();
    expect(configError({ ...PRODUCTION, BOT_ID: '' }).message).toContain('BOT_ID is required');
  });
});

describe('loadConfig: runtime state store', () => {
  it('is SQLite unless told otherwise', () => {
    expect(loadConfig({}).runtimeStore).toEqual({ kind: 'sqlite' });
    expect(loadConfig(PRODUCTION).runtimeStore).toEqual({ kind: 'sqlite' });
  });

  it('uses Azure Tables with a connection string locally (Azurite)', () => {
    const config = loadConfig({
      SAMORDNA_RUNTIME_STORE: 'azure-tables',
      SECRET_AZURE_TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    expect(config.runtimeStore).toEqual({
      kind: 'azure-tables-connection-string',
      connectionString: 'UseDevelopmentStorage=true',
    });
  });

  it('in production names the missing endpoint, and the managed identity client id', () => {
    const withoutEndpoint = configError({ ...PRODUCTION, SAMORDNA_RUNTIME_STORE: 'azure-tables' });
    expect(withoutEndpoint.message).toContain('AZURE_TABLES_ENDPOINT');
    const withoutIdentity = configError({
      ...PRODUCTION,
      SAMORDNA_RUNTIME_STORE: 'azure-tables',
      AZURE_TABLES_ENDPOINT: 'https://samordna.table.core.windows.net',
    });
    expect(english(withoutIdentity)).toEqual([
      expect.stringContaining('MANAGED_IDENTITY_CLIENT_ID'),
    ]);
    const config = loadConfig({
      ...PRODUCTION,
      SAMORDNA_RUNTIME_STORE: 'azure-tables',
      AZURE_TABLES_ENDPOINT: 'https://samordna.table.core.windows.net',
      MANAGED_IDENTITY_CLIENT_ID: 'client-1',
    });
    expect(config.runtimeStore).toEqual({
      kind: 'azure-tables',
      endpoint: 'https://samordna.table.core.windows.net',
      managedIdentityClientId: 'client-1',
    });
  });

  it('refuses azure-tables locally without a way to reach it', () => {
    expect(configError({ SAMORDNA_RUNTIME_STORE: 'azure-tables' }).message).toContain(
      'SECRET_AZURE_TABLES_CONNECTION_STRING',
    );
  });
});

describe('loadConfig: the store', () => {
  it('is SQLite unless SAMORDNA_STORE says sharepoint', () => {
    expect(loadConfig({}).store).toEqual({ kind: 'sqlite' });
  });

  it('sharepoint with a certificate: site, Graph endpoint and credentials', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SAMORDNA_STORE: 'sharepoint',
      SHAREPOINT_SITE_URL: 'https://malmo.sharepoint.com/sites/samordna',
      GRAPH_AUTH: 'certificate',
      GRAPH_CLIENT_ID: 'app-id',
      GRAPH_TENANT_ID: TENANT_ID,
      GRAPH_CERTIFICATE_PATH: '/secrets/graph.pem',
    });
    expect(config.store).toEqual({
      kind: 'sharepoint',
      siteUrl: 'https://malmo.sharepoint.com/sites/samordna',
      graphBaseUrl: 'https://graph.microsoft.com',
      auth: {
        kind: 'certificate',
        clientId: 'app-id',
        tenantId: TENANT_ID,
        certificatePath: '/secrets/graph.pem',
      },
    });
  });

  it('production names every missing SharePoint key and refuses a client secret', () => {
    const missing = configError({
      ...PRODUCTION,
      SAMORDNA_STORE: 'sharepoint',
      GRAPH_AUTH: 'certificate',
    });
    expect(english(missing)).toEqual(
      expect.arrayContaining([
        'GRAPH_CLIENT_ID is required with GRAPH_AUTH=certificate',
        'GRAPH_TENANT_ID is required with GRAPH_AUTH=certificate',
        'GRAPH_CERTIFICATE_PATH is required with GRAPH_AUTH=certificate',
        'SHAREPOINT_SITE_URL is required with SAMORDNA_STORE=sharepoint',
      ]),
    );
    const secret = configError({
      ...PRODUCTION,
      SAMORDNA_STORE: 'sharepoint',
      SHAREPOINT_SITE_URL: 'https://malmo.sharepoint.com/sites/samordna',
      GRAPH_AUTH: 'secret',
      GRAPH_CLIENT_ID: 'app-id',
      GRAPH_TENANT_ID: TENANT_ID,
      SECRET_GRAPH_CLIENT_SECRET: 'dev-secret',
    });
    expect(english(secret)).toEqual([
      'GRAPH_AUTH=secret is for development only; use certificate or managed-identity',
    ]);
  });

  it('managed identity needs no secret; the shared client id picks a user-assigned identity', () => {
    const config = loadConfig({
      SAMORDNA_STORE: 'sharepoint',
      SHAREPOINT_SITE_URL: 'https://malmo.sharepoint.com/sites/samordna',
      GRAPH_AUTH: 'managed-identity',
      MANAGED_IDENTITY_CLIENT_ID: 'mi-client',
    });
    expect(config.store).toMatchObject({
      auth: { kind: 'managed-identity', clientId: 'mi-client' },
    });
    expect(() => loadConfig({ SAMORDNA_STORE: 'sharepoint' })).toThrow(/GRAPH_AUTH is required/);
  });
});

describe('delivery probe configuration', () => {
  const APP = '00000000-0000-0000-0000-0000000000a0';
  const BOT = '00000000-0000-0000-0000-0000000000b0';

  it('is off unless asked for', () => {
    expect(loadConfig({}).deliveryProbe).toEqual({ kind: 'off' });
  });

  it('reads Graph through the shared Graph credentials, with the Teams app and bot ids', () => {
    const config = loadConfig({
      SAMORDNA_DELIVERY_PROBE: 'graph',
      TEAMS_APP_ID: APP,
      BOT_ID: BOT,
      GRAPH_AUTH: 'managed-identity',
      MANAGED_IDENTITY_CLIENT_ID: 'mi-client',
    });
    expect(config.deliveryProbe).toEqual({
      kind: 'graph',
      graphBaseUrl: 'https://graph.microsoft.com',
      auth: { kind: 'managed-identity', clientId: 'mi-client' },
      teamsAppId: APP,
      botAppId: BOT,
    });
  });

  it('names every missing key, once', () => {
    const problems = english(
      configError({ SAMORDNA_DELIVERY_PROBE: 'graph', SAMORDNA_STORE: 'sharepoint' }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'GRAPH_AUTH is required with SAMORDNA_STORE=sharepoint',
        'TEAMS_APP_ID is required with SAMORDNA_DELIVERY_PROBE=graph',
        'BOT_ID is required with SAMORDNA_DELIVERY_PROBE=graph',
      ]),
    );
    expect(new Set(problems).size).toBe(problems.length);
    expect(() => loadConfig({ SAMORDNA_DELIVERY_PROBE: 'sometimes' })).toThrow(
      /SAMORDNA_DELIVERY_PROBE/,
    );
  });
});

describe('group calendar configuration', () => {
  const GROUP = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

  it('is off without SAMORDNA_CALENDAR_GROUP_ID, and always off in local mode', () => {
    expect(loadConfig(PRODUCTION).calendar).toBeNull();
    expect(loadConfig({ SAMORDNA_CALENDAR_GROUP_ID: GROUP }).calendar).toBeNull();
  });

  it('reads the group with the Graph credentials in production', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SAMORDNA_CALENDAR_GROUP_ID: GROUP,
      GRAPH_AUTH: 'managed-identity',
      MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID,
    });
    expect(config.calendar).toEqual({
      groupId: GROUP,
      graphBaseUrl: 'https://graph.microsoft.com',
      auth: { kind: 'managed-identity', clientId: CLIENT_ID },
    });
  });

  it('names what is missing or wrong, once when the store needs the same', () => {
    expect(english(configError({ ...PRODUCTION, SAMORDNA_CALENDAR_GROUP_ID: GROUP }))).toContain(
      'GRAPH_AUTH is required with SAMORDNA_CALENDAR_GROUP_ID',
    );
    expect(
      configError({ ...PRODUCTION, SAMORDNA_CALENDAR_GROUP_ID: 'not-a-uuid' }).message,
    ).toContain('SAMORDNA_CALENDAR_GROUP_ID');
    const both = english(
      configError({
        ...PRODUCTION,
        SAMORDNA_CALENDAR_GROUP_ID: GROUP,
        SAMORDNA_STORE: 'sharepoint',
        SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/samordna',
        GRAPH_AUTH: 'certificate',
      }),
    );
    expect(both.filter((p) => p.startsWith('GRAPH_CLIENT_ID'))).toHaveLength(1);
  });
});

describe('loadConfig: the hosts of evidence links (decision 0027)', () => {
  const SITE = 'https://malmostad.sharepoint.com/sites/samordna';

  it('takes SAMORDNA_EVIDENCE_HOSTS when set: trimmed, lower case, in order', () => {
    const config = loadConfig({
      SHAREPOINT_SITE_URL: SITE,
      SAMORDNA_EVIDENCE_HOSTS: ' Malmo.SharePoint.com , malmo-my.sharepoint.com,',
    });
    expect(config.evidenceHosts).toEqual(['malmo.sharepoint.com', 'malmo-my.sharepoint.com']);
  });

  it('otherwise allows the SharePoint site’s tenant and its OneDrive', () => {
    expect(loadConfig({ SHAREPOINT_SITE_URL: SITE }).evidenceHosts).toEqual([
      'malmostad.sharepoint.com',
      'malmostad-my.sharepoint.com',
    ]);
  });

  it('with neither (local, demo) allows any SharePoint: null', () => {
    expect(loadConfig({}).evidenceHosts).toBeNull();
    expect(loadConfig({ SAMORDNA_EVIDENCE_HOSTS: ' , ' }).evidenceHosts).toBeNull();
  });

  it('names a value that is not a host name, in Swedish and English', () => {
    const error = configError({ SAMORDNA_EVIDENCE_HOSTS: 'malmo.sharepoint.com,https://x/y' });
    expect(error.problems).toEqual([
      {
        variable: 'SAMORDNA_EVIDENCE_HOSTS',
        sv: 'SAMORDNA_EVIDENCE_HOSTS: https://x/y är inga värdnamn',
        en: 'SAMORDNA_EVIDENCE_HOSTS: https://x/y are not host names',
      },
    ]);
  });
});
