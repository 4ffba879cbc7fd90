import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { planJsonSchema } from '../../../bot/src/domain/plan-file';
import { PLAN_FILES, markedProblems, planFileText } from '../../helpers/plan-documents';
import { runScript } from '../../helpers/run-script';

/* `npm run plan -- …` as a person runs it: a real process, Swedish output, exit codes. */
const plan = (...args: string[]) => runScript('plan', args);

describe('npm run plan', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-plan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check: says a valid plan is valid and what it holds, exit 0', async () => {
    const malmo = await plan('check', PLAN_FILES.malmo);
    expect(malmo).toMatchObject({ code: 0, stderr: '' });
    expect(malmo.stdout.split('\n')).toEqual([
      'Planen är giltig: Fri från våld – en gemensam angelägenhet 2022–2026.',
      '6 inriktningsmål, 22 strategier, 15 organisationer (13 förvaltningar, 1 bolag, 1 stadsövergripande funktion), 6 fokusområden, 7 perspektiv, 7 målgrupper, 4 preventionsnivåer, 4 våldsutövargrupper, 3 rubriker, 0 mått.',
      'Stadsövergripande rubrik: Stadsövergripande.',
      '',
    ]);
    const ekby = await plan('check', PLAN_FILES.ekby);
    expect(ekby.code).toBe(0);
    expect(ekby.stdout).toContain(
      '4 inriktningsmål, 8 strategier, 5 organisationer (4 förvaltningar, 1 stadsövergripande funktion)',
    );
  }, 60_000);

  it('check: lists every problem with its line, exit 1', async () => {
    const result = await plan('check', PLAN_FILES.brokenPlan);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [heading, ...lines] = result.stderr.trimEnd().split('\n');
    const marked = markedProblems(planFileText(PLAN_FILES.brokenPlan));
    expect(heading).toBe(
      `Planfilen ${PLAN_FILES.brokenPlan} har ${marked.length} problem. Rätta raderna och kontrollera igen:`,
    );
    expect(lines.map((l) => Number(/^Rad (\d+): /.exec(l)?.[1]))).toEqual(
      marked.map((m) => Number(m.split(' ')[0])),
    );
    expect(lines).toContain('Rad 9: Okänt fält "malgrupper". Menade du "målgrupper"?');
  }, 60_000);

  it('check: bad YAML, a missing file and a file that is not UTF-8, exit 1', async () => {
    const yaml = await plan('check', PLAN_FILES.brokenYaml);
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toMatch(/^Rad 4: YAML-fel: /m);
    const missing = await plan('check', join(dir, 'finns-inte.yaml'));
    expect(missing).toMatchObject({
      code: 1,
      stderr: `Filen finns inte: ${join(dir, 'finns-inte.yaml')}\n`,
    });
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('titel: Fri fr\xe5n v\xe5ld\n', 'latin1'));
    const notUtf8 = await plan('check', latin1);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toContain('Filen är inte sparad som UTF-8');
  }, 60_000);

  it('schema: writes the JSON Schema the plan files point at', async () => {
    const file = join(dir, 'plan.schema.json');
    const result = await plan('schema', file);
    expect(result).toMatchObject({ code: 0, stdout: `Skrev ${file}.\n` });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(planJsonSchema());
  }, 60_000);

  it('prints usage and exits 1 for an unknown command, no command or no file', async () => {
    const [unknown, none, noFile] = await Promise.all([
      plan('importera', PLAN_FILES.malmo),
      plan(),
      plan('check'),
    ]);
    for (const result of [unknown, none, noFile]) {
      expect(result?.code).toBe(1);
      expect(result?.stderr).toContain('Användning:\n  npm run plan -- check <fil.yaml>');
      expect(result?.stderr).toContain('npm run plan -- schema [<fil.json>]');
    }
    expect(unknown?.stderr).toMatch(/^Okänt kommando: importera\./);
    expect(none?.stderr).toMatch(/^Ange ett kommando\./);
    expect(noFile?.stderr).toMatch(/^Ange en planfil\./);
  }, 60_000);

  describe('on the store in SAMORDNA_DATA_DIR', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'samordna-plan-store-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
    const inStore = (...args: string[]) =>
      runScript('plan', args, { SAMORDNA_DATA_DIR: dataDir, SAMORDNA_DEMO_DATA: 'false' });
    const db = () => new Database(join(dataDir, 'samordna.sqlite'), { readonly: true });
    const rows = (table: string) => {
      const d = db();
      try {
        return (d.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      } finally {
        d.close();
      }
    };

    it('import, list, current: idempotent, the first plan current, Swedish answers', async () => {
      const empty = await inStore('list');
      expect(empty).toMatchObject({ code: 0, stderr: '' });
      expect(empty.stdout).toBe(
        'Det finns ingen plan i databasen. Läs in en med npm run plan -- import <fil.yaml>.\n',
      );
      // The plan CLI writes only the file it is given: no shipped plan, no demo.
      expect(rows('plans')).toBe(0);

      const ekby = await inStore('import', PLAN_FILES.ekby);
      expect(ekby).toMatchObject({ code: 0, stderr: '' });
      expect(ekby.stdout).toBe(
        'Läste in planen "Trygg i Ekby – plan mot våld i nära relationer" 2025–2028 ' +
          '(trygg-i-ekby-2025-2028): 4 inriktningsmål, 5 organisationer. Den är den aktuella planen.\n',
      );
      const again = await inStore('import', PLAN_FILES.ekby);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('finns redan och är oförändrad. Ingenting ändrades.');
      const malmo = await inStore('import', PLAN_FILES.malmo);
      expect(malmo.code).toBe(0);
      expect(malmo.stdout).not.toContain('aktuella');
      expect([rows('plans'), rows('organisations'), rows('activities'), rows('members')]).toEqual([
        2, 20, 0, 0,
      ]);

      const list = await inStore('list');
      expect(list.stdout.split('\n')).toEqual([
        'trygg-i-ekby-2025-2028  2025–2028  Trygg i Ekby – plan mot våld i nära relationer  (aktuell)',
        'fri-fran-vald-2022-2026  2022–2026  Fri från våld – en gemensam angelägenhet',
        '',
      ]);
      const unknown = await inStore('current', 'nope');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe(
        'Planen finns inte: nope. Planer: trygg-i-ekby-2025-2028, fri-fran-vald-2022-2026.\n',
      );
      const chosen = await inStore('current', 'fri-fran-vald-2022-2026');
      expect(chosen).toMatchObject({ code: 0, stderr: '' });
      expect((await inStore('list')).stdout).toContain(
        'fri-fran-vald-2022-2026  2022–2026  Fri från våld – en gemensam angelägenhet  (aktuell)',
      );
    }, 120_000);

    it('refuses a broken file and stores nothing, exit 1', async () => {
      const before = rows('plans');
      const broken = await inStore('import', PLAN_FILES.brokenPlan);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/^Planfilen .* har \d+ problem\./);
      expect(broken.stderr).toContain('Ingenting lästes in.');
      expect(rows('plans')).toBe(before);
    }, 60_000);
  });
});
