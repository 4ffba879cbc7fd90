/**
 * The Bicep CLI cannot run here, so this reads infra/azure.bicep, the parameter files,
 * m365agents.yml and the env files as text, and the variables bot/src/config/ reads, and checks
 * that they agree on names: parameters, outputs, placeholders and configuration keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlaceholders, loadEnvFile } from '../../../manifest/build-manifest';
import { CONFIG_VARIABLES } from '../../../bot/src/config';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const ENVS = ['dev', 'prod'] as const;

/** App settings read by the platform (App Service, Oryx, the Application Insights agent), not by Samordna. */
const PLATFORM_SETTINGS = new Set([
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'WEBSITE_NODE_DEFAULT_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'CUSTOM_BUILD_COMMAND',
]);

/** config.ts keys deliberately not set on App Service, with the reason. */
const NOT_ON_APP_SERVICE: Readonly<Record<string, string>> = {
  PORT: 'App Service sets PORT itself',
  SAMORDNA_DEMO_DATA: 'refused in production mode',
  SAMORDNA_DEV_USER_ID: 'refused in production mode',
  SAMORDNA_BOT_OPENID_METADATA_URL: 'test-only override of the Bot Framework signing keys',
  SECRET_AZURE_TABLES_CONNECTION_STRING:
    'Azurite and development only; App Service uses its managed identity',
  GRAPH_BASE_URL: 'test-only override of the Graph endpoint (the Graph fake)',
  SAMORDNA_SSO_JWKS_URL: 'test-only override of the tenant signing keys for tab SSO',
  SAMORDNA_SCHEDULER_INTERVAL_MS: 'the default (one minute) suits production',
  SAMORDNA_DASHBOARD_MAX_AGE_MS: 'the default (2 s) suits production',
  SAMORDNA_KOLADA_MUNICIPALITY: 'the default (1280, Malmö) suits Malmö; another city sets it',
  SAMORDNA_KOLADA_URL: 'the default (Kolada’s open API v3) suits production; tests use a fake',
  SAMORDNA_PUBLIC_RATE_LIMIT: 'the default (3,000 a minute per client address) suits production',
  SAMORDNA_DIRECTORY: 'the default (graph, with the SharePoint store) suits production',
  SAMORDNA_PLAN_FILE:
    'the default (the shipped 2022–2026 plan file, in the image) suits Malmö; another plan sets it',
  BOT_CERTIFICATE_THUMBPRINT:
    'certificate auth is for hosts with a key file (Docker), see infra/README.md',
  BOT_CERTIFICATE_KEY_PATH:
    'certificate auth is for hosts with a key file (Docker), see infra/README.md',
};

/** Variables the Agents Toolkit defines itself. */
const TOOLKIT_BUILT_INS = new Set([
  'TEAMSFX_ENV',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
]);

const bicep = read('infra/azure.bicep');
const yml = read('m365agents.yml');

const bicepParams = new Map(
  [...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1] ?? '', m[2] !== undefined]),
);
const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1] ?? '');
const appSettings = [...bicep.matchAll(/\{ name: '(\w+)', value: /g)].map((m) => m[1] ?? '');
const configKeys = new Set(CONFIG_VARIABLES);
const envVars = (env: string): Record<string, string> =>
  loadEnvFile(join(ROOT, 'infra', 'env', `.env.${env}`));
const writtenByToolkit = [...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1] ?? '');

describe('infra text checks', () => {
  it('finds what it checks (the parsers are not silently empty)', () => {
    expect(bicepParams.size).toBeGreaterThan(10);
    expect(bicepOutputs.length).toBeGreaterThan(5);
    expect(appSettings.length).toBeGreaterThan(20);
    expect(configKeys.has('BOT_ID')).toBe(true);
    expect(configKeys.has('SAMORDNA_BOT_OPENID_METADATA_URL')).toBe(true);
    expect(writtenByToolkit).toEqual(
      expect.arrayContaining([
        'TEAMS_APP_ID',
        'AAD_APP_CLIENT_ID',
        'BOT_ID',
        'SECRET_BOT_PASSWORD',
      ]),
    );
  });

  it.each(ENVS)('parameters file for %s names exactly the Bicep parameters it must', (env) => {
    const path = `infra/azure.parameters.${env}.json`;
    expect(yml).toContain('./infra/azure.parameters.${{TEAMSFX_ENV}}.json');
    const file = JSON.parse(read(path)) as { parameters: Record<string, { value: unknown }> };
    const given = Object.keys(file.parameters);
    expect(given.filter((name) => !bicepParams.has(name))).toEqual([]);
    const requiredParams = [...bicepParams].filter(([, hasDefault]) => !hasDefault).map(([n]) => n);
    expect(requiredParams.filter((name) => !given.includes(name))).toEqual([]);
    expect(file.parameters['environmentName']?.value).toBe(env);
  });

  it.each(ENVS)('every ${{VAR}} in the %s parameters file is in its env file', (env) => {
    const vars = envVars(env);
    const used = findPlaceholders(read(`infra/azure.parameters.${env}.json`));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in vars))).toEqual([]);
  });

  it('m365agents.yml deploys the Bicep that exists and uses only defined variables', () => {
    expect(yml).toMatch(/^environmentFolderPath: \.\/infra\/env$/m);
    expect(yml).toMatch(/- path: \.\/infra\/azure\.bicep$/m);
    expect(existsSync(join(ROOT, 'infra/azure.bicep'))).toBe(true);
    expect(existsSync(join(ROOT, 'infra/aad.manifest.json'))).toBe(true);
    const known = new Set([
      ...TOOLKIT_BUILT_INS,
      ...bicepOutputs,
      ...writtenByToolkit,
      ...Object.keys(envVars('dev')),
    ]);
    expect(findPlaceholders(yml).filter((name) => !known.has(name))).toEqual([]);
    // The outputs the yml relies on come from the Bicep.
    for (const output of ['AZURE_KEY_VAULT_NAME', 'AZURE_APP_SERVICE_RESOURCE_ID']) {
      expect(yml).toContain(`\${{${output}}}`);
      expect(bicepOutputs).toContain(output);
    }
    // The comment listing the outputs written to the env file is the Bicep's list.
    const listed = /outputs\n((?:\s+#.*\n)+)/.exec(yml)?.[1] ?? '';
    expect([...listed.matchAll(/[A-Z][A-Z0-9_]{3,}/g)].map((m) => m[0]).sort()).toEqual(
      [...bicepOutputs].sort(),
    );
    expect(yml).toContain('run package -- --env ${{TEAMSFX_ENV}}');
    expect(yml).toContain('./manifest/build/appPackage.${{TEAMSFX_ENV}}.zip');
  });

  it.each(ENVS)(
    'the %s env file has a line for every Bicep output and every variable the AAD manifest uses',
    (env) => {
      const vars = envVars(env);
      expect(bicepOutputs.filter((name) => !(name in vars))).toEqual([]);
      const aad = findPlaceholders(read('infra/aad.manifest.json'));
      expect(aad.filter((name) => !(name in vars))).toEqual([]);
    },
  );

  it('every App Service setting is a config.ts key (or owned by another branch, or read by the platform)', () => {
    const unknown = appSettings.filter(
      (key) => !configKeys.has(key) && !PLATFORM_SETTINGS.has(key),
    );
    expect({ 'settings config.ts does not read': unknown }).toEqual({
      'settings config.ts does not read': [],
    });
    expect(new Set(appSettings).size).toBe(appSettings.length);
  });

  it('every config.ts key is set on App Service or listed with the reason it is not', () => {
    const missing = [...configKeys].filter(
      (key) => !appSettings.includes(key) && !(key in NOT_ON_APP_SERVICE),
    );
    expect({ 'config.ts keys App Service does not set': missing }).toEqual({
      'config.ts keys App Service does not set': [],
    });
    expect(appSettings).toContain('SAMORDNA_MODE');
    expect(bicep).toContain("{ name: 'SAMORDNA_MODE', value: 'production' }");
  });

  it('secrets reach App Service only as Key Vault references', () => {
    for (const match of bicep.matchAll(/\{ name: '(SECRET_\w+)', value: (.*) \}/g)) {
      expect({ key: match[1], value: match[2] }).toEqual({
        key: match[1],
        value: expect.stringMatching(/kvSecret/),
      });
    }
    for (const env of ENVS) {
      expect(Object.keys(envVars(env)).filter((key) => key.startsWith('SECRET_'))).toEqual([]);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('is multi-stage on one Node image and installs only production dependencies for the runtime', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:\d+-[\w.-]+$/m);
    for (const stage of stages) expect(stage).toMatch(/^\$\{NODE_IMAGE\} AS \w+$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/npm run build:deploy/);
  });

  it('runs as a non-root user and carries no secrets', () => {
    const runtime = stages.at(-1) ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/apt-get|g\+\+/); // no compiler in the final image
    expect(dockerfile).not.toMatch(/SECRET_|PASSWORD|CLIENT_SECRET/);
    const ignore = read('.dockerignore');
    for (const entry of ['node_modules/', '.git/', '.env', '**/*.user'])
      expect(ignore).toContain(entry);
  });
});

/**
 * The versions a plain npm range allows, for ranges made of `>=` and `<` comparators such as
 * `>=20 <25` (how npm spells "20 through 24"); anything else throws, so the test is updated
 * with the range rather than passing on a misread.
 */
function nodeRange(range: string): (version: string) => boolean {
  const parse = (version: string): number[] => {
    const parts = version.split('.').map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  };
  const compare = (a: number[], b: number[]): number =>
    a.map((n, i) => n - (b[i] ?? 0)).find((d) => d !== 0) ?? 0;
  const comparators = range
    .trim()
    .split(/\s+/)
    .map((part) => {
      const match = /^(>=|<)(\d+(?:\.\d+){0,2})$/.exec(part);
      if (!match) throw new Error(`engines comparator the test cannot read: ${part}`);
      return { atLeast: match[1] === '>=', bound: parse(match[2] ?? '') };
    });
  return (version) =>
    comparators.every(({ atLeast, bound }) =>
      atLeast ? compare(parse(version), bound) >= 0 : compare(parse(version), bound) < 0,
    );
}

describe('Node runtime: production on Node 24 LTS, development on 20 through 24', () => {
  const pkg = JSON.parse(read('package.json')) as {
    engines: { node: string };
    scripts: Record<string, string>;
  };
  const allows = nodeRange(pkg.engines.node);
  const production = Number(/^ARG NODE_IMAGE=node:(\d+)-/m.exec(read('Dockerfile'))?.[1]);

  it('the Docker image, App Service and the second CI run use the same Node major, 24', () => {
    expect(production).toBe(24);
    expect(bicep).toContain(`linuxFxVersion: 'NODE|${production}-lts'`);
    expect(bicep).toContain(`{ name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~${production}' }`);
    expect(read('.ci/run')).toMatch(new RegExp(`^PRODUCTION_NODE_MAJOR=${production}$`, 'm'));
  });

  it('engines allows Node 20 through 24 and nothing older or newer', () => {
    const verdicts = (versions: string[]) => versions.map((v) => [v, allows(v)]);
    const supported = ['20.19.0', '20.20.2', '22.12.0', `${production}.0.0`, '24.21.0'];
    expect(verdicts(supported)).toEqual(supported.map((v) => [v, true]));
    const outside = ['18.20.8', '19.9.0', '25.0.0', '26.1.0'];
    expect(verdicts(outside)).toEqual(outside.map((v) => [v, false]));
  });

  it('Docker and CI build better-sqlite3 for Node 24 against the same pinned headers', () => {
    const pinned = /^HEADERS_VERSION=(\d+)\.\d+\.\d+$/m.exec(read('infra/sqlite-nodedir.sh'));
    expect(Number(pinned?.[1])).toBe(production);
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toContain('COPY infra/sqlite-nodedir.sh /tmp/');
    expect(dockerfile).toMatch(/nodedir="\$\(\/tmp\/sqlite-nodedir\.sh [^)]+\)"/);
    expect(dockerfile).toMatch(/npm_config_nodedir="\$nodedir" npm ci --omit=dev/);
    expect(read('.ci/run')).toMatch(/infra\/sqlite-nodedir\.sh "\$\{scratch\}\/headers"/);
  });

  it('the server bundle targets the oldest Node engines allows, so it runs on every one', () => {
    const target = Number(/--target=node(\d+)\b/.exec(pkg.scripts['build:server'] ?? '')?.[1]);
    expect(target).toBeGreaterThanOrEqual(20);
    // esbuild's nodeN output runs on Node N and later.
    expect(allows(`${target - 1}.99.99`)).toBe(false);
    expect(allows(`${target}.99.99`)).toBe(true);
    expect(target).toBeLessThanOrEqual(production);
  });
});
