import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docxParagraphs } from '../helpers/docx-text';
import { PLAN_FILES } from '../helpers/plan-documents';
import { runScript } from '../helpers/run-script';
import { SEEDS, seedText } from '../helpers/seeds';

/*
 * Issue 15 item 7, acceptance: on a fresh data folder without demo data, import the plan,
 * create the round "Halvtidsuppföljning 2024", import seed 000 chapter 5 into it and write the
 * draft with `npm run report`: its counting sentences are seed 000's. Real processes, as IT
 * runs them.
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');
const ROUND = 'Halvtidsuppföljning 2024';

describe('a past follow-up from a terminal, on a store without demo data', () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = (script: string, ...args: string[]) => runScript(script, args, env);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-round-'));
    env = { SAMORDNA_DATA_DIR: dir, SAMORDNA_DEMO_DATA: 'false' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plan import, round create, import into the round, report: the counting sentences of seed 000', async () => {
    expect((await cli('plan', 'import', PLAN_FILES.malmo)).code).toBe(0);

    const created = await cli(
      'round',
      'create',
      ROUND,
      '--from',
      '2023-11-01',
      '--to',
      '2024-01-31',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(
      /^Skapade omgången "Halvtidsuppföljning 2024" 2023-11-01–2024-01-31/,
    );

    const imported = await cli('import', FIXTURE, '--round', ROUND);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);

    const out = join(dir, 'utkast.docx');
    const report = await cli('report', out, '--round', ROUND);
    expect(report).toMatchObject({ code: 0, stderr: '' });
    const paragraphs = await docxParagraphs(readFileSync(out));
    const counting = paragraphs.filter((p) =>
      p.endsWith('har aktiviteter under inriktningsmålet.'),
    );
    const seed = seedText(SEEDS.followUp).match(/[^.\n]*har aktiviteter under inriktningsmålet\./g);
    // Seed 000 writes "samt" once (goal 3) and "och" elsewhere; the draft always writes "och".
    expect(counting).toEqual(seed?.map((s) => s.trim().replace(' samt ', ' och ')));
    expect(counting).toHaveLength(6);

    // Nothing of the demo, and every report is dated inside the round (never today).
    const db = new Database(join(dir, 'samordna.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(0);
      expect(db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(0);
      const rounds = db.prepare('SELECT title, kind FROM rounds').all();
      expect(rounds).toEqual([{ title: ROUND, kind: 'uppfoljning' }]);
      const dates = db.prepare('SELECT reported_at FROM reports').pluck().all() as string[];
      expect(dates.length).toBeGreaterThan(40);
      for (const date of dates) {
        expect(date >= '2023-10-31T23:00:00.000Z' && date < '2024-01-31T23:00:00.000Z').toBe(true);
      }
    } finally {
      db.close();
    }
  }, 120_000);

  it('refuses what it cannot do, in Swedish, with exit 1 and nothing stored', async () => {
    const again = await cli('round', 'create', ROUND, '--from', '2023-11-01', '--to', '2024-01-31');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('finns redan');

    const clash = await cli('round', 'create', ROUND, '--from', '2024-02-01', '--to', '2024-03-31');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`Det finns redan en omgång som heter "${ROUND}"`);

    const bad = await cli(
      'round',
      'create',
      'Uppföljning 2025',
      '--from',
      '2025-13-01',
      '--to',
      '2025-01-31',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'Startdatumet "2025-13-01" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.',
    );

    const noPlan = await cli('report', join(dir, 'x.docx'), '--plan', 'finns-inte');
    expect(noPlan).toMatchObject({ code: 1 });
    expect(noPlan.stderr).toBe(
      'Planen "finns-inte" finns inte. Se vilka som finns med npm run plan -- list.\n',
    );

    const listed = await cli('round', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual([
      'Omgångar i Fri från våld – en gemensam angelägenhet:',
      expect.stringMatching(
        /^2023-11-01–2024-01-31 {2}Halvtidsuppföljning 2024 {2}\(uppföljning, id uppf-[0-9a-f]+\)$/,
      ),
    ]);
  }, 120_000);
});
