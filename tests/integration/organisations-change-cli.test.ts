import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import type { Member } from '../../bot/src/domain/types';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { docxParagraphs } from '../helpers/docx-text';
import { standIn } from '../contract/people-contract';
import { storePeople } from '../helpers/people-fixtures';
import { PLAN_FILES } from '../helpers/plan-documents';
import { runScript } from '../helpers/run-script';

/*
 * Issue 15 item 5, acceptance (decision 0030): on a fresh data folder without demo data, a past
 * follow-up is imported; then organisations are renamed, merged and split from a terminal. The
 * round before the change still counts the old organisations under their old names: its report
 * draft is the same byte for byte. A round after it counts the organisations as they are.
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');
const ROUND = 'Halvtidsuppföljning 2024';
const COUNTING = 'har aktiviteter under inriktningsmålet.';

describe('organisations change from a terminal, on a store without demo data', () => {
  // A fresh data folder without demo data, for the whole test.
  const dir = mkdtempSync(join(tmpdir(), 'samordna-orgs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (script: string, ...args: string[]) =>
    runScript(script, args, { SAMORDNA_DATA_DIR: dir, SAMORDNA_DEMO_DATA: 'false' });
  const sql = <T>(query: string): T[] => {
    const db = new Database(join(dir, 'samordna.sqlite'), { readonly: true });
    try {
      return db.prepare(query).all() as T[];
    } finally {
      db.close();
    }
  };
  const draft = async (file: string, round: string) => {
    const out = join(dir, file);
    expect(await cli('report', out, '--round', round)).toMatchObject({ code: 0, stderr: '' });
    const docx = readFileSync(out);
    // The document itself; the package's metadata carries the time it was written.
    const body = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    return { body, paragraphs: await docxParagraphs(docx) };
  };

  it('renames, merges and splits; the round before still counts what existed then', async () => {
    expect((await cli('plan', 'import', PLAN_FILES.malmo)).code).toBe(0);
    const round = ['create', ROUND, '--from', '2023-11-01', '--to', '2024-01-31'];
    expect((await cli('round', ...round)).code).toBe(0);
    expect((await cli('import', FIXTURE, '--round', ROUND)).code).toBe(0);
    const before = await draft('fore.docx', ROUND);
    const orgsBefore = sql('SELECT * FROM organisations ORDER BY id');

    // A change that would rewrite the reported round is refused, and stores nothing.
    const rename = (from: string) =>
      cli(
        'plan',
        'rename',
        'fritidsforvaltningen',
        'Fritids- och kulturförvaltningen',
        '--from',
        from,
      );
    const early = await rename('2023-11-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(
      `omgången "${ROUND}" öppnade 2023-11-01 och har redan rapporter`,
    );
    expect(early.stderr).toContain('Ingenting ändrades.');
    expect(sql('SELECT * FROM organisations ORDER BY id')).toEqual(orgsBefore);

    expect(await rename('2025-01-01')).toMatchObject({ code: 0, stderr: '' });

    // Kultur's samordnare and her stand-in, whose period reaches the merge day: both move.
    const people = SqliteStore.open(join(dir, 'samordna.sqlite'));
    const kultur = 'kulturforvaltningen';
    const lena: Member = {
      userId: 'u-lena',
      name: 'Lena',
      organisationId: kultur,
      roles: ['samordnare'],
    };
    const lenaAway = standIn('si-1', {
      ...{ organisationId: kultur, absentUserId: 'u-lena', absentName: 'Lena' },
      ...{ from: '2024-12-20', to: '2025-02-28' },
    });
    await storePeople(people, lena, { members: [lena], standIns: [lenaAway] });
    people.close();

    const merged = await cli(
      'plan',
      'merge',
      'kulturforvaltningen',
      'fritidsforvaltningen',
      '--from',
      '2025-01-01',
    );
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('2 aktiviteter flyttades');
    expect(merged.stdout).toContain('1 samordnare flyttades med');
    expect(merged.stdout).toContain('1 ersättare flyttades med');
    const moved = sql<{ organisation_id: string }>(
      "SELECT organisation_id FROM stand_ins WHERE id = 'si-1'",
    );
    expect(moved).toEqual([{ organisation_id: 'fritidsforvaltningen' }]);
    const log = sql<{ actor_name: string; change: string }>(
      "SELECT actor_name, change FROM people_log WHERE subject_user_id = 'u-lena' ORDER BY seq",
    );
    // Added by Lena, then both moves logged with the CLI as actor.
    expect(log.map((e) => [e.actor_name, (JSON.parse(e.change) as { kind: string }).kind])).toEqual(
      [
        ['Lena', 'member'],
        ['Lena', 'stand-in'],
        ['Kommandoraden (npm run plan)', 'member'],
        ['Kommandoraden (npm run plan)', 'stand-in'],
      ],
    );

    // A split must place every activity: without --activities it is refused, nothing stored.
    const grundskola = sql<{ id: string }>(
      "SELECT id FROM activities WHERE organisation_id = 'grundskoleforvaltningen' ORDER BY id",
    ).map((a) => a.id);
    expect(grundskola).toHaveLength(3);
    const parts = ['grundskola-norr:Grundskoleförvaltningen norr', 'grundskola-soder:Söder'];
    const split = (...extra: string[]) =>
      cli('plan', 'split', 'grundskoleforvaltningen', ...parts, '--from', '2025-01-01', ...extra);
    const unplaced = await split();
    expect(unplaced.code).toBe(1);
    expect(unplaced.stderr).toContain(`Saknas: ${grundskola.join(', ')}.`);
    expect(sql("SELECT id FROM organisations WHERE id LIKE 'grundskola-%'")).toEqual([]);
    const placement = grundskola
      .map((id, i) => `${id}=${i === 0 ? 'grundskola-norr' : 'grundskola-soder'}`)
      .join(',');
    expect(await split('--activities', placement)).toMatchObject({ code: 0, stderr: '' });

    const listed = await cli('plan', 'organisations');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(
      'fritidsforvaltningen  Fritids- och kulturförvaltningen  (förvaltning; 5 aktiviteter i planen)\n    tidigare namn: Fritidsförvaltningen (till 2024-12-31)',
    );
    expect(listed.stdout).toContain(
      'kulturforvaltningen  Kulturförvaltningen  (förvaltning, giltig … – 2024-12-31; 0 aktiviteter i planen)',
    );
    expect(listed.stdout).toContain(
      'grundskola-norr  Grundskoleförvaltningen norr  (förvaltning, giltig 2025-01-01 – …; 1 aktiviteter i planen)',
    );

    // The round before the changes: its draft is the same, byte for byte (the document XML).
    const after = await draft('efter.docx', ROUND);
    expect(after.paragraphs).toEqual(before.paragraphs);
    expect(after.body).toBeDefined();
    expect(after.body).toBe(before.body);
    expect(after.paragraphs.join('\n')).toContain('Kulturförvaltningen');

    // A round after them counts the organisations as they are now.
    const next = ['create', 'Uppföljning 2025', '--from', '2025-02-01', '--to', '2025-03-31'];
    expect((await cli('round', ...next)).code).toBe(0);
    const now = await draft('2025.docx', 'Uppföljning 2025');
    const text = now.paragraphs.join('\n');
    expect(text).toContain('Fritids- och kulturförvaltningen');
    expect(text).toContain('Grundskoleförvaltningen norr');
    expect(text).not.toContain('Kulturförvaltningen');
    expect(text).not.toMatch(/(^|[^-])Grundskoleförvaltningen(?! norr)/m);
    const counting = (p: readonly string[]) => p.filter((line) => line.endsWith(COUNTING));
    expect(counting(now.paragraphs)).toHaveLength(6);
    expect(counting(now.paragraphs)).not.toEqual(counting(before.paragraphs));
  }, 180_000);
});
