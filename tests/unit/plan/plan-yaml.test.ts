import { formatPlanProblem } from '../../../bot/src/domain/plan-file';
import type { LocatedPlanProblem } from '../../../bot/src/domain/plan-file';
import { readPlanYaml } from '../../../bot/src/files/plan-yaml';
import {
  PLAN_FILES,
  markedProblems,
  parsedPlanFile,
  planFileText,
} from '../../helpers/plan-documents';

function problemsOf(text: string): readonly LocatedPlanProblem[] {
  const result = readPlanYaml(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** `<line> <code>` of every problem, as the fixtures mark them. */
const lines = (text: string) => problemsOf(text).map((p) => `${p.line} ${p.code}`);

describe('readPlanYaml', () => {
  it.each([
    [
      'a broken plan (goal without text, duplicate ids, unknown level and kind, strategies without a goal, unknown key, references)',
      PLAN_FILES.brokenPlan,
    ],
    ['bad YAML', PLAN_FILES.brokenYaml],
    ['duplicate keys', PLAN_FILES.duplicateKeys],
  ])('lists every problem of %s on the line the fixture marks, and nothing else', (_, file) => {
    const text = planFileText(file);
    const marked = markedProblems(text);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(lines(text)).toEqual(marked);
  });

  it('covers the problems the issue names in the broken plan fixture', () => {
    const codes = problemsOf(planFileText(PLAN_FILES.brokenPlan)).map((p) => p.code);
    for (const code of [
      'required',
      'duplicate-id',
      'not-allowed',
      'strategies-without-goal',
      'unknown-key',
      'unknown-reference',
    ] as const) {
      expect(codes).toContain(code);
    }
  });

  it('writes problems like the import writes rows, Swedish first, pointing at the first of two', () => {
    const problems = problemsOf(planFileText(PLAN_FILES.brokenPlan));
    const duplicate = problems.find(
      (p) => p.code === 'duplicate-id' && p.path[0] === 'organisationer',
    );
    if (duplicate === undefined) throw new Error('no duplicate organisation');
    expect(formatPlanProblem(duplicate)).toBe(
      'Rad 39: Organisationen socialforvaltningen: id "socialforvaltningen" finns redan i "organisationer". Varje id får bara finnas en gång. Se rad 36.',
    );
    expect(formatPlanProblem(duplicate, 'en')).toBe(
      'Line 39: Organisation socialforvaltningen: the id "socialforvaltningen" is already used in "organisationer". Each id may appear only once. See line 36.',
    );
    const goal = problems.find((p) => p.code === 'required');
    expect(goal && formatPlanProblem(goal)).toBe(
      'Rad 19: Inriktningsmål 2: fältet "titel" saknas.',
    );
  });

  it('sorts problems by line and column', () => {
    const problems = problemsOf(planFileText(PLAN_FILES.brokenPlan));
    const order = problems.map((p) => p.line * 1000 + p.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('explains YAML syntax errors in Swedish and keeps the parser words in English', () => {
    const [colon, indent] = problemsOf(planFileText(PLAN_FILES.brokenYaml));
    expect(colon?.sv).toMatch(
      /^YAML-fel: raden kan inte läsas: står det ett kolon inne i en text\?/,
    );
    expect(colon?.en).toMatch(/^YAML error: Nested mappings are not allowed/);
    expect(indent?.sv).toMatch(/^YAML-fel: fel indrag/);
  });

  it('finds where an unclosed quote opens, not where the file ends', () => {
    const text = 'id: x\ntitel: "Fri från våld\nvision: En vision.\nperiod:\n  från: 2025\n';
    expect(problemsOf(text).map((p) => [p.line, p.sv])).toEqual([
      [2, 'YAML-fel: ett citattecken öppnas här men stängs aldrig.'],
    ]);
  });

  it.each([
    ['tabs as indentation', 'id: x\nperiod:\n\tfrån: 2025\n', 3, /tabbtecken/],
    ['two documents', 'id: x\n---\nid: y\n', 2, /flera dokument/],
    ['a missing colon', 'id: x\ntitel Fri från våld\nvision: v\n', 2, /saknas kolon/],
  ])('reports %s on its line', (_, text, line, words) => {
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line, code: 'yaml-syntax' });
    expect(problem?.sv).toMatch(words);
  });

  it('refuses an empty file, a list and an alias that leads nowhere, each on line 1', () => {
    for (const text of ['', '# bara en kommentar\n', '- id: x\n']) {
      expect(problemsOf(text).map((p) => [p.line, p.code])).toEqual([[1, 'wrong-type']]);
    }
    expect(problemsOf('id: *saknas\n').map((p) => [p.line, p.code])).toEqual([[1, 'yaml-syntax']]);
  });

  it('refuses a file that expands aliases without end', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const me = String.fromCharCode(98 + i);
        const prev = String.fromCharCode(97 + i);
        return `${me}: &${me} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    expect(problemsOf(bomb).map((p) => p.code)).toEqual(['yaml-syntax']);
  });

  it('maps a missing field to its parent, an unknown key to its own line', () => {
    const text = [
      'id: x',
      'titel: T',
      'period:',
      '  från: 2025',
      'vision: V',
      'malgrupper: []',
    ].join('\n');
    const problems = problemsOf(text).map(
      (p) => `${p.line}:${p.column} ${p.path.join('.')} ${p.code}`,
    );
    expect(problems).toEqual([
      // Required lists missing from the file entirely: the top of the file.
      '1:1 inriktningsmål required',
      '1:1 rubriker required',
      '1:1 organisationer required',
      '3:1 period.till required',
      '6:1 malgrupper unknown-key',
    ]);
  });
});

describe('the second plan fixture (another municipality)', () => {
  const result = readPlanYaml(planFileText(PLAN_FILES.ekby));
  const malmo = parsedPlanFile(PLAN_FILES.malmo);

  it('is a valid plan unlike Malmö’s: four goals, five organisations, no bolag', () => {
    if (!result.ok) throw new Error(result.problems.map((p) => formatPlanProblem(p)).join('\n'));
    const plan = result.plan;
    expect(plan.goals).toHaveLength(4);
    expect(plan.organisations).toHaveLength(5);
    expect(plan.organisations.filter((o) => o.kind === 'bolag')).toEqual([]);
    expect(plan.headings.filter((h) => h.cityWide).map((h) => h.id)).toEqual(['kommungemensamt']);
    expect(plan.preventionLevels.map((l) => l.id)).toEqual(['universell', 'selektiv', 'indikerad']);
    expect(plan.perpetratorGroups).toEqual([]);
    expect(plan.indicators.map((i) => [i.id, i.goal, i.direction])).toEqual([
      ['utbildade-medarbetare', 2, 'higher-is-better'],
      ['vantetid-skyddat-boende', 3, 'lower-is-better'],
    ]);
  });

  it('shares no heading, target group, organisation or strategy id with Malmö’s plan', () => {
    if (!result.ok) throw new Error('invalid');
    const ids = (list: unknown, key = 'id') =>
      (list as Record<string, unknown>[]).map((item) => item[key]);
    const malmoStrategies = (malmo['inriktningsmål'] as { strategier: unknown }[]).flatMap((g) =>
      ids(g.strategier),
    );
    const overlap = (mine: readonly string[], theirs: readonly unknown[]) =>
      mine.filter((id) => theirs.includes(id));
    expect(
      overlap(
        result.plan.headings.map((h) => h.id),
        ids(malmo['rubriker']),
      ),
    ).toEqual([]);
    expect(
      overlap(
        result.plan.targetGroups.map((t) => t.id),
        ids(malmo['målgrupper']),
      ),
    ).toEqual([]);
    expect(
      overlap(
        result.plan.organisations.map((o) => o.id),
        ids(malmo['organisationer']),
      ),
    ).toEqual([]);
    expect(
      overlap(
        result.plan.goals.flatMap((g) => g.strategies.map((s) => s.id)),
        malmoStrategies,
      ),
    ).toEqual([]);
  });
});
