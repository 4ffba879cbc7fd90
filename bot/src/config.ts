import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The only reader of `process.env`. Local mode needs nothing; production mode
 * refuses to start without bot identity and tenant, and names what is missing.
 */

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** "10.0.0.1", "10.0.0.0/8", "fd00::/8": an IP address with an optional prefix length in range. */
function isAddressRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.trim().split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 6 ? 128 : 32);
}

/** The shipped plan file, relative to the working directory (the repository, or /app in the image). */
export const DEFAULT_PLAN_FILE = 'bot/src/domain/catalog/plans/fri-fran-vald-2022-2026.yaml';

const rawSchema = z.object({
  SAMORDNA_MODE: z.enum(['local', 'production']).default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  SAMORDNA_DATA_DIR: z.string().min(1).default('./data'),
  SAMORDNA_DEMO_DATA: booleanString.optional(),
  /** A plan file to import at startup (idempotent); the shipped 2022–2026 plan by default. */
  SAMORDNA_PLAN_FILE: z.string().min(1).optional(),
  SAMORDNA_DEV_USER_ID: z.string().min(1).default('00000000-0000-0000-0000-0000000000a1'),
  SAMORDNA_TAB_DIR: z.string().min(1).default('./tab/dist'),
  SAMORDNA_PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_ID: z.string().uuid().optional(),
  BOT_TENANT_ID: z.string().uuid().optional(),
  BOT_AUTH: z.enum(['secret', 'certificate', 'managed-identity']).optional(),
  SECRET_BOT_PASSWORD: z.string().min(1).optional(),
  BOT_CERTIFICATE_THUMBPRINT: z.string().min(1).optional(),
  BOT_CERTIFICATE_KEY_PATH: z.string().min(1).optional(),
  SAMORDNA_REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour local time)')
    .default('09:00'),
  SAMORDNA_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm')
    .default('Europe/Stockholm'),
  SAMORDNA_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  SAMORDNA_CALENDAR_GROUP_ID: z.string().uuid().optional(),
  AAD_APP_CLIENT_ID: z.string().uuid().optional(),
  AAD_APP_ID_URI: z
    .string()
    .regex(/^api:\/\/\S+$/, 'must look like api://<host>/<client id>')
    .optional(),
  SAMORDNA_GROUP_SAMORDNING: z.string().uuid().optional(),
  SAMORDNA_GROUP_HR: z.string().uuid().optional(),
  /** Test-only override of the tenant's signing keys URL (a local JWKS server). */
  SAMORDNA_SSO_JWKS_URL: z.string().url().optional(),
  /** Read by the Application Insights agent of App Service; config only reports whether it is set. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().min(1).optional(),
  /** Kolada's municipality id for the plan's indicators (decision 0026): 1280 is Malmö. */
  SAMORDNA_KOLADA_MUNICIPALITY: z
    .string()
    .regex(/^(\d{4}|G\d{1,9})$/, 'must be a Kolada municipality id such as 1280')
    .default('1280'),
  /** Kolada's open API root (v3, no key); tests point it at a fake. */
  SAMORDNA_KOLADA_URL: z.string().url().default('https://api.kolada.se/v3'),
  /** How long a computed dashboard may serve changes this instance cannot see; 0: no cache. */
  SAMORDNA_DASHBOARD_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Tab API requests per minute per signed-in user (and per IP for unauthenticated calls). */
  SAMORDNA_TAB_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /**
   * Requests per minute per client address on every path outside the tab API: the bot
   * endpoint, the health check, the tab's files and unknown paths.
   */
  SAMORDNA_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(3000),
  /**
   * Whose X-Forwarded-For gives the client address: `off` (the socket's peer), `app-service`
   * (the last entry, added by App Service's front end) or proxy addresses/CIDRs, comma-separated.
   */
  SAMORDNA_TRUSTED_PROXY: z
    .string()
    .refine(
      (value) => ['off', 'app-service'].includes(value) || value.split(',').every(isAddressRange),
      { message: 'must be off, app-service or IP addresses / CIDR ranges, comma-separated' },
    )
    .default('off'),
  /**
   * TEST ONLY: where botbuilder fetches the Bot Framework OpenID metadata (signing keys).
   * Lets tests validate tokens signed by a local key. https, or http on the loopback host.
   */
  SAMORDNA_BOT_OPENID_METADATA_URL: z
    .string()
    .url()
    .refine(
      (value) => {
        if (!URL.canParse(value)) return false;
        const url = new URL(value);
        return (
          url.protocol === 'https:' ||
          (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
        );
      },
      { message: 'must be https (or http on localhost)' },
    )
    .optional(),
  SAMORDNA_RUNTIME_STORE: z.enum(['sqlite', 'azure-tables']).default('sqlite'),
  AZURE_TABLES_ENDPOINT: z.string().url().optional(),
  SECRET_AZURE_TABLES_CONNECTION_STRING: z.string().min(1).optional(),
  MANAGED_IDENTITY_CLIENT_ID: z.string().min(1).optional(),
  SAMORDNA_STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  SHAREPOINT_SITE_URL: z.string().url().optional(),
  GRAPH_AUTH: z.enum(['certificate', 'secret', 'managed-identity']).optional(),
  GRAPH_CLIENT_ID: z.string().min(1).optional(),
  GRAPH_TENANT_ID: z.string().min(1).optional(),
  GRAPH_CERTIFICATE_PATH: z.string().min(1).optional(),
  SECRET_GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  /** Look for an interrupted send's message through Graph before sending it again (decision 0015). */
  SAMORDNA_DELIVERY_PROBE: z.enum(['off', 'graph']).default('off'),
  /** The Teams app's manifest id (the delivery probe finds the user's installation by it). */
  TEAMS_APP_ID: z.string().uuid().optional(),
  /**
   * Where Samordning finds people (decision 0022): `graph` (Entra ID, User.ReadBasic.All) or
   * `off`. Production default: graph with the SharePoint store's credentials, else off. Local
   * mode always searches the demo users.
   */
  SAMORDNA_DIRECTORY: z.enum(['graph', 'off']).optional(),
  /** Test-only override of the Graph endpoint (the Graph fake); https://graph.microsoft.com by default. */
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
});

export type RawEnv = Record<string, string | undefined>;

export type BotCredentials =
  | { kind: 'none' }
  | { kind: 'secret'; appId: string; tenantId: string; password: string }
  | {
      kind: 'certificate';
      appId: string;
      tenantId: string;
      thumbprint: string;
      privateKeyPath: string;
    }
  | { kind: 'managed-identity'; appId: string; tenantId: string };

/** Where runtime state (conversations, outbox, leases) lives. */
export type RuntimeStoreConfig =
  | { kind: 'sqlite' }
  | { kind: 'azure-tables'; endpoint: string; managedIdentityClientId: string | null }
  | { kind: 'azure-tables-connection-string'; connectionString: string };

/** App-only credentials for Microsoft Graph (Sites.Selected on the one site). */
export type GraphAuth =
  | { kind: 'certificate'; clientId: string; tenantId: string; certificatePath: string }
  | { kind: 'secret'; clientId: string; tenantId: string; secret: string }
  | { kind: 'managed-identity'; clientId: string | null };

export type StoreConfig =
  | { kind: 'sqlite' }
  | { kind: 'sharepoint'; siteUrl: string; graphBaseUrl: string; auth: GraphAuth };

export interface Config {
  readonly mode: 'local' | 'production';
  readonly port: number;
  readonly dataDir: string;
  readonly tabDir: string;
  readonly publicUrl: string | null;
  readonly logLevel: z.infer<typeof rawSchema>['LOG_LEVEL'];
  /** Seed the clearly marked demo activities (local mode default). */
  readonly demoData: boolean;
  /** The plan file imported at startup (`SAMORDNA_PLAN_FILE`, else the shipped 2022–2026 plan). */
  readonly planFile: string;
  /** Dev identity for the tab API; null in production (cannot be enabled there). */
  readonly devUserId: string | null;
  readonly bot: BotCredentials;
  /** Meetings and reminders: local time zone, reminder time of day, scheduler tick interval. */
  readonly rhythm: RhythmConfig;
  /** Teams SSO validation for the tab API; null in local mode (the dev identity is used). */
  readonly sso: SsoConfig | null;
  /** Test-only override of the Bot Framework OpenID metadata URL; null uses Microsoft's. */
  readonly botOpenIdMetadataUrl: string | null;
  /** Tab API rate limit: requests per minute per user. */
  readonly tabApiRateLimit: number;
  /** Requests per minute per client address outside the tab API (bot endpoint, health, files). */
  readonly publicRateLimit: number;
  /** Whose X-Forwarded-For to believe for the client address. */
  readonly trustedProxy: TrustedProxy;
  /** Dashboard read cache: the longest an answer may miss another instance's write (0: off). */
  readonly dashboardMaxAgeMs: number;
  /** Whether an Application Insights connection string is configured (the value is never kept). */
  readonly telemetry: boolean;
  /** Kolada for indicators that name a KPI: the municipality id and the API root (0026). */
  readonly kolada: { readonly municipalityId: string; readonly baseUrl: string };
  readonly runtimeStore: RuntimeStoreConfig;
  /** The system of record: embedded SQLite, or SharePoint lists via Graph. */
  readonly store: StoreConfig;
  /** Whether interrupted sends are looked for through Graph before they are sent again. */
  readonly deliveryProbe: DeliveryProbeConfig;
  /**
   * Reading the samordningsgrupp team's group calendar through Graph (SAMORDNA_CALENDAR_GROUP_ID),
   * or null: always null in local mode.
   */
  readonly calendar: CalendarConfig | null;
  /** Where Samordning finds people for "Personer": the demo users, Entra ID through Graph, or none. */
  readonly directory: DirectoryConfig;
}

export type DirectoryConfig =
  | { readonly kind: 'local' }
  | { readonly kind: 'graph'; readonly graphBaseUrl: string; readonly auth: GraphAuth }
  | { readonly kind: 'off' };

/** Whose X-Forwarded-For gives the client address (http/client-address.ts). */
export type TrustedProxy =
  | { readonly kind: 'none' }
  | { readonly kind: 'app-service' }
  | { readonly kind: 'addresses'; readonly ranges: readonly string[] };

function trustedProxy(value: string): TrustedProxy {
  if (value === 'off') return { kind: 'none' };
  if (value === 'app-service') return { kind: 'app-service' };
  return { kind: 'addresses', ranges: value.split(',').map((range) => range.trim()) };
}

/** The Microsoft 365 group whose default calendar is read, and how to reach Graph. */
export interface CalendarConfig {
  readonly groupId: string;
  readonly graphBaseUrl: string;
  readonly auth: GraphAuth;
}

export type DeliveryProbeConfig =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'graph';
      readonly graphBaseUrl: string;
      readonly auth: GraphAuth;
      readonly teamsAppId: string;
      readonly botAppId: string;
    };

export interface RhythmConfig {
  readonly timeZone: string;
  /** `HH:MM` local. */
  readonly reminderTime: string;
  readonly schedulerIntervalMs: number;
}

function rhythmConfig(env: z.infer<typeof rawSchema>): RhythmConfig {
  return {
    timeZone: env.SAMORDNA_TIME_ZONE,
    reminderTime: env.SAMORDNA_REMINDER_TIME,
    schedulerIntervalMs: env.SAMORDNA_SCHEDULER_INTERVAL_MS,
  };
}

/** How the server validates Teams SSO tokens (see docs/decisions/0004-tab-auth.md). */
export interface SsoConfig {
  readonly tenantId: string;
  readonly clientId: string;
  /** `api://<host>/<client id>`; both it and the client id are accepted as audience. */
  readonly appIdUri: string;
  readonly jwksUrl: string;
  readonly groupSamordning: string | null;
  readonly groupHr: string | null;
}

function ssoConfig(env: z.infer<typeof rawSchema>): { sso: SsoConfig; problems: string[] } {
  const problems = required(env, ['AAD_APP_CLIENT_ID']);
  const tenantId = env.BOT_TENANT_ID ?? '';
  const clientId = env.AAD_APP_CLIENT_ID ?? '';
  const host = env.SAMORDNA_PUBLIC_URL === undefined ? '' : new URL(env.SAMORDNA_PUBLIC_URL).host;
  return {
    sso: {
      tenantId,
      clientId,
      appIdUri: env.AAD_APP_ID_URI ?? `api://${host}/${clientId}`,
      jwksUrl:
        env.SAMORDNA_SSO_JWKS_URL ??
        `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
      groupSamordning: env.SAMORDNA_GROUP_SAMORDNING ?? null,
      groupHr: env.SAMORDNA_GROUP_HR ?? null,
    },
    problems,
  };
}

/** Raised when configuration is invalid; the message names every offending key. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function required(env: z.infer<typeof rawSchema>, keys: readonly (keyof typeof env)[]): string[] {
  return keys
    .filter((key) => env[key] === undefined)
    .map((key) => `${String(key)} is required in production mode`);
}

function botCredentials(env: z.infer<typeof rawSchema>): {
  bot: BotCredentials;
  problems: string[];
} {
  const problems = required(env, ['BOT_ID', 'BOT_TENANT_ID', 'BOT_AUTH']);
  const appId = env.BOT_ID ?? '';
  const tenantId = env.BOT_TENANT_ID ?? '';
  switch (env.BOT_AUTH) {
    case 'secret':
      problems.push(...required(env, ['SECRET_BOT_PASSWORD']));
      return {
        bot: { kind: 'secret', appId, tenantId, password: env.SECRET_BOT_PASSWORD ?? '' },
        problems,
      };
    case 'certificate':
      problems.push(...required(env, ['BOT_CERTIFICATE_THUMBPRINT', 'BOT_CERTIFICATE_KEY_PATH']));
      return {
        bot: {
          kind: 'certificate',
          appId,
          tenantId,
          thumbprint: env.BOT_CERTIFICATE_THUMBPRINT ?? '',
          privateKeyPath: env.BOT_CERTIFICATE_KEY_PATH ?? '',
        },
        problems,
      };
    case 'managed-identity':
      return { bot: { kind: 'managed-identity', appId, tenantId }, problems };
    default:
      return { bot: { kind: 'none' }, problems };
  }
}

/**
 * Azure Tables: a managed identity against AZURE_TABLES_ENDPOINT (production), or a
 * connection string (Azurite, development). Production needs the identity's client id.
 */
function runtimeStore(
  env: z.infer<typeof rawSchema>,
  production: boolean,
): { runtimeStore: RuntimeStoreConfig; problems: string[] } {
  if (env.SAMORDNA_RUNTIME_STORE === 'sqlite')
    return { runtimeStore: { kind: 'sqlite' }, problems: [] };
  if (env.AZURE_TABLES_ENDPOINT !== undefined) {
    const problems =
      production && env.MANAGED_IDENTITY_CLIENT_ID === undefined
        ? [
            'MANAGED_IDENTITY_CLIENT_ID is required in production mode with SAMORDNA_RUNTIME_STORE=azure-tables',
          ]
        : [];
    return {
      runtimeStore: {
        kind: 'azure-tables',
        endpoint: env.AZURE_TABLES_ENDPOINT,
        managedIdentityClientId: env.MANAGED_IDENTITY_CLIENT_ID ?? null,
      },
      problems,
    };
  }
  if (env.SECRET_AZURE_TABLES_CONNECTION_STRING !== undefined) {
    return {
      runtimeStore: {
        kind: 'azure-tables-connection-string',
        connectionString: env.SECRET_AZURE_TABLES_CONNECTION_STRING,
      },
      problems: [],
    };
  }
  return {
    runtimeStore: { kind: 'sqlite' },
    problems: [
      production
        ? 'AZURE_TABLES_ENDPOINT is required in production mode with SAMORDNA_RUNTIME_STORE=azure-tables'
        : 'AZURE_TABLES_ENDPOINT or SECRET_AZURE_TABLES_CONNECTION_STRING is required with SAMORDNA_RUNTIME_STORE=azure-tables',
    ],
  };
}

type Env = z.infer<typeof rawSchema>;

function graphAuth(
  env: Env,
  mode: Env['SAMORDNA_MODE'],
  because = 'SAMORDNA_STORE=sharepoint',
): { auth: GraphAuth; problems: string[] } {
  const problems = required(env, ['GRAPH_AUTH']).map((p) =>
    p.replace('in production mode', `with ${because}`),
  );
  const need = (keys: (keyof Env)[]): void => {
    for (const key of keys) {
      if (env[key] === undefined)
        problems.push(`${String(key)} is required with GRAPH_AUTH=${env.GRAPH_AUTH ?? ''}`);
    }
  };
  const clientId = env.GRAPH_CLIENT_ID ?? '';
  const tenantId = env.GRAPH_TENANT_ID ?? '';
  switch (env.GRAPH_AUTH) {
    case 'certificate':
      need(['GRAPH_CLIENT_ID', 'GRAPH_TENANT_ID', 'GRAPH_CERTIFICATE_PATH']);
      return {
        auth: {
          kind: 'certificate',
          clientId,
          tenantId,
          certificatePath: env.GRAPH_CERTIFICATE_PATH ?? '',
        },
        problems,
      };
    case 'secret':
      need(['GRAPH_CLIENT_ID', 'GRAPH_TENANT_ID', 'SECRET_GRAPH_CLIENT_SECRET']);
      if (mode === 'production')
        problems.push(
          'GRAPH_AUTH=secret is for development only; use certificate or managed-identity',
        );
      return {
        auth: { kind: 'secret', clientId, tenantId, secret: env.SECRET_GRAPH_CLIENT_SECRET ?? '' },
        problems,
      };
    default:
      return {
        auth: { kind: 'managed-identity', clientId: env.MANAGED_IDENTITY_CLIENT_ID ?? null },
        problems,
      };
  }
}

function storeConfig(env: Env): { store: StoreConfig; problems: string[] } {
  if (env.SAMORDNA_STORE === 'sqlite') return { store: { kind: 'sqlite' }, problems: [] };
  const { auth, problems } = graphAuth(env, env.SAMORDNA_MODE);
  if (env.SHAREPOINT_SITE_URL === undefined)
    problems.push('SHAREPOINT_SITE_URL is required with SAMORDNA_STORE=sharepoint');
  return {
    store: {
      kind: 'sharepoint',
      siteUrl: env.SHAREPOINT_SITE_URL ?? '',
      graphBaseUrl: env.GRAPH_BASE_URL,
      auth,
    },
    problems,
  };
}

function deliveryProbeConfig(env: Env): { deliveryProbe: DeliveryProbeConfig; problems: string[] } {
  if (env.SAMORDNA_DELIVERY_PROBE === 'off')
    return { deliveryProbe: { kind: 'off' }, problems: [] };
  const because = 'SAMORDNA_DELIVERY_PROBE=graph';
  const { auth, problems } = graphAuth(env, env.SAMORDNA_MODE, because);
  problems.push(
    ...required(env, ['TEAMS_APP_ID', 'BOT_ID']).map((p) =>
      p.replace('in production mode', `with ${because}`),
    ),
  );
  return {
    deliveryProbe: {
      kind: 'graph',
      graphBaseUrl: env.GRAPH_BASE_URL,
      auth,
      teamsAppId: env.TEAMS_APP_ID ?? '',
      botAppId: env.BOT_ID ?? '',
    },
    problems,
  };
}

/**
 * The group calendar in production when SAMORDNA_CALENDAR_GROUP_ID is set, with the same
 * app-only Graph credentials as the SharePoint store (one app registration).
 */
function calendarConfig(env: Env): { calendar: CalendarConfig | null; problems: string[] } {
  if (env.SAMORDNA_CALENDAR_GROUP_ID === undefined) return { calendar: null, problems: [] };
  const { auth, problems } = graphAuth(env, env.SAMORDNA_MODE, 'SAMORDNA_CALENDAR_GROUP_ID');
  return {
    calendar: { groupId: env.SAMORDNA_CALENDAR_GROUP_ID, graphBaseUrl: env.GRAPH_BASE_URL, auth },
    problems,
  };
}

/** Production's directory: Graph by default with the SharePoint store (its credentials), else off. */
function directoryConfig(env: Env): { directory: DirectoryConfig; problems: string[] } {
  const choice = env.SAMORDNA_DIRECTORY ?? (env.SAMORDNA_STORE === 'sharepoint' ? 'graph' : 'off');
  if (choice === 'off') return { directory: { kind: 'off' }, problems: [] };
  const { auth, problems } = graphAuth(env, env.SAMORDNA_MODE, 'SAMORDNA_DIRECTORY=graph');
  return { directory: { kind: 'graph', graphBaseUrl: env.GRAPH_BASE_URL, auth }, problems };
}

const keyOf = (problem: string): string => problem.split(' ')[0] ?? problem;

/**
 * Adds the problems whose key is not named yet: the store, the calendar and the delivery probe
 * share the Graph credentials, so a missing one is named once.
 */
function addOnce(problems: string[], more: readonly string[]): void {
  const named = new Set(problems.map(keyOf));
  for (const problem of more) {
    if (named.has(keyOf(problem))) continue;
    problems.push(problem);
    named.add(keyOf(problem));
  }
}

/** Parses configuration from an environment map. Throws ConfigError naming every problem. */
export function loadConfig(source: RawEnv = process.env): Config {
  // An empty value means "not set": App Service passes settings left empty as empty strings.
  const rawEnv: RawEnv = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = rawSchema.safeParse(rawEnv);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const { store, problems: storeProblems } = storeConfig(env);
  const { deliveryProbe, problems: probeProblems } = deliveryProbeConfig(env);
  addOnce(storeProblems, probeProblems);
  if (env.SAMORDNA_MODE === 'local') {
    const runtime = runtimeStore(env, false);
    const localProblems = [...runtime.problems, ...storeProblems];
    if (localProblems.length > 0) throw new ConfigError(localProblems);
    return {
      runtimeStore: runtime.runtimeStore,
      store,
      deliveryProbe,
      mode: 'local',
      port: env.PORT,
      dataDir: env.SAMORDNA_DATA_DIR,
      tabDir: env.SAMORDNA_TAB_DIR,
      publicUrl: env.SAMORDNA_PUBLIC_URL ?? null,
      logLevel: env.LOG_LEVEL,
      demoData: env.SAMORDNA_DEMO_DATA ?? true,
      devUserId: env.SAMORDNA_DEV_USER_ID,
      // Local mode talks to the Playground, which sends no Bot Framework token.
      bot: { kind: 'none' },
      rhythm: rhythmConfig(env),
      sso: null,
      // Local mode never reads a group calendar (no tenant); SAMORDNA_CALENDAR_GROUP_ID is ignored.
      calendar: null,
      // Local mode searches the demo users; SAMORDNA_DIRECTORY is ignored.
      directory: { kind: 'local' },
      ...common(env),
    };
  }
  const { bot, problems } = botCredentials(env);
  const { sso, problems: ssoProblems } = ssoConfig(env);
  problems.push(...ssoProblems);
  const runtime = runtimeStore(env, true);
  problems.push(...runtime.problems);
  if (rawEnv['SAMORDNA_DEV_USER_ID'] !== undefined) {
    problems.push('SAMORDNA_DEV_USER_ID cannot be used in production mode');
  }
  if (env.SAMORDNA_DEMO_DATA === true) {
    problems.push('SAMORDNA_DEMO_DATA cannot be enabled in production mode');
  }
  const { calendar, problems: calendarProblems } = calendarConfig(env);
  const { directory, problems: directoryProblems } = directoryConfig(env);
  problems.push(...required(env, ['SAMORDNA_PUBLIC_URL']));
  addOnce(problems, storeProblems);
  addOnce(problems, calendarProblems);
  addOnce(problems, directoryProblems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'production',
    port: env.PORT,
    dataDir: env.SAMORDNA_DATA_DIR,
    tabDir: env.SAMORDNA_TAB_DIR,
    publicUrl: env.SAMORDNA_PUBLIC_URL ?? null,
    logLevel: env.LOG_LEVEL,
    demoData: false,
    devUserId: null,
    bot,
    rhythm: rhythmConfig(env),
    sso,
    runtimeStore: runtime.runtimeStore,
    store,
    deliveryProbe,
    calendar,
    directory,
    ...common(env),
  };
}

function common(
  env: z.infer<typeof rawSchema>,
): Pick<
  Config,
  | 'botOpenIdMetadataUrl'
  | 'tabApiRateLimit'
  | 'publicRateLimit'
  | 'trustedProxy'
  | 'dashboardMaxAgeMs'
  | 'telemetry'
  | 'planFile'
  | 'kolada'
> {
  return {
    planFile: env.SAMORDNA_PLAN_FILE ?? DEFAULT_PLAN_FILE,
    botOpenIdMetadataUrl: env.SAMORDNA_BOT_OPENID_METADATA_URL ?? null,
    tabApiRateLimit: env.SAMORDNA_TAB_API_RATE_LIMIT,
    publicRateLimit: env.SAMORDNA_PUBLIC_RATE_LIMIT,
    trustedProxy: trustedProxy(env.SAMORDNA_TRUSTED_PROXY),
    dashboardMaxAgeMs: env.SAMORDNA_DASHBOARD_MAX_AGE_MS,
    telemetry: env.APPLICATIONINSIGHTS_CONNECTION_STRING !== undefined,
    kolada: { municipalityId: env.SAMORDNA_KOLADA_MUNICIPALITY, baseUrl: env.SAMORDNA_KOLADA_URL },
  };
}
