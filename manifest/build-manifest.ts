/**
 * Builds the Teams app package for one environment, Teams Toolkit style:
 *
 *   tsx manifest/build-manifest.ts [--env local|dev|prod]     (default: local)
 *
 * Reads infra/env/.env.<env>, fills the ${{VAR}} placeholders in
 * manifest/manifest.template.json and manifest/localization/*.json, validates the
 * result against the official Teams schemas and writes
 *
 *   manifest/build/manifest.<env>.json
 *   manifest/build/appPackage.<env>.zip   (manifest.json, icons, localization files)
 *
 * APP_VERSION defaults to the version in package.json; an env file may override it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { validateLocalization, validateManifest } from './schema';

export const ENVIRONMENTS = ['local', 'dev', 'prod'] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];

export interface AppManifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  localizationInfo?: {
    defaultLanguageTag: string;
    additionalLanguages?: Array<{ languageTag: string; file: string }>;
  };
  [key: string]: unknown;
}

export interface BuildOptions {
  /** Where manifest.<env>.json and appPackage.<env>.zip go. Default: manifest/build. */
  outDir?: string;
  /** Folder holding the .env.<env> files. Default: infra/env. */
  envDir?: string;
}

export interface BuildResult {
  zipPath: string;
  manifestPath: string;
  manifest: AppManifest;
}

const MANIFEST_DIR = __dirname;
const REPO_ROOT = resolve(__dirname, '..');
const TEMPLATE_PATH = join(MANIFEST_DIR, 'manifest.template.json');
const LOCALIZATION_DIR = join(MANIFEST_DIR, 'localization');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Fixed timestamp for zip entries so the same input gives the same package bytes. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

/** Parses KEY=VALUE lines; blank lines and lines starting with # are skipped. */
export function parseEnv(text: string, source = 'env'): Record<string, string> {
  const vars: Record<string, string> = {};
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (!match) throw new Error(`${source}:${index + 1}: expected KEY=VALUE, got "${line}"`);
    const [, key = '', value = ''] = match;
    vars[key] = unquote(value.trim());
  });
  return vars;
}

/** Strips one pair of matching quotes (keeps inner spaces); otherwise drops a " #" comment. */
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2] ?? '';
  const comment = value.search(/\s#/);
  return comment === -1 ? value : value.slice(0, comment).trimEnd();
}

export function loadEnvFile(path: string): Record<string, string> {
  return parseEnv(readFileSync(path, 'utf8'), path);
}

/** Names of all placeholders in the text, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every ${{VAR}} with vars[VAR] (passed through `encode`). An empty string is a
 * valid value; a variable that is not defined at all is an error naming every one missing.
 */
export function fillPlaceholders(
  text: string,
  vars: Readonly<Record<string, string | undefined>>,
  encode: (value: string) => string = (value) => value,
): string {
  const missing = findPlaceholders(text).filter((name) => vars[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`Missing variables for placeholders: ${missing.join(', ')}`);
  }
  return text.replace(PLACEHOLDER, (_match, name: string) => encode(vars[name] ?? ''));
}

/** Escapes a value for use inside a JSON string literal. */
export function jsonStringEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

export function isEnvName(value: string): value is EnvName {
  return (ENVIRONMENTS as readonly string[]).includes(value);
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}

export function loadVars(
  env: EnvName,
  envDir = join(REPO_ROOT, 'infra', 'env'),
): Record<string, string> {
  return { APP_VERSION: packageVersion(), ...loadEnvFile(join(envDir, `.env.${env}`)) };
}

function fillJsonFile(path: string, vars: Record<string, string>): unknown {
  return JSON.parse(fillPlaceholders(readFileSync(path, 'utf8'), vars, jsonStringEscape));
}

function assertValid(what: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`${what} is invalid:\n  ${errors.join('\n  ')}`);
}

/** Fills and validates the template and its localization files (file name → object). */
export function renderManifest(vars: Record<string, string>): {
  manifest: AppManifest;
  localizations: Map<string, unknown>;
} {
  const rendered = fillJsonFile(TEMPLATE_PATH, vars);
  assertValid('manifest', validateManifest(rendered));
  const manifest = rendered as AppManifest;
  const localizations = new Map<string, unknown>();
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const localization = fillJsonFile(join(LOCALIZATION_DIR, file), vars);
    assertValid(
      `localization ${file}`,
      validateLocalization(localization, manifest.manifestVersion),
    );
    localizations.set(file, localization);
  }
  return { manifest, localizations };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function zipPackage(
  manifest: AppManifest,
  localizations: Map<string, unknown>,
): Promise<Buffer> {
  const zip = new JSZip();
  const add = (name: string, data: string | Buffer): void => {
    zip.file(name, data, { date: ZIP_DATE });
  };
  add('manifest.json', toJson(manifest));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    add(icon, readFileSync(join(MANIFEST_DIR, icon)));
  }
  for (const [file, localization] of localizations) add(file, toJson(localization));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function buildPackage(env: EnvName, options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? join(MANIFEST_DIR, 'build');
  const { manifest, localizations } = renderManifest(loadVars(env, options.envDir));
  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, `manifest.${env}.json`);
  const zipPath = join(outDir, `appPackage.${env}.zip`);
  writeFileSync(manifestPath, toJson(manifest));
  writeFileSync(zipPath, await zipPackage(manifest, localizations));
  return { zipPath, manifestPath, manifest };
}

/** Reads `--env <name>` or `--env=<name>` from the arguments; default local. */
export function parseEnvArg(argv: readonly string[]): EnvName {
  const index = argv.findIndex((arg) => arg === '--env' || arg.startsWith('--env='));
  if (index === -1) return 'local';
  const arg = argv[index] ?? '';
  const value = arg.includes('=') ? arg.slice('--env='.length) : (argv[index + 1] ?? '');
  if (!isEnvName(value)) {
    throw new Error(`--env must be one of ${ENVIRONMENTS.join(', ')}, got "${value}"`);
  }
  return value;
}

async function main(argv: readonly string[]): Promise<void> {
  const { zipPath } = await buildPackage(parseEnvArg(argv));
  console.log(zipPath);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
