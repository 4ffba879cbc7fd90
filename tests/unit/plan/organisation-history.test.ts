/**
 * An organisation's history in the plan file (decision 0030): `giltig-från`, `giltig-till` and
 * `tidigare-namn`, checked with line-numbered Swedish problems, and kept by the import — where a
 * file says nothing of a history the store has (a rename made with `npm run plan`), the store's
 * record stands.
 */
import { formatPlanProblem } from '../../../bot/src/domain/plan-file';
import { organisationsFromDocument } from '../../../bot/src/domain/plan-file/to-plan';
import { importPlan } from '../../../bot/src/domain/services/plan-import';
import { readPlanYaml } from '../../../bot/src/files/plan-yaml';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { PLAN_FILES, planFileText } from '../../helpers/plan-documents';

const ANCHOR = '  - id: kulturforvaltningen\n    namn: Kulturförvaltningen\n    typ: förvaltning\n';

/** The Malmö plan with `lines` added to Kulturförvaltningen, and the line of the first added. */
function withHistory(lines: readonly string[]): { text: string; first: number } {
  const text = planFileText(PLAN_FILES.malmo);
  const at = text.indexOf(ANCHOR);
  if (at < 0) throw new Error('the plan file changed');
  const first = text.slice(0, at + ANCHOR.length).split('\n').length;
  const added = lines.map((l) => `    ${l}\n`).join('');
  return {
    text: text.slice(0, at + ANCHOR.length) + added + text.slice(at + ANCHOR.length),
    first,
  };
}

describe('organisation history in the plan file', () => {
  it('reads validity and former names, oldest first', () => {
    const { text } = withHistory([
      'giltig-från: 2019-01-01',
      'tidigare-namn:',
      '  - namn: Kulturen',
      '    till: 2023-06-30',
      '  - namn: Kultur',
      '    till: 2020-12-31',
    ]);
    const result = readPlanYaml(text);
    if (!result.ok) throw new Error(result.problems.map((p) => formatPlanProblem(p)).join('\n'));
    const kultur = organisationsFromDocument(result.plan).find(
      (o) => o.id === 'kulturforvaltningen',
    );
    expect(kultur).toEqual({
      id: 'kulturforvaltningen',
      name: 'Kulturförvaltningen',
      kind: 'forvaltning',
      validFrom: '2019-01-01',
      formerNames: [
        { name: 'Kultur', until: '2020-12-31' },
        { name: 'Kulturen', until: '2023-06-30' },
      ],
    });
  });

  it('lists every problem with its line, in Swedish', () => {
    const { text, first } = withHistory([
      'giltig-från: 2024-01-01',
      'giltig-till: 2023-12-31',
      'tidigare-namn:',
      '  - namn: Kultur',
      '    till: 2025-05-01',
      '  - namn: Kulturen',
      '    till: 31 maj',
    ]);
    const result = readPlanYaml(text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => [p.line - first, p.code])).toEqual(
      expect.arrayContaining([
        [1, 'validity-order'],
        [4, 'former-name-date'],
        [6, 'bad-date'],
      ]),
    );
    expect(result.problems).toHaveLength(3);
    const texts = result.problems.map((p) => formatPlanProblem(p));
    expect(texts).toContain(
      `Rad ${first + 1}: Organisationen kulturforvaltningen: "giltig-till" (2023-12-31) är före "giltig-från" (2024-01-01). Organisationen kan inte upphöra innan den börjar.`,
    );
    expect(texts.join('\n')).toContain('ska vara ett datum ÅÅÅÅ-MM-DD, inte texten "31 maj"');
  });
});

describe('importing a plan file after a change made in the store', () => {
  it('keeps the stored history where the file says nothing of it, and takes the file’s otherwise', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const plain = readPlanYaml(planFileText(PLAN_FILES.malmo));
      if (!plain.ok) throw new Error('the shipped plan has problems');
      await importPlan(store, plain.plan);
      const renamed = {
        id: 'kulturforvaltningen',
        name: 'Kultur- och fritidsförvaltningen',
        kind: 'forvaltning',
        formerNames: [{ name: 'Kulturförvaltningen', until: '2024-12-31' }],
      } as const;
      await store.organisations.upsert(renamed);
      expect((await importPlan(store, plain.plan)).kind).toBe('unchanged');
      expect(await store.organisations.get('kulturforvaltningen')).toEqual(renamed);

      const { text } = withHistory(['giltig-till: 2025-06-30']);
      const dated = readPlanYaml(text);
      if (!dated.ok) throw new Error('expected a valid file');
      expect(await importPlan(store, dated.plan)).toMatchObject({
        kind: 'updated',
        organisations: 1,
      });
      expect(await store.organisations.get('kulturforvaltningen')).toEqual({
        id: 'kulturforvaltningen',
        name: 'Kulturförvaltningen',
        kind: 'forvaltning',
        validTo: '2025-06-30',
      });
    } finally {
      await store.close();
    }
  });
});
