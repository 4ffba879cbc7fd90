/**
 * The shape rules: every field where the specification (`plan-spec.ts`) says, of the kind it
 * says, and nothing else. Walks the whole file and reports every problem, never only the
 * first; returns the file with its texts cleaned and trimmed when there were none.
 */
import { cleanLine, cleanText } from '../text/clean-text';
import type { PlanPath, PlanProblem, PlanProblemCode } from './plan-problem';
import { didYouMean, problemAt } from './problem-text';
import { isRecord } from './raw';
import type { Bilingual, FieldSpec, ObjectSpec, ValueSpec } from './spec-types';
import { closestWord, idFrom } from './suggest';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KPI_PATTERN = /^[A-Z]\d{5}$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const GENOM_ATT = /^genom\s+att(?:\s+|$)/iu;
const YEARS = { minimum: 1900, maximum: 2100 } as const;

/** Marks a value that broke a rule (its problems are reported). */
const INVALID = Symbol('invalid');
type Checked = unknown;

interface Walk {
  readonly root: unknown;
  readonly problems: PlanProblem[];
}

/** Checks `raw` against `spec`; the cleaned value when it holds, else undefined (and `problems` says why). */
export function checkShape(
  spec: ObjectSpec,
  raw: unknown,
  problems: PlanProblem[],
): Checked | undefined {
  const value = check(spec, raw, [], { root: raw, problems });
  return value === INVALID ? undefined : value;
}

/** True for a real calendar date `YYYY-MM-DD` (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function report(
  walk: Walk,
  path: PlanPath,
  code: PlanProblemCode,
  what: (field: Bilingual) => Bilingual,
): typeof INVALID {
  walk.problems.push(problemAt(walk.root, path, code, what));
  return INVALID;
}

function check(spec: ValueSpec, raw: unknown, path: PlanPath, walk: Walk): Checked {
  switch (spec.type) {
    case 'object':
      return checkObject(spec, raw, path, walk);
    case 'list': {
      if (!Array.isArray(raw)) return wrongType(walk, path, raw, spec);
      const items = raw as unknown[];
      if (items.length < (spec.minItems ?? 0)) {
        return report(walk, path, 'empty-list', (f) => ({
          sv: `${f.sv} är en tom lista; det behövs minst ${spec.minItems ?? 0}.`,
          en: `${f.en} is an empty list; at least ${spec.minItems ?? 0} needed.`,
        }));
      }
      const checked = items.map((item, index) =>
        item === null || item === undefined
          ? report(walk, [...path, index], 'required', () => ({
              sv: 'posten är tom.',
              en: 'the item is empty.',
            }))
          : check(spec.items, item, [...path, index], walk),
      );
      return checked.includes(INVALID) ? INVALID : checked;
    }
    case 'text': {
      if (typeof raw !== 'string') return wrongType(walk, path, raw, spec);
      const text = spec.multiline === true ? cleanText(raw).trim() : cleanLine(raw);
      if (text === '') {
        return report(walk, path, 'empty-text', (f) => ({
          sv: `${f.sv} är tom.`,
          en: `${f.en} is empty.`,
        }));
      }
      if (spec.withoutGenomAtt === true && GENOM_ATT.test(text)) {
        const rest = text.replace(GENOM_ATT, '');
        const example = rest.charAt(0).toLocaleLowerCase('sv-SE') + rest.slice(1);
        return report(walk, path, 'genom-att', (f) => ({
          sv: `${f.sv} ska inte börja med "Genom att" – skriv bara det som följer: "${example}".`,
          en: `${f.en} must not start with "Genom att" – write only what follows: "${example}".`,
        }));
      }
      return text;
    }
    case 'id': {
      if (typeof raw !== 'string') return wrongType(walk, path, raw, spec);
      if (ID_PATTERN.test(raw)) return raw;
      const proposal = idFrom(raw);
      const hint: Bilingual =
        proposal === '' || proposal === raw
          ? { sv: '', en: '' }
          : { sv: ` Förslag: "${proposal}".`, en: ` Suggestion: "${proposal}".` };
      return report(walk, path, 'bad-id', (f) => ({
        sv: `${f.sv} är "${raw}", som inte är ett giltigt id: använd bara små bokstäver a–z (utan å, ä, ö), siffror och bindestreck.${hint.sv}`,
        en: `${f.en} is "${raw}", which is not a valid id: use only lower-case letters a–z, digits and hyphens.${hint.en}`,
      }));
    }
    case 'integer':
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return wrongType(walk, path, raw, spec);
      if (spec.type === 'number') return raw;
      if (!Number.isInteger(raw)) return wrongType(walk, path, raw, spec);
      if (raw < spec.minimum || raw > spec.maximum) {
        return report(walk, path, 'out-of-range', (f) => ({
          sv: `${f.sv} ska vara mellan ${spec.minimum} och ${spec.maximum}, inte ${raw}.`,
          en: `${f.en} must be between ${spec.minimum} and ${spec.maximum}, not ${raw}.`,
        }));
      }
      return raw;
    }
    case 'boolean':
      return typeof raw === 'boolean' ? raw : wrongType(walk, path, raw, spec);
    case 'year-or-date': {
      const isYear =
        typeof raw === 'number' &&
        Number.isInteger(raw) &&
        raw >= YEARS.minimum &&
        raw <= YEARS.maximum;
      if (isYear || (typeof raw === 'string' && isCalendarDate(raw))) return raw;
      return report(walk, path, 'bad-date', (f) => ({
        sv: `${f.sv} ska vara ett datum ÅÅÅÅ-MM-DD eller ett år, inte ${shown(raw).sv}.`,
        en: `${f.en} must be a date YYYY-MM-DD or a year, not ${shown(raw).en}.`,
      }));
    }
    case 'date':
      if (typeof raw === 'string' && isCalendarDate(raw)) return raw;
      return report(walk, path, 'bad-date', (f) => ({
        sv: `${f.sv} ska vara ett datum ÅÅÅÅ-MM-DD, inte ${shown(raw).sv}.`,
        en: `${f.en} must be a date YYYY-MM-DD, not ${shown(raw).en}.`,
      }));
    case 'kpi':
      if (typeof raw === 'string' && KPI_PATTERN.test(raw)) return raw;
      return report(walk, path, 'bad-kpi', (f) => ({
        sv: `${f.sv} är ${shown(raw).sv}, som inte ser ut som ett Kolada-id (en stor bokstav och fem siffror, t.ex. N00945).`,
        en: `${f.en} is ${shown(raw).en}, which does not look like a Kolada id (a capital letter and five digits, e.g. N00945).`,
      }));
    case 'enum': {
      if (typeof raw === 'string' && spec.values.includes(raw)) return raw;
      const allowed = spec.values.join(', ');
      const guess = didYouMean(typeof raw === 'string' ? closestWord(raw, spec.values) : undefined);
      return report(walk, path, 'not-allowed', (f) => ({
        sv: `${f.sv} är ${shown(raw).sv}, som inte är tillåtet. Tillåtna värden: ${allowed}.${guess.sv}`,
        en: `${f.en} is ${shown(raw).en}, which is not allowed. Allowed values: ${allowed}.${guess.en}`,
      }));
    }
  }
}

function checkObject(spec: ObjectSpec, raw: unknown, path: PlanPath, walk: Walk): Checked {
  if (!isRecord(raw)) return wrongType(walk, path, raw, spec);
  const known = Object.keys(spec.fields);
  let valid = true;
  for (const key of Object.keys(raw)) {
    if (Object.hasOwn(spec.fields, key)) continue;
    const guess = didYouMean(closestWord(key, known));
    const listed: Bilingual =
      guess.sv === ''
        ? {
            sv: ` Fälten här är: ${known.join(', ')}.`,
            en: ` The fields here are: ${known.join(', ')}.`,
          }
        : guess;
    report(walk, [...path, key], 'unknown-key', () => ({
      sv: `okänt fält "${key}".${listed.sv}`,
      en: `unknown field "${key}".${listed.en}`,
    }));
    valid = false;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec.fields) as [string, FieldSpec][]) {
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    if (isAbsent(value, field)) {
      if (field.required) {
        report(walk, [...path, key], 'required', (f) =>
          value === undefined
            ? { sv: `fältet ${f.sv} saknas.`, en: `the field ${f.en} is missing.` }
            : { sv: `fältet ${f.sv} är tomt.`, en: `the field ${f.en} is empty.` },
        );
        valid = false;
      }
      continue;
    }
    const checked = check(field.value, value, [...path, key], walk);
    if (checked === INVALID) valid = false;
    else out[key] = checked;
  }
  return valid ? out : INVALID;
}

/** Left out, written empty (`beskrivning:`), or — for an optional text — only white space. */
function isAbsent(value: unknown, field: FieldSpec): boolean {
  if (value === undefined || value === null) return true;
  return (
    !field.required &&
    field.value.type === 'text' &&
    typeof value === 'string' &&
    cleanText(value).trim() === ''
  );
}

const EXPECTED: Record<ValueSpec['type'], Bilingual> = {
  text: { sv: 'en text', en: 'a text' },
  id: { sv: 'ett id (text)', en: 'an id (text)' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  number: { sv: 'ett tal', en: 'a number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  'year-or-date': { sv: 'ett datum eller ett år', en: 'a date or a year' },
  date: { sv: 'ett datum ÅÅÅÅ-MM-DD', en: 'a date YYYY-MM-DD' },
  kpi: { sv: 'ett Kolada-id', en: 'a Kolada id' },
  enum: { sv: 'ett av de tillåtna värdena', en: 'one of the allowed values' },
  list: { sv: 'en lista (rader som börjar med "- ")', en: 'a list (lines starting with "- ")' },
  object: { sv: 'en samling fält (namn: värde)', en: 'a set of fields (name: value)' },
};

function wrongType(walk: Walk, path: PlanPath, raw: unknown, spec: ValueSpec): typeof INVALID {
  const expected = EXPECTED[spec.type];
  const quoteHint: Bilingual =
    spec.type === 'text' && (typeof raw === 'number' || typeof raw === 'boolean')
      ? { sv: ' Sätt texten inom citattecken.', en: ' Put the text in quotes.' }
      : { sv: '', en: '' };
  return report(walk, path, 'wrong-type', (f) => ({
    sv: `${f.sv} ska vara ${expected.sv}, inte ${shown(raw).sv}.${quoteHint.sv}`,
    en: `${f.en} must be ${expected.en}, not ${shown(raw).en}.${quoteHint.en}`,
  }));
}

/** What the file holds, in words: `texten "2022"`, `talet 3`, `en lista`. */
function shown(raw: unknown): Bilingual {
  if (typeof raw === 'string') {
    const short = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    return { sv: `texten "${short}"`, en: `the text "${short}"` };
  }
  if (typeof raw === 'number') return { sv: `talet ${raw}`, en: `the number ${raw}` };
  if (typeof raw === 'boolean') return { sv: String(raw), en: String(raw) };
  if (Array.isArray(raw)) return { sv: 'en lista', en: 'a list' };
  if (isRecord(raw)) return { sv: 'en samling fält', en: 'a set of fields' };
  return { sv: 'tomt', en: 'empty' };
}
