import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import {
  ACROSS_FIELDS_CODES,
  checkPlanDocument,
  planJsonSchema,
} from '../../../bot/src/domain/plan-file';
import type { PlanProblemCode } from '../../../bot/src/domain/plan-file';
import {
  PLAN_FILES,
  PLAN_SCHEMA_FILE,
  allPaths,
  changed,
  fullPlan,
  parsedPlanFile,
  planFileText,
} from '../../helpers/plan-documents';

/*
 * The published JSON Schema and the checker come from one specification; these tests keep
 * them agreeing: the committed file is what the code generates, both plan files pass it,
 * and on broken documents the schema refuses exactly what the checker's shape rules refuse.
 */
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const schema = JSON.parse(readFileSync(PLAN_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const validate = ajv.compile(schema);

/** JSON pointers of what the schema refuses: the field itself for a missing or unknown one. */
function schemaPaths(doc: unknown): string[] | null {
  if (validate(doc)) return null;
  return (validate.errors ?? []).map((e: ErrorObject) => {
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const child = params.missingProperty ?? params.additionalProperty;
    return child === undefined ? e.instancePath : `${e.instancePath}/${child}`;
  });
}

/** JSON pointers of the checker's shape problems (the ones the schema must agree on). */
function shapePaths(doc: unknown): string[] {
  const result = checkPlanDocument(doc);
  if (result.ok) return [];
  return result.problems
    .filter((p) => !ACROSS_FIELDS_CODES.includes(p.code))
    .map((p) => p.path.map((k) => `/${k}`).join(''));
}

describe('the plan file JSON Schema', () => {
  it('is the one the specification generates (regenerate: npm run plan -- schema <file>)', () => {
    expect(schema).toEqual(planJsonSchema());
  });

  it('passes both plan files, and the plan files point editors at it', () => {
    for (const file of [PLAN_FILES.malmo, PLAN_FILES.ekby]) {
      expect(schemaPaths(parsedPlanFile(file))).toBeNull();
      const [first] = planFileText(file).split('\n');
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first ?? '');
      expect(match).not.toBeNull();
      expect(resolve(dirname(file), match?.[1] ?? '')).toBe(PLAN_SCHEMA_FILE);
    }
    expect(schemaPaths(fullPlan())).toBeNull();
  });

  it('helps in Swedish: every field has a description', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, child] of Object.entries(properties ?? {})) {
        if (typeof (child as { description?: unknown }).description !== 'string') {
          undocumented.push(`${at}/${key}`);
        }
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${at}/${key}`);
    };
    visit(schema, '');
    expect(undocumented).toEqual([]);
  });

  it('has every field of the file explained in docs/plan-file.md', () => {
    const guide = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'plan-file.md'), 'utf8');
    const keys = new Set<string>();
    const visit = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const key of Object.keys(properties ?? {})) keys.add(key);
      for (const child of Object.values(node)) visit(child);
    };
    visit(schema);
    expect([...keys].filter((key) => !guide.includes(`\`${key}\``))).toEqual([]);
  });

  it.each<[string, (string | number)[], unknown, string]>([
    [
      'a goal without its text',
      ['inriktningsmål', 1, 'titel'],
      undefined,
      '/inriktningsmål/1/titel',
    ],
    ['an empty title', ['titel'], '  ', '/titel'],
    [
      'an unknown prevention level',
      ['preventionsnivåer', 0, 'id'],
      'tertiar',
      '/preventionsnivåer/0/id',
    ],
    [
      'an unknown organisation kind',
      ['organisationer', 0, 'typ'],
      'kommun',
      '/organisationer/0/typ',
    ],
    ['an unknown key', ['malgrupper'], [], '/malgrupper'],
    ['an id with capitals', ['organisationer', 1, 'id'], 'KLK', '/organisationer/1/id'],
    ['a number as text', ['vision'], 2026, '/vision'],
    ['a year as text', ['period', 'från'], '2025', '/period/från'],
    ['a date that does not exist', ['antagen', 'datum'], '2024-02-30', '/antagen/datum'],
    [
      '"Genom att" in a strategy',
      ['inriktningsmål', 0, 'strategier', 0, 'text'],
      'Genom att x',
      '/inriktningsmål/0/strategier/0/text',
    ],
    ['no goals', ['inriktningsmål'], [], '/inriktningsmål'],
    ['a bad Kolada id', ['mått', 0, 'kolada'], 'N945', '/mått/0/kolada'],
    ['a bad direction', ['mått', 0, 'riktning'], 'uppåt', '/mått/0/riktning'],
    [
      'yes for a boolean',
      ['rubriker', 1, 'stadsövergripande'],
      'ja',
      '/rubriker/1/stadsövergripande',
    ],
  ])('agrees with the checker on %s', (_, path, value, pointer) => {
    const doc = changed(fullPlan(), path, value);
    expect(shapePaths(doc)).toEqual([pointer]);
    expect(schemaPaths(doc)).toContain(pointer);
  });

  it('leaves the rules across fields to the checker', () => {
    const cases: [(string | number)[], unknown, PlanProblemCode][] = [
      [['organisationer', 3, 'id'], 'soc', 'duplicate-id'],
      [['organisationer', 2, 'del-av'], 'saknas', 'unknown-reference'],
      [['rubriker', 1, 'stadsövergripande'], true, 'city-wide-heading'],
      [['period', 'till'], 2024, 'period-order'],
      [['mått', 0, 'inriktningsmål'], 9, 'unknown-reference'],
    ];
    for (const [path, value, code] of cases) {
      const doc = changed(fullPlan(), path, value);
      expect(schemaPaths(doc)).toBeNull();
      expect(checkPlanDocument(doc)).toMatchObject({ ok: false, problems: [{ code }] });
    }
  });

  it('agrees with the checker on any one change to a valid plan (property)', () => {
    const documents = [
      fullPlan(),
      parsedPlanFile(PLAN_FILES.malmo),
      parsedPlanFile(PLAN_FILES.ekby),
    ];
    const values = fc.constantFrom<unknown>(
      undefined,
      null,
      '',
      '   ',
      'x',
      'Genom att x',
      'Ökänd text',
      'förvaltning',
      'framjande',
      '2024-02-30',
      '2024-06-01',
      'N00945',
      0,
      1,
      2024,
      -3.5,
      true,
      [],
      ['x'],
      {},
    );
    const seen = { refused: 0, accepted: 0 };
    fc.assert(
      fc.property(
        fc.nat(documents.length - 1),
        fc.nat(),
        values,
        fc.boolean(),
        (which, at, value, addKey) => {
          const doc = documents[which] ?? fullPlan();
          const paths = allPaths(doc);
          const path = paths[at % paths.length] ?? ['id'];
          const mutated = addKey
            ? changed(doc, [...path.slice(0, -1), 'okänt-fält'], value ?? 'x')
            : changed(doc, path, value);
          const checker = shapePaths(mutated);
          const bySchema = schemaPaths(mutated);
          // Refused by the schema exactly when the checker's shape rules refuse it, at the same places.
          expect(bySchema === null).toBe(checker.length === 0);
          for (const pointer of checker) expect(bySchema).toContain(pointer);
          seen[bySchema === null ? 'accepted' : 'refused'] += 1;
        },
      ),
      { numRuns: 400 },
    );
    // Both sides of the agreement were tried, many times.
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.accepted).toBeGreaterThan(50);
  });
});
