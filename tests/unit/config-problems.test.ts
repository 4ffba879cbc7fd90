import { CONFIG_VARIABLES, ConfigError, loadConfig, type RawEnv } from '../../bot/src/config';
import { botAuthVariables } from '../../bot/src/config/bot-auth';
import { deliveryVariables } from '../../bot/src/config/delivery';
import { demoVariables } from '../../bot/src/config/demo';
import { directoryVariables } from '../../bot/src/config/directory';
import { graphVariables } from '../../bot/src/config/graph';
import { httpVariables } from '../../bot/src/config/http';
import { loggingVariables } from '../../bot/src/config/logging';
import { koladaVariables } from '../../bot/src/config/kolada';
import { planVariables } from '../../bot/src/config/plan';
import { rhythmVariables } from '../../bot/src/config/rhythm';
import { runtimeStateVariables } from '../../bot/src/config/runtime-state';
import { serverVariables } from '../../bot/src/config/server';
import { storeVariables } from '../../bot/src/config/store';
import { tabSsoVariables } from '../../bot/src/config/tab-sso';

/** Configuration problems are data: the variable to fix, Swedish first, English second. */

function problemsOf(env: RawEnv): ConfigError['problems'] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('loadConfig did not throw');
}

const PRODUCTION: RawEnv = {
  SAMORDNA_MODE: 'production',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_TENANT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  BOT_AUTH: 'managed-identity',
  SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
  AAD_APP_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
};

describe('configuration problems', () => {
  it('name a missing variable, in Swedish and English', () => {
    expect(problemsOf({ ...PRODUCTION, SAMORDNA_PUBLIC_URL: undefined })).toEqual([
      {
        variable: 'SAMORDNA_PUBLIC_URL',
        sv: 'SAMORDNA_PUBLIC_URL krävs i produktionsläge',
        en: 'SAMORDNA_PUBLIC_URL is required in production mode',
      },
    ]);
    expect(problemsOf({ SAMORDNA_STORE: 'sharepoint', GRAPH_AUTH: 'managed-identity' })).toEqual([
      {
        variable: 'SHAREPOINT_SITE_URL',
        sv: 'SHAREPOINT_SITE_URL krävs med SAMORDNA_STORE=sharepoint',
        en: 'SHAREPOINT_SITE_URL is required with SAMORDNA_STORE=sharepoint',
      },
    ]);
  });

  it('name a bad value by its variable, in Swedish, without repeating the value', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([
      {
        variable: 'PORT',
        sv: 'PORT: måste vara ett tal',
        en: 'PORT: Expected number, received nan',
      },
    ]);
    expect(problemsOf({ PORT: '3.5' })).toEqual([
      expect.objectContaining({ variable: 'PORT', sv: 'PORT: måste vara ett heltal' }),
    ]);
    expect(problemsOf({ PORT: '70000' })).toEqual([
      expect.objectContaining({ variable: 'PORT', sv: 'PORT: får vara högst 65535' }),
    ]);
    const [mode] = problemsOf({ SAMORDNA_MODE: 'staging' });
    expect(mode).toMatchObject({
      variable: 'SAMORDNA_MODE',
      sv: 'SAMORDNA_MODE: måste vara ett av: local, production',
    });
    expect(mode?.sv).not.toContain('staging');
    expect(problemsOf({ ...PRODUCTION, BOT_ID: 'not-a-uuid' })).toEqual([
      expect.objectContaining({ variable: 'BOT_ID', sv: 'BOT_ID: måste vara ett UUID' }),
    ]);
  });

  it('carry the Swedish text of a refinement', () => {
    expect(problemsOf({ SAMORDNA_REMINDER_TIME: '9' })).toEqual([
      {
        variable: 'SAMORDNA_REMINDER_TIME',
        sv: 'SAMORDNA_REMINDER_TIME: måste vara TT:MM (lokal tid, 24 timmar)',
        en: 'SAMORDNA_REMINDER_TIME: must be HH:MM (24-hour local time)',
      },
    ]);
    expect(problemsOf({ SAMORDNA_TRUSTED_PROXY: '10.0.0.0/33' })).toEqual([
      expect.objectContaining({
        variable: 'SAMORDNA_TRUSTED_PROXY',
        sv: 'SAMORDNA_TRUSTED_PROXY: måste vara off, app-service eller IP-adresser / CIDR-intervall, kommaseparerade',
      }),
    ]);
  });

  it('name each variable once when several features need the same Graph credential', () => {
    const problems = problemsOf({
      ...PRODUCTION,
      SAMORDNA_STORE: 'sharepoint',
      SAMORDNA_CALENDAR_GROUP_ID: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      SAMORDNA_DIRECTORY: 'graph',
      SAMORDNA_DELIVERY_PROBE: 'graph',
    });
    const variables = problems.map((problem) => problem.variable);
    expect(variables).toEqual(['GRAPH_AUTH', 'SHAREPOINT_SITE_URL', 'TEAMS_APP_ID']);
    expect(problems[0]?.sv).toBe('GRAPH_AUTH krävs med SAMORDNA_STORE=sharepoint');
  });

  it('every problem names a variable configuration reads, and is written in both languages', () => {
    const cases: RawEnv[] = [
      { SAMORDNA_MODE: 'production' },
      { ...PRODUCTION, BOT_AUTH: 'certificate', SAMORDNA_DEMO_DATA: 'true' },
      { ...PRODUCTION, SAMORDNA_DEV_USER_ID: 'someone', SAMORDNA_RUNTIME_STORE: 'azure-tables' },
      { ...PRODUCTION, SAMORDNA_STORE: 'sharepoint', GRAPH_AUTH: 'secret' },
      { SAMORDNA_RUNTIME_STORE: 'azure-tables', LOG_LEVEL: 'loud', AAD_APP_ID_URI: 'https://x' },
    ];
    const problems = cases.flatMap(problemsOf);
    expect(problems.length).toBeGreaterThan(15);
    for (const problem of problems) {
      expect(CONFIG_VARIABLES).toContain(problem.variable);
      expect(problem.sv).toContain(problem.variable);
      expect(problem.en).toContain(problem.variable);
      expect(problem.sv).not.toBe(problem.en);
    }
  });

  it('the error message lists each problem in Swedish, then English', () => {
    let message = '';
    try {
      loadConfig({ ...PRODUCTION, SAMORDNA_DEV_USER_ID: 'someone' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      [
        'Ogiltig konfiguration / Invalid configuration:',
        '  - SAMORDNA_DEV_USER_ID kan inte användas i produktionsläge',
        '    SAMORDNA_DEV_USER_ID cannot be used in production mode',
      ].join('\n'),
    );
  });
});

describe('configuration sections', () => {
  const sections = {
    serverVariables,
    demoVariables,
    planVariables,
    koladaVariables,
    loggingVariables,
    botAuthVariables,
    rhythmVariables,
    tabSsoVariables,
    httpVariables,
    runtimeStateVariables,
    graphVariables,
    storeVariables,
    deliveryVariables,
    directoryVariables,
  };

  it('each variable belongs to exactly one section', () => {
    const names = Object.values(sections).flatMap((shape) => Object.keys(shape));
    expect(names).toHaveLength(new Set(names).size);
    expect([...names].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('reads the same variables as before the split (and Kolada’s two and the evidence hosts since)', () => {
    expect([...CONFIG_VARIABLES].sort()).toEqual(
      [
        'AAD_APP_CLIENT_ID',
        'AAD_APP_ID_URI',
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
        'AZURE_TABLES_ENDPOINT',
        'BOT_AUTH',
        'BOT_CERTIFICATE_KEY_PATH',
        'BOT_CERTIFICATE_THUMBPRINT',
        'BOT_ID',
        'BOT_TENANT_ID',
        'GRAPH_AUTH',
        'GRAPH_BASE_URL',
        'GRAPH_CERTIFICATE_PATH',
        'GRAPH_CLIENT_ID',
        'GRAPH_TENANT_ID',
        'LOG_LEVEL',
        'MANAGED_IDENTITY_CLIENT_ID',
        'PORT',
        'SAMORDNA_BOT_OPENID_METADATA_URL',
        'SAMORDNA_CALENDAR_GROUP_ID',
        'SAMORDNA_DASHBOARD_MAX_AGE_MS',
        'SAMORDNA_DATA_DIR',
        'SAMORDNA_DELIVERY_PROBE',
        'SAMORDNA_DEMO_DATA',
        'SAMORDNA_DEV_USER_ID',
        'SAMORDNA_DIRECTORY',
        'SAMORDNA_EVIDENCE_HOSTS',
        'SAMORDNA_KOLADA_MUNICIPALITY',
        'SAMORDNA_KOLADA_URL',
        'SAMORDNA_GROUP_HR',
        'SAMORDNA_GROUP_SAMORDNING',
        'SAMORDNA_MODE',
        'SAMORDNA_PLAN_FILE',
        'SAMORDNA_PUBLIC_RATE_LIMIT',
        'SAMORDNA_PUBLIC_URL',
        'SAMORDNA_REMINDER_TIME',
        'SAMORDNA_RUNTIME_STORE',
        'SAMORDNA_SCHEDULER_INTERVAL_MS',
        'SAMORDNA_SSO_JWKS_URL',
        'SAMORDNA_STORE',
        'SAMORDNA_TAB_API_RATE_LIMIT',
        'SAMORDNA_TAB_DIR',
        'SAMORDNA_TIME_ZONE',
        'SAMORDNA_TRUSTED_PROXY',
        'SECRET_AZURE_TABLES_CONNECTION_STRING',
        'SECRET_BOT_PASSWORD',
        'SECRET_GRAPH_CLIENT_SECRET',
        'SHAREPOINT_SITE_URL',
        'TEAMS_APP_ID',
      ].sort(),
    );
  });
});
