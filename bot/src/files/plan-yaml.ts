/**
 * Reads a plan file written in YAML (`catalog/plans/*.yaml`) into a `PlanDocument`, or into
 * every problem with its line: YAML syntax errors and duplicate keys from the `yaml` package
 * (Swedish explanations, the package's English second), then the domain's checks, each path
 * mapped back to the line and column where a person finds it. Sorted by line.
 */
import type { Document, LineCounter as LineCounterType, Node, YAMLError } from 'yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { checkPlanDocument } from '../domain/plan-file/check-plan';
import type { PlanDocument } from '../domain/plan-file/plan-document';
import type { LocatedPlanProblem, PlanPath, PlanProblem } from '../domain/plan-file/plan-problem';

export type PlanYamlResult =
  | { readonly ok: true; readonly plan: PlanDocument }
  | { readonly ok: false; readonly problems: readonly LocatedPlanProblem[] };

/** Aliases (`*namn`) a file may expand: enough for any plan, too few for a "billion laughs" file. */
const MAX_ALIAS_COUNT = 100;

export function readPlanYaml(text: string): PlanYamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => position(lineCounter, offset);
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax.length > 0) {
    return { ok: false, problems: onePerLine(syntax.map((e) => syntaxProblem(e, doc, at))) };
  }
  const problems: LocatedPlanProblem[] = doc.errors.map((e) => duplicateKeyProblem(e, doc, at));
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, problems: [aliasProblem(error, at(0))] };
  }
  const checked = checkPlanDocument(raw);
  if (checked.ok && problems.length === 0) return { ok: true, plan: checked.plan };
  if (!checked.ok) problems.push(...checked.problems.map((p) => locate(p, doc, at)));
  return { ok: false, problems: byLine(problems) };
}

interface Position {
  readonly line: number;
  readonly column: number;
}

function position(lineCounter: LineCounterType, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function byLine(problems: readonly LocatedPlanProblem[]): LocatedPlanProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The node where a person looks for `path`: the key of a field, the start of a list item, or the nearest existing parent. */
function nodeFor(doc: Document, path: PlanPath): Node | null {
  let node: unknown = doc.contents;
  let found: Node | null = isMap(node) || isSeq(node) || isScalar(node) ? node : null;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!isSeq(node)) break;
      const item: unknown = node.items[segment];
      if (!(isMap(item) || isSeq(item) || isScalar(item))) break;
      found = item;
      node = item;
    } else {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (pair === undefined || !isScalar(pair.key)) break;
      found = pair.key;
      node = pair.value;
    }
  }
  return found;
}

function locate(
  problem: PlanProblem,
  doc: Document,
  at: (offset: number) => Position,
): LocatedPlanProblem {
  const offsetOf = (path: PlanPath) => nodeFor(doc, path)?.range?.[0] ?? 0;
  const related =
    problem.relatedPath === undefined
      ? {}
      : { relatedLine: at(offsetOf(problem.relatedPath)).line };
  return { ...problem, ...at(offsetOf(problem.path)), ...related };
}

/** Swedish for the syntax errors people make; the package's own words go in the English text. */
const SYNTAX_SV: Readonly<Record<string, string>> = {
  MULTILINE_IMPLICIT_KEY:
    'raden kan inte läsas: saknas kolon efter fältets namn (t.ex. "titel: …")? En lista under ett fält skrivs med "- " indraget under det.',
  BLOCK_AS_IMPLICIT_KEY:
    'raden kan inte läsas: står det ett kolon inne i en text? Sätt då texten inom citattecken ("…"). Eller är raden under indragen för mycket?',
  BAD_INDENT:
    'fel indrag: fält på samma nivå ska börja i samma kolumn, och likaså en listas rader ("- ").',
  TAB_AS_INDENT: 'tabbtecken kan inte användas för indrag. Använd mellanslag.',
  UNEXPECTED_TOKEN:
    'något oväntat står här. Kontrollera indraget och att listans rader börjar med "- ".',
  MULTIPLE_DOCS:
    'filen innehåller flera dokument (en rad med ---). En planfil är ett enda dokument.',
  BAD_DQ_ESCAPE:
    "ogiltigt \\-tecken i en text inom dubbla citattecken. Använd enkla citattecken ('…') i stället.",
  MISSING_CHAR:
    'ett tecken saknas här: ett kolon efter fältets namn, ett kommatecken eller en avslutande hakparentes.',
};

const UNCLOSED_QUOTE_SV = 'ett citattecken öppnas här men stängs aldrig.';

function syntaxProblem(
  error: YAMLError,
  doc: Document,
  at: (offset: number) => Position,
): LocatedPlanProblem {
  const english = error.message.split('\n')[0] ?? error.message;
  const unclosed = error.code === 'MISSING_CHAR' && /quote/i.test(english);
  // An unclosed quote is noticed at the end of the file; the person needs the line it opens on.
  const offset = unclosed ? (openingQuote(doc, error.pos[0]) ?? error.pos[0]) : error.pos[0];
  const sv = unclosed
    ? UNCLOSED_QUOTE_SV
    : (SYNTAX_SV[error.code] ?? 'YAML-filen kan inte läsas här.');
  return {
    path: [],
    code: 'yaml-syntax',
    sv: `YAML-fel: ${sv}`,
    en: `YAML error: ${english}.`,
    ...at(offset),
  };
}

/** Where the quoted text that runs on to `offset` starts. */
function openingQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  const visit = (node: unknown): void => {
    if (isScalar(node)) {
      const [from, , to] = node.range ?? [0, 0, 0];
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && from <= offset && offset <= to) start = from;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    }
  };
  visit(doc.contents);
  return start;
}

/** Several errors a parser finds on one line are one mistake to a person: keep the first. */
function onePerLine(problems: readonly LocatedPlanProblem[]): LocatedPlanProblem[] {
  const seen = new Set<number>();
  return byLine(problems).filter((p) => {
    if (seen.has(p.line)) return false;
    seen.add(p.line);
    return true;
  });
}

function duplicateKeyProblem(
  error: YAMLError,
  doc: Document,
  at: (offset: number) => Position,
): LocatedPlanProblem {
  const found = duplicateKeyAt(doc.contents, [], error.pos[0]);
  const key = found?.key ?? '?';
  return {
    path: found?.path ?? [],
    code: 'duplicate-key',
    sv: `Fältet "${key}" står två gånger här. Ta bort det ena (det senare gäller annars).`,
    en: `The field "${key}" appears twice here. Remove one of them.`,
    ...at(error.pos[0]),
    ...(found?.first === undefined ? {} : { relatedLine: at(found.first).line }),
  };
}

/** The key written again at `offset`: its name, its path, and where it was written first. */
function duplicateKeyAt(
  node: unknown,
  path: PlanPath,
  offset: number,
): { key: string; path: PlanPath; first?: number } | undefined {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = duplicateKeyAt(item, [...path, index], offset);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (pair.key.range?.[0] === offset) {
      const first = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const firstOffset = first !== pair && isScalar(first?.key) ? first.key.range?.[0] : undefined;
      return {
        key,
        path: [...path, key],
        ...(firstOffset === undefined ? {} : { first: firstOffset }),
      };
    }
    const found = duplicateKeyAt(pair.value, [...path, key], offset);
    if (found !== undefined) return found;
  }
  return undefined;
}

function aliasProblem(error: unknown, at: Position): LocatedPlanProblem {
  const english = error instanceof Error ? error.message : 'the file could not be read';
  return {
    path: [],
    code: 'yaml-syntax',
    sv: 'YAML-fel: filen använder alias (*namn) som inte finns eller för många alias. Skriv ut texterna i stället.',
    en: `YAML error: ${english}.`,
    ...at,
  };
}
