import { checkPlanDocument } from '../../../bot/src/domain/plan-file';
import type { PlanProblem } from '../../../bot/src/domain/plan-file';
import { changed, fullPlan } from '../../helpers/plan-documents';

/** The problems of `raw` as `<path> <code>`, in the order the checker lists them. */
function problems(raw: unknown): string[] {
  const result = checkPlanDocument(raw);
  return result.ok ? [] : result.problems.map((p) => `${p.path.join('.')} ${p.code}`);
}

function only(raw: unknown): PlanProblem {
  const result = checkPlanDocument(raw);
  if (result.ok || result.problems.length !== 1) {
    throw new Error(`expected one problem, got ${JSON.stringify(result)}`);
  }
  const [problem] = result.problems;
  if (problem === undefined) throw new Error('unreachable');
  return problem;
}

describe('checkPlanDocument', () => {
  it('turns a valid file into a PlanDocument with English names', () => {
    const result = checkPlanDocument(fullPlan());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const plan = result.plan;
    expect(plan).toMatchObject({
      id: 'liten-plan',
      title: 'Liten plan',
      subtitle: 'för tester',
      titleEn: 'Small plan',
      period: { from: 2025, to: 2028 },
      adopted: { by: 'Kommunfullmäktige', year: 2024, date: '2024-11-25' },
      coordinatedBy: 'soc',
    });
    expect(plan.goals.map((g) => [g.number, g.strategies.map((s) => s.id)])).toEqual([
      [1, ['a-1', 'a-2']],
      [2, ['b-1']],
    ]);
    expect(plan.goals[0]?.strategies[0]).toEqual({
      id: 'a-1',
      text: 'utmana normer',
      explanation: 'Normer styr.',
    });
    expect(plan.goals[0]?.strategies[1]?.explanation).toBeNull();
    expect(plan.perspectives[0]).toEqual({
      id: 'barnratt',
      name: 'Barnrätt',
      nameEn: 'Child rights',
      description: null,
      aliases: ['Barnperspektivet'],
    });
    expect(plan.preventionLevels.map((l) => l.id)).toEqual(['framjande', 'indikerad']);
    expect(plan.perpetratorGroups.map((p) => p.id)).toEqual(['partnervald']);
    expect(plan.headings.map((h) => [h.id, h.cityWide])).toEqual([
      ['gemensamt', true],
      ['egen', false],
    ]);
    expect(plan.organisations.map((o) => [o.id, o.kind, o.partOf])).toEqual([
      ['soc', 'forvaltning', null],
      ['klk', 'forvaltning', null],
      ['hr', 'stadsovergripande-funktion', 'klk'],
      ['bostader', 'bolag', null],
    ]);
    expect(plan.indicators[0]).toMatchObject({
      direction: 'higher-is-better',
      goal: 2,
      baseline: { value: 40, year: 2024 },
      target: { value: 90, year: 2028 },
      koladaKpi: 'N00945',
    });
  });

  it('takes an adoption year alone, and leaves optional lists and fields out', () => {
    let doc = changed(fullPlan(), ['antagen', 'datum'], 2024);
    for (const key of [
      'fokusområden',
      'perspektiv',
      'målgrupper',
      'preventionsnivåer',
      'våldsutövare',
      'mått',
      'undertitel',
      'samordnas-av',
    ]) {
      doc = changed(doc, [key], undefined);
    }
    doc = changed(doc, ['beskrivning'], null);
    doc = changed(doc, ['titel-en'], '   ');
    const result = checkPlanDocument(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.adopted).toEqual({ by: 'Kommunfullmäktige', year: 2024, date: null });
    expect(result.plan).toMatchObject({
      subtitle: null,
      titleEn: null,
      description: null,
      coordinatedBy: null,
      focusAreas: [],
      indicators: [],
    });
  });

  it('trims texts, joins one-line texts and removes invisible control characters', () => {
    let doc = changed(fullPlan(), ['titel'], '  Liten\n plan \u202e ');
    doc = changed(doc, ['vision'], '  Första stycket.\r\n\r\nAndra stycket.\u0007  ');
    const result = checkPlanDocument(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.title).toBe('Liten plan');
    expect(result.plan.vision).toBe('Första stycket.\n\nAndra stycket.');
  });

  it('lists every problem, not the first', () => {
    let doc = changed(fullPlan(), ['titel'], undefined);
    doc = changed(doc, ['vision'], '   ');
    doc = changed(doc, ['inriktningsmål', 0, 'nummer'], '1');
    doc = changed(doc, ['organisationer', 0, 'typ'], 'kommun');
    doc = changed(doc, ['organisationer', 1, 'id'], 'soc');
    doc = changed(doc, ['rubriker', 0, 'stadsövergripande'], false);
    expect(problems(doc)).toEqual([
      'titel required',
      'vision empty-text',
      'inriktningsmål.0.nummer wrong-type',
      'organisationer.0.typ not-allowed',
      'organisationer.1.id duplicate-id',
      // klk's id is gone, so HR's "del-av: klk" points nowhere.
      'organisationer.2.del-av unknown-reference',
      'rubriker city-wide-heading',
    ]);
  });

  it('names unknown keys and suggests the closest known one', () => {
    const problem = only(changed(fullPlan(), ['malgrupper'], []));
    expect(problem).toMatchObject({ path: ['malgrupper'], code: 'unknown-key' });
    expect(problem.sv).toBe('Okänt fält "malgrupper". Menade du "målgrupper"?');
    expect(problem.en).toBe('Unknown field "malgrupper". Did you mean "målgrupper"?');
    const far = only(changed(fullPlan(), ['organisationer', 1, 'färg'], 'blå'));
    expect(far.sv).toBe(
      'Organisationen klk: okänt fält "färg". Fälten här är: id, namn, typ, del-av, kortnamn, alias, giltig-från, giltig-till, tidigare-namn.',
    );
  });

  it('says where a problem is: the list item by its number or id, and the field', () => {
    const missing = only(
      changed(fullPlan(), ['inriktningsmål', 1, 'strategier', 0, 'text'], undefined),
    );
    expect(missing.sv).toBe('Inriktningsmål 2, strategin b-1: fältet "text" saknas.');
    expect(missing.en).toBe('Goal 2, strategy b-1: the field "text" is missing.');
    const nested = only(changed(fullPlan(), ['mått', 0, 'baslinje', 'år'], 24));
    expect(nested.sv).toBe(
      'Måttet utbildade: "år" under "baslinje" ska vara mellan 1900 och 2100, inte 24.',
    );
    const unnamed = only(changed(fullPlan(), ['organisationer', 2, 'id'], undefined));
    expect(unnamed.sv).toBe('Organisationen nr 3: fältet "id" saknas.');
  });

  it('refuses ids that are not kebab-case ASCII and proposes one', () => {
    const problem = only(changed(fullPlan(), ['fokusområden', 0, 'id'], 'Våld i parrelationer'));
    expect(problem.code).toBe('bad-id');
    expect(problem.sv).toContain('Förslag: "vald-i-parrelationer".');
    expect(problems(changed(fullPlan(), ['id'], 'liten_plan'))).toEqual(['id bad-id']);
    expect(problems(changed(fullPlan(), ['id'], 'liten--plan'))).toEqual(['id bad-id']);
  });

  it('refuses a strategy written with "Genom att"', () => {
    const problem = only(
      changed(
        fullPlan(),
        ['inriktningsmål', 0, 'strategier', 0, 'text'],
        'Genom att utmana normer',
      ),
    );
    expect(problem.code).toBe('genom-att');
    expect(problem.sv).toContain('skriv bara det som följer: "utmana normer"');
  });

  it('refuses unknown enum values with the allowed ones and the closest', () => {
    const kind = only(changed(fullPlan(), ['organisationer', 0, 'typ'], 'forvaltning'));
    expect(kind.sv).toBe(
      'Organisationen soc: "typ" är texten "forvaltning", som inte är tillåtet. Tillåtna värden: förvaltning, bolag, stadsövergripande-funktion. Menade du "förvaltning"?',
    );
    const level = only(changed(fullPlan(), ['preventionsnivåer', 1, 'id'], 'tertiar'));
    expect(level).toMatchObject({ path: ['preventionsnivåer', 1, 'id'], code: 'not-allowed' });
    expect(problems(changed(fullPlan(), ['mått', 0, 'riktning'], 'högre'))).toEqual([
      'mått.0.riktning not-allowed',
    ]);
  });

  it('checks dates, years and Kolada ids', () => {
    expect(problems(changed(fullPlan(), ['antagen', 'datum'], '2024-02-30'))).toEqual([
      'antagen.datum bad-date',
    ]);
    expect(problems(changed(fullPlan(), ['antagen', 'datum'], '25 november 2024'))).toEqual([
      'antagen.datum bad-date',
    ]);
    expect(problems(changed(fullPlan(), ['antagen', 'datum'], '2024-02-29'))).toEqual([]);
    expect(problems(changed(fullPlan(), ['period', 'från'], 2025.5))).toEqual([
      'period.från wrong-type',
    ]);
    expect(problems(changed(fullPlan(), ['mått', 0, 'kolada'], 'n00945'))).toEqual([
      'mått.0.kolada bad-kpi',
    ]);
  });

  it('requires the lists a plan cannot do without, with at least one item', () => {
    expect(problems(changed(fullPlan(), ['inriktningsmål'], []))).toEqual([
      'inriktningsmål empty-list',
    ]);
    expect(problems(changed(fullPlan(), ['rubriker'], undefined))).toEqual(['rubriker required']);
    expect(problems(changed(fullPlan(), ['organisationer'], { soc: 'Soc' }))).toEqual([
      'organisationer wrong-type',
    ]);
    expect(problems(changed(fullPlan(), ['målgrupper', 0], null))).toEqual([
      'målgrupper.0 required',
    ]);
  });

  it('refuses a file that is not a plan at all', () => {
    expect(problems(['id', 'titel'])).toEqual([' wrong-type']);
    expect(problems(null)).toEqual([' wrong-type']);
    expect(only('Fri från våld').sv).toMatch(/^Filen ska innehålla en plan/);
  });

  it('finds duplicate ids in every list, strategy ids across goals and goal numbers', () => {
    let doc = changed(fullPlan(), ['inriktningsmål', 1, 'strategier', 0, 'id'], 'a-1');
    doc = changed(doc, ['inriktningsmål', 1, 'nummer'], 1);
    doc = changed(doc, ['preventionsnivåer', 1, 'id'], 'framjande');
    doc = changed(doc, ['rubriker', 1, 'id'], 'gemensamt');
    const result = checkPlanDocument(doc);
    if (result.ok) throw new Error('expected problems');
    expect(
      result.problems.map((p) => [p.path.join('.'), p.code, p.relatedPath?.join('.')]),
    ).toEqual([
      ['preventionsnivåer.1.id', 'duplicate-id', 'preventionsnivåer.0.id'],
      ['rubriker.1.id', 'duplicate-id', 'rubriker.0.id'],
      ['inriktningsmål.1.strategier.0.id', 'duplicate-id', 'inriktningsmål.0.strategier.0.id'],
      ['inriktningsmål.1.nummer', 'duplicate-number', 'inriktningsmål.0.nummer'],
      // Goal 2 is now a second goal 1, so the indicator following goal 2 follows nothing.
      ['mått.0.inriktningsmål', 'unknown-reference', undefined],
    ]);
  });

  it('finds a name, short name or alias two entries share', () => {
    let doc = changed(fullPlan(), ['organisationer', 3, 'alias'], ['soc']);
    doc = changed(
      doc,
      ['perspektiv'],
      [
        { id: 'barnratt', namn: 'Barnrätt', 'namn-en': 'Child rights' },
        { id: 'barn', namn: 'Barnrätt ', 'namn-en': 'Children' },
      ],
    );
    const result = checkPlanDocument(doc);
    if (result.ok) throw new Error('expected problems');
    expect(
      result.problems.map((p) => [p.path.join('.'), p.code, p.relatedPath?.join('.')]),
    ).toEqual([
      ['perspektiv.1.namn', 'duplicate-name', 'perspektiv.0.namn'],
      ['organisationer.3.alias.0', 'duplicate-name', 'organisationer.0.kortnamn'],
    ]);
  });

  it('resolves references: del-av, samordnas-av and an indicator goal', () => {
    let doc = changed(fullPlan(), ['organisationer', 2, 'del-av'], 'kl');
    doc = changed(doc, ['samordnas-av'], 'socialtjansten');
    doc = changed(doc, ['mått', 0, 'inriktningsmål'], 7);
    const result = checkPlanDocument(doc);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['samordnas-av', 'unknown-reference'],
      ['organisationer.2.del-av', 'unknown-reference'],
      ['mått.0.inriktningsmål', 'unknown-reference'],
    ]);
    expect(result.problems[1]?.sv).toBe(
      'Organisationen hr: "del-av" pekar på "kl", som inte finns bland organisationerna. Menade du "klk"?',
    );
    expect(result.problems[2]?.sv).toBe(
      'Måttet utbildade: "inriktningsmål" är 7, men planen har inget inriktningsmål 7. Inriktningsmålen är: 1, 2.',
    );
  });

  it('refuses an organisation that is part of itself, or of a ring', () => {
    expect(problems(changed(fullPlan(), ['organisationer', 2, 'del-av'], 'hr'))).toEqual([
      'organisationer.2.del-av self-reference',
    ]);
    const ring = changed(fullPlan(), ['organisationer', 1, 'del-av'], 'hr');
    expect(problems(ring)).toEqual([
      'organisationer.1.del-av reference-cycle',
      'organisationer.2.del-av reference-cycle',
    ]);
    expect(checkPlanDocument(ring)).toMatchObject({
      ok: false,
      problems: [
        {
          sv: 'Organisationen klk: "del-av" bildar en ring: klk → hr → klk. Någon av dem får inte vara del av en annan.',
        },
        {},
      ],
    });
  });

  it('reports strategies under a goal that does not exist once, not as a goal without number and title', () => {
    const doc = changed(fullPlan(), ['inriktningsmål', 2], {
      strategier: [{ id: 'c-1', text: 'höra hemma någonstans' }],
    });
    const problem = only(doc);
    expect(problem).toMatchObject({ path: ['inriktningsmål', 2], code: 'strategies-without-goal' });
    expect(problem.sv).toMatch(
      /^Inriktningsmål nr 3: här står strategier under ett inriktningsmål som saknar både nummer och titel/,
    );
    // A goal with strategies and a number but no title is a goal without its text.
    expect(problems(changed(fullPlan(), ['inriktningsmål', 1, 'titel'], undefined))).toEqual([
      'inriktningsmål.1.titel required',
    ]);
  });

  it('wants exactly one city-wide heading', () => {
    expect(problems(changed(fullPlan(), ['rubriker', 0, 'stadsövergripande'], undefined))).toEqual([
      'rubriker city-wide-heading',
    ]);
    const two = checkPlanDocument(changed(fullPlan(), ['rubriker', 1, 'stadsövergripande'], true));
    expect(two).toMatchObject({
      ok: false,
      problems: [
        {
          path: ['rubriker', 1, 'stadsövergripande'],
          code: 'city-wide-heading',
          relatedPath: ['rubriker', 0, 'stadsövergripande'],
        },
      ],
    });
  });

  it('keeps years in order: the period, the adoption and an indicator', () => {
    expect(problems(changed(fullPlan(), ['period', 'till'], 2024))).toEqual([
      'period.till period-order',
    ]);
    expect(problems(changed(fullPlan(), ['antagen', 'datum'], '2029-01-10'))).toEqual([
      'antagen.datum adopted-after-period',
    ]);
    expect(problems(changed(fullPlan(), ['mått', 0, 'målvärde', 'år'], 2023))).toEqual([
      'mått.0.målvärde.år indicator-years',
    ]);
    expect(problems(changed(fullPlan(), ['mått', 0, 'målvärde', 'värde'], 30))).toEqual([
      'mått.0.målvärde.värde indicator-target',
    ]);
    const lower = changed(fullPlan(), ['mått', 0, 'riktning'], 'lägre-bättre');
    expect(problems(lower)).toEqual(['mått.0.målvärde.värde indicator-target']);
    expect(problems(changed(lower, ['mått', 0, 'målvärde', 'värde'], 40))).toEqual([]);
  });

  it('is not fooled by keys inherited from Object.prototype', () => {
    expect(problems(changed(fullPlan(), ['constructor'], 'x'))).toEqual([
      'constructor unknown-key',
    ]);
    expect(problems(changed(fullPlan(), ['toString'], 'x'))).toEqual(['toString unknown-key']);
  });
});
