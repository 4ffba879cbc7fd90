import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_FILES } from '../../helpers/plan-documents';
import { runScript } from '../../helpers/run-script';

/*
 * `npm run plan -- carry` as a person runs it (decision 0028): a real process on a fresh store
 * without demo data, Swedish answers, exit 1 and nothing stored on refused input. The carry of
 * real activities is tested through the server in tests/bot/next-plan.test.ts.
 */
describe('npm run plan -- carry', () => {
  let dataDir: string;
  const inStore = (...args: string[]) =>
    runScript('plan', args, { SAMORDNA_DATA_DIR: dataDir, SAMORDNA_DEMO_DATA: 'false' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samordna-carry-'));
    expect((await inStore('import', PLAN_FILES.malmo)).code).toBe(0);
    expect((await inStore('import', PLAN_FILES.ekby)).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('shows the goals with a suggestion or none, and refuses a plan without activities', async () => {
    const result = await inStore('carry', 'fri-fran-vald-2022-2026', 'trygg-i-ekby-2025-2028');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Från Fri från våld – en gemensam angelägenhet till Trygg i Ekby – plan mot våld i nära relationer.',
    );
    expect(lines).toContain(
      '  1 Staden bedriver ett verkningsfullt våldsförebyggande arbete → ?  (inget förslag – ange med --goals)',
    );
    expect(lines).toContain('Aktiviteter som fortsätter: 0.');
    expect(result.stderr).toBe('Inga aktiviteter är valda. Välj de aktiviteter som fortsätter.\n');
  }, 60_000);

  it('refuses bad goals, an unknown plan and a missing argument, in Swedish', async () => {
    const bad = await inStore(
      'carry',
      'fri-fran-vald-2022-2026',
      'trygg-i-ekby-2025-2028',
      '--goals',
      '1=ett',
    );
    expect(bad).toMatchObject({
      code: 1,
      stderr: 'Målen ska skrivas gammalt=nytt, t.ex. 1=1,2=3. Fel: 1=ett.\n',
    });
    const unknown = await inStore('carry', 'fri-fran-vald-2022-2026', 'nope');
    expect(unknown).toMatchObject({ code: 1, stderr: 'Planen finns inte: nope.\n' });
    const missing = await inStore('carry', 'fri-fran-vald-2022-2026');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Ange den gamla och den nya planens id.');
    const unknownActivity = await inStore(
      'carry',
      'fri-fran-vald-2022-2026',
      'trygg-i-ekby-2025-2028',
      '--activities',
      'finns-inte',
      '--confirm',
    );
    expect(unknownActivity).toMatchObject({
      code: 1,
      stderr: 'Inget har sparats.\nAktiviteten "finns-inte" finns inte i den gamla planen.\n',
    });
  }, 120_000);
});
