/**
 * Outcomes in the export and the import (decision 0027): five columns appended after
 * Rapportdatum; the export of a store with outcomes re-imports to the same table; an older
 * file without the columns still reads, and keeps the outcome a Genomförd report has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS } from '../../../bot/src/domain/import/columns';
import { formatRowError } from '../../../bot/src/domain/import/import-types';
import { loadExportTable } from '../../../bot/src/domain/services/follow-up-service';
import { importTable, type ImportOutcome } from '../../../bot/src/domain/services/import-service';
import { readTableFile, writeTableFile } from '../../../bot/src/files/table-file';
import {
  importClock,
  openImportStore,
  swedishCsv,
  type ImportStore,
} from '../../helpers/import-store';

const SP = 'https://malmostad.sharepoint.com/sites/samordna/utvardering.docx';
const ONEDRIVE = 'https://malmostad-my.sharepoint.com/personal/sara/Documents/lista.xlsx';
const OLD_HEADER = [
  'Förvaltning',
  'Inriktningsmål',
  'Rubrik',
  'Aktivitet',
  'Status',
  'Rapporterat',
];
const HEADER = [
  ...OLD_HEADER,
  'Resultat',
  'Antal uppnådda',
  'Antal i målet',
  'Vad räknas',
  'Underlag',
];
const row = (title: string, status: string, outcome: string[]): string[] => [
  'Fritidsförvaltningen',
  '3',
  'Verksamhetsspecifik',
  title,
  status,
  'Gjort.',
  ...outcome,
];

const importer = { userId: 'u-samordning', name: 'Sam Ordning' };
const run = async (s: ImportStore, rows: string[][]): Promise<ImportOutcome> =>
  importTable(s.store, importClock, await readTableFile(swedishCsv(rows)), {
    dryRun: false,
    importer,
  });

let s: ImportStore;
beforeEach(async () => {
  s = await openImportStore();
});
afterEach(async () => {
  await s.close();
});

async function exported(store: ImportStore): Promise<string[][]> {
  const result = await loadExportTable(store.store, importClock);
  if ('kind' in result) throw new Error('no round');
  return result.table;
}

describe('outcome columns in the export', () => {
  it('are appended after the columns older files have, in this order', () => {
    const headers = COLUMNS.map((c) => c.header);
    expect(headers.slice(0, 17).at(-1)).toBe('Rapportdatum');
    expect(headers.slice(17)).toEqual([
      'Resultat',
      'Antal uppnådda',
      'Antal i målet',
      'Vad räknas',
      'Underlag',
    ]);
  });

  it('carry the outcome an import stored, and the export re-imports to the same table (csv, xlsx)', async () => {
    const outcome = await run(s, [
      HEADER,
      row('Chefsutbildning', 'Genomförd', [
        'Alla chefer bjöds in.',
        '1 200',
        '1500',
        'chefer utbildade',
        `${SP}\n${ONEDRIVE}`,
      ]),
      row('Tillsyn', 'Pågår', ['', '', '', '', '']),
    ]);
    expect(outcome.kind).toBe('imported');
    const first = await exported(s);
    const header = first[0]!;
    const line = first.find((r) => r.includes('Chefsutbildning'))!;
    const cell = (name: string) => line[header.indexOf(name)];
    expect(cell('Resultat')).toBe('Alla chefer bjöds in.');
    expect(cell('Antal uppnådda')).toBe('1200');
    expect(cell('Antal i målet')).toBe('1500');
    expect(cell('Vad räknas')).toBe('chefer utbildade');
    expect(cell('Underlag')).toBe(`${SP}\n${ONEDRIVE}`);
    const other = first.find((r) => r.includes('Tillsyn'))!;
    expect(other.slice(17)).toEqual(['', '', '', '', '']);

    for (const format of ['csv', 'xlsx'] as const) {
      const file = await writeTableFile(first, format);
      const empty = await openImportStore();
      try {
        const again = await importTable(empty.store, importClock, await readTableFile(file), {
          dryRun: false,
          importer,
        });
        expect(again.kind).toBe('imported');
        expect(await exported(empty)).toEqual(first);
      } finally {
        await empty.close();
      }
    }
    // Its own export, imported again into the store it came from, changes nothing.
    const before = s.dump();
    const same = await importTable(
      s.store,
      importClock,
      await readTableFile(await writeTableFile(first, 'csv')),
      { dryRun: false, importer },
    );
    expect(same.kind === 'imported' && same.plan.counts.reports.create).toBe(0);
    expect(s.dump()).toBe(before);
  });

  it('reads an older file without the columns; a Genomförd report keeps its outcome', async () => {
    await run(s, [
      HEADER,
      row('Chefsutbildning', 'Genomförd', ['Bra.', '120', '150', 'chefer', SP]),
    ]);
    const before = await exported(s);
    // The older file says something new in Rapporterat: a new report, with the outcome kept.
    const old = await run(s, [
      OLD_HEADER,
      row('Chefsutbildning', 'Genomförd', []).map((c) =>
        c === 'Gjort.' ? 'Gjort och utvärderat.' : c,
      ),
    ]);
    expect(old.kind === 'imported' && old.plan.counts.reports.create).toBe(1);
    const after = await exported(s);
    const line = after.find((r) => r.includes('Chefsutbildning'))!;
    expect(line).toContain('Gjort och utvärderat.');
    expect(line.slice(17)).toEqual(before.find((r) => r.includes('Chefsutbildning'))!.slice(17));

    // The seed-000 fixture (no outcome columns at all) still imports.
    const fixture = readFileSync(
      join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv'),
    );
    const empty = await openImportStore();
    try {
      const result = await importTable(empty.store, importClock, await readTableFile(fixture), {
        dryRun: false,
        importer,
      });
      expect(result.kind).toBe('imported');
    } finally {
      await empty.close();
    }
  });

  it('refuses a bad figure, a link outside SharePoint or an outcome on an unfinished activity, row by row, storing nothing', async () => {
    const before = s.dump();
    const result = await run(s, [
      HEADER,
      row('A', 'Genomförd', ['', 'många', '', '', '']),
      row('B', 'Genomförd', ['', '', '', '', 'https://dropbox.com/x']),
      row('C', 'Pågår', ['Bra', '', '', '', '']),
    ]);
    if (result.kind !== 'invalid') throw new Error(result.kind);
    expect(result.errors.map(formatRowError)).toEqual([
      'Rad 2: Antal uppnådda "många" är inget tal (skriv t.ex. 120).',
      'Rad 3: Underlag måste vara länkar som börjar med https:// till stadens SharePoint eller OneDrive (…sharepoint.com).',
      'Rad 4: Resultat anges bara när status är Genomförd.',
    ]);
    expect(s.dump()).toBe(before);
  });
});
