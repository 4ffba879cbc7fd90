/**
 * Plan files as the parser hands them to the checker (Swedish keys), and the plan files on
 * disk, for the plan-file tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

export const PLAN_FILES = {
  malmo: join(ROOT, 'bot', 'src', 'domain', 'catalog', 'plans', 'fri-fran-vald-2022-2026.yaml'),
  ekby: join(ROOT, 'tests', 'fixtures', 'plans', 'trygg-i-ekby-2025-2028.yaml'),
  brokenPlan: join(ROOT, 'tests', 'fixtures', 'plans', 'trasig-plan.yaml'),
  brokenYaml: join(ROOT, 'tests', 'fixtures', 'plans', 'trasig-yaml.yaml'),
  duplicateKeys: join(ROOT, 'tests', 'fixtures', 'plans', 'dubbla-nycklar.yaml'),
} as const;

export const PLAN_SCHEMA_FILE = join(
  ROOT,
  'bot',
  'src',
  'domain',
  'catalog',
  'plans',
  'plan.schema.json',
);

export function planFileText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A plan file on disk as plain data (what `yaml` parses it into). */
export function parsedPlanFile(file: string): Record<string, unknown> {
  return parse(planFileText(file)) as Record<string, unknown>;
}

/** A small valid plan using every field, as plain data; each call returns a fresh copy. */
export function fullPlan(): Record<string, unknown> {
  return {
    id: 'liten-plan',
    titel: 'Liten plan',
    undertitel: 'för tester',
    'titel-en': 'Small plan',
    beskrivning: 'En plan för tester.',
    period: { från: 2025, till: 2028 },
    antagen: { av: 'Kommunfullmäktige', datum: '2024-11-25' },
    vision: 'Ingen ska leva med våld.',
    'samordnas-av': 'soc',
    inriktningsmål: [
      {
        nummer: 1,
        titel: 'Våld förebyggs',
        beskrivning: 'Tidigt.',
        strategier: [
          { id: 'a-1', text: 'utmana normer', förklaring: 'Normer styr.' },
          { id: 'a-2', text: 'stödja föräldrar' },
        ],
      },
      { nummer: 2, titel: 'Våld upptäcks', strategier: [{ id: 'b-1', text: 'fråga om våld' }] },
    ],
    fokusområden: [{ id: 'parvald', namn: 'Våld i parrelationer', 'namn-en': 'Partner violence' }],
    perspektiv: [
      { id: 'barnratt', namn: 'Barnrätt', 'namn-en': 'Child rights', alias: ['Barnperspektivet'] },
    ],
    målgrupper: [{ id: 'aldre', namn: 'Äldre', 'namn-en': 'Older people', beskrivning: 'Äldre.' }],
    preventionsnivåer: [
      { id: 'framjande', namn: 'Främjande', 'namn-en': 'Promotive' },
      { id: 'indikerad', namn: 'Indikerad', 'namn-en': 'Indicated' },
    ],
    våldsutövare: [{ id: 'partnervald', namn: 'Partnervåld', 'namn-en': 'Partner violence' }],
    rubriker: [
      { id: 'gemensamt', namn: 'Gemensamt', 'namn-en': 'Shared', stadsövergripande: true },
      { id: 'egen', namn: 'Egen verksamhet', 'namn-en': 'Own', stadsövergripande: false },
    ],
    organisationer: [
      { id: 'soc', namn: 'Socialförvaltningen', typ: 'förvaltning', kortnamn: 'Soc' },
      { id: 'klk', namn: 'Kommunledningskontoret', typ: 'förvaltning' },
      {
        id: 'hr',
        namn: 'HR',
        typ: 'stadsövergripande-funktion',
        'del-av': 'klk',
        alias: ['Personal'],
      },
      { id: 'bostader', namn: 'Bostäder AB', typ: 'bolag' },
    ],
    mått: [
      {
        id: 'utbildade',
        namn: 'Andel utbildade',
        'namn-en': 'Share trained',
        beskrivning: 'Av alla medarbetare.',
        enhet: 'procent',
        riktning: 'högre-bättre',
        inriktningsmål: 2,
        baslinje: { värde: 40, år: 2024 },
        målvärde: { värde: 90, år: 2028 },
        källa: 'Egen uppföljning',
        kolada: 'N00945',
      },
    ],
  };
}

/** A copy of `doc` with the value at `path` replaced (or removed, with `undefined`). */
export function changed(
  doc: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return copy;
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** Every path in `doc` that leads to a value (objects, lists and leaves), depth first. */
export function allPaths(doc: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length === 0 ? [] : [prefix];
  if (Array.isArray(doc)) {
    return [...here, ...doc.flatMap((item, index) => allPaths(item, [...prefix, index]))];
  }
  if (typeof doc === 'object' && doc !== null) {
    return [
      ...here,
      ...Object.entries(doc).flatMap(([key, value]) => allPaths(value, [...prefix, key])),
    ];
  }
  return here;
}

/** The lines of `text` marked `# fel: <code>`, as `<line> <code>`, in order. */
export function markedProblems(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const match = /# fel: ([a-z-]+)\s*$/.exec(line);
    return match === null ? [] : [`${index + 1} ${match[1]}`];
  });
}
