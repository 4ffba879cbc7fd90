import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_MEMBERS, demoActivities, demoRound } from '../../../bot/src/domain/catalog';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import { seedStore } from '../../../bot/src/domain/services/seed';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { dumpDatabase } from '../../helpers/db-dump';
import { importClock, swedishCsv } from '../../helpers/import-store';
import { runScript } from '../../helpers/run-script';

/*
 * `npm run import` / `npm run export` on the server's data folder (SAMORDNA_DATA_DIR), as a
 * person runs them: real processes, Swedish output, exit codes.
 */

function cli(script: 'import' | 'export', args: string[], dataDir: string) {
  return runScript(script, args, { SAMORDNA_DATA_DIR: dataDir });
}

describe('import and export CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-cli-'));
    const store = SqliteStore.open(join(dir, 'samordna.sqlite'));
    await seedStore(store, importClock, {
      plan: friFranVald,
      organisations,
      demo: { activities: demoActivities, members: DEMO_MEMBERS, round: demoRound },
    });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const dump = () => {
    const store = SqliteStore.open(join(dir, 'samordna.sqlite'));
    try {
      return dumpDatabase(store.database);
    } finally {
      void store.close();
    }
  };

  it('dry-runs, imports into the round given, refuses a bad file, and exports', async () => {
    const file = join(dir, 'plan.csv');
    writeFileSync(
      file,
      swedishCsv([
        ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Status'],
        ['Serviceförvaltningen', '2', 'Verksamhetsspecifik', 'Rutin vid hot', 'Ej påbörjad'],
      ]),
    );
    const before = dump();
    const dry = await cli('import', [file, '--round', demoRound.id, '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n').slice(0, 4)).toEqual([
      'Provkörning (--dry-run): inget har sparats.',
      `Omgång: ${demoRound.title}`,
      'Aktiviteter – nya: 1, ändrade: 0, oförändrade: 0',
      'Rapporter – nya: 1, oförändrade: 0, ej rapporterade: 0',
    ]);
    expect(dump()).toBe(before);

    expect((await cli('import', [file, '--round', demoRound.id], dir)).stdout).toContain(
      'Importen är klar.',
    );
    const after = dump();
    expect(after).not.toBe(before);

    writeFileSync(
      join(dir, 'bad.csv'),
      swedishCsv([
        ['Förvaltning', 'Aktivitet'],
        ['Service', 'X'],
      ]),
    );
    const bad = await cli('import', [join(dir, 'bad.csv'), '--round', demoRound.id], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Rad 1: Kolumnen "Inriktningsmål" saknas.');
    expect(dump()).toBe(after);

    const out = join(dir, 'export.csv');
    const exported = await cli('export', [out, '--round', demoRound.id], dir);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      'Serviceförvaltningen;2;Verksamhetsspecifik;Rutin vid hot',
    );
  }, 60_000);

  it('applies the upload limits: a 500,000-row file and a 20,001-row file are refused, nothing stored', async () => {
    const before = dump();
    const header = 'Förvaltning;Inriktningsmål;Rubrik;Aktivitet\r\n';
    const row = (i: number) =>
      `Miljöförvaltningen;1;Verksamhetsspecifik;Aktivitet ${String(i)}\r\n`;
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, header + Array.from({ length: 500_000 }, (_, i) => row(i)).join(''));
    const refusedHuge = await cli('import', [huge, '--round', demoRound.id], dir);
    expect(refusedHuge.code).toBe(1);
    expect(refusedHuge.stderr).toContain('Filen är för stor (högst 2 MB).');

    // Under 2 MB but past the row limit: rows as short as a CSV allows.
    const long = join(dir, 'long.csv');
    writeFileSync(long, header + 'x\r\n'.repeat(20_000));
    const refusedLong = await cli('import', [long, '--round', demoRound.id], dir);
    expect(refusedLong.code).toBe(1);
    expect(refusedLong.stderr).toContain(
      'Filen har fler än 20\u00a0000 rader. Dela upp den i flera filer med högst 20\u00a0000 rader var.',
    );
    expect(dump()).toBe(before);
  }, 60_000);
});
