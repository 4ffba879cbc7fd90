/**
 * Validation of the app manifest and its localization files against the official
 * Teams JSON schemas shipped in @microsoft/app-manifest.
 *
 * The schemas declare draft-04 but only use keywords whose meaning is the same in
 * draft-07 (plus `const`, which draft-04 lacks but Ajv's draft-07 engine enforces).
 * So they are compiled with Ajv's default engine after dropping `$schema`, and
 * `assertDraft07Compatible` refuses any schema that uses draft-04-only semantics.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type SchemaKind = 'manifest' | 'localization';

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/** Official URL of a schema, as used in `$schema` of manifest and localization files. */
export function schemaUrl(manifestVersion: string, kind: SchemaKind): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/${SCHEMA_FILES[kind]}`;
}

/** Local path of the schema file inside @microsoft/app-manifest. */
export function schemaPath(manifestVersion: string, kind: SchemaKind): string {
  return require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/${SCHEMA_FILES[kind]}`,
  );
}

/** Throws if the schema relies on draft-04 semantics that draft-07 would read differently. */
export function assertDraft07Compatible(node: JsonValue, at = '#'): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => assertDraft07Compatible(item, `${at}/${index}`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum']) {
    if (typeof node[keyword] === 'boolean') {
      throw new Error(`${at}: draft-04 boolean "${keyword}" is not supported`);
    }
  }
  if (typeof node['id'] === 'string' && typeof node['type'] !== 'undefined') {
    throw new Error(`${at}: draft-04 "id" keyword is not supported`);
  }
  for (const [key, child] of Object.entries(node)) {
    // Property names (e.g. a property called "id") live under properties/patternProperties.
    assertDraft07Compatible(child, `${at}/${key}`);
  }
}

const validators = new Map<string, ValidateFunction>();

function compiledValidator(path: string): ValidateFunction {
  const cached = validators.get(path);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(path, 'utf8')) as { [key: string]: JsonValue };
  assertDraft07Compatible(schema);
  delete schema['$schema'];
  // unicodeRegExp: false — draft-04 patterns are plain ECMA-262 regexes; the localization
  // schema has patterns (a lone "]") that are invalid with the "u" flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validators.set(path, validate);
  return validate;
}

function formatError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

/** Validates a document against a schema file; returns readable errors (empty = valid). */
export function validateWithSchema(schemaFile: string, document: unknown): string[] {
  const validate = compiledValidator(schemaFile);
  return validate(document) ? [] : (validate.errors ?? []).map(formatError);
}

/** Validates a manifest against the schema of its own `manifestVersion`. */
export function validateManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['(root) manifestVersion is missing'];
  return validateWithSchema(schemaPath(version, 'manifest'), manifest);
}

export function validateLocalization(localization: unknown, manifestVersion: string): string[] {
  return validateWithSchema(schemaPath(manifestVersion, 'localization'), localization);
}
