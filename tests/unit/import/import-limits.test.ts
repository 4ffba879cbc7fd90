/**
 * Import under its limits and with clean text: many bad rows give 200 listed errors and a
 * count of the rest (quickly: no closest-name search past the listed ones), imported text is
 * cleaned, quoted values are cut short, and the export shows report dates only where the
 * README's rule allows (Samordning, and the activity's own organisation).
 */
import { exportTable } from '../../../bot/src/domain/import/export-table';
import { COLUMNS } from '../../../bot/src/domain/import/columns';
import { importTable } from '../../../bot/src/domain/services/import-service';
import type { Member } from '../../../bot/src/domain/types';
import { readTableFile } from '../../../bot/src/files/table-file';
import {
  importClock,
  IMPORT_ROUND,
  openImportStore,
  swedishCsv,
  type ImportStore,
} from '../../helpers/import-store';

const HEADER = ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Beskrivning', 'Status'];
const importer = { userId: 'u-samordning', name: 'Sam Ordning' };

let s: ImportStore;
beforeEach(async () => {
  s = await openImportStore();
});
afterEach(async () => {
  await s.close();
});

async function importCsv(rows: string[][], dryRun = false) {
  return importTable(s.store, importClock, await readTableFile(swedishCsv(rows)), {
    dryRun,
    importer,
  });
}

test('19,000 bad rows: 200 listed, the rest counted in Swedish, nothing stored', async () => {
  const rows = [
    HEADER,
    ...Array.from({ length: 19_000 }, (_, i) => [
      'Fritidsförvaltningarna',
      '3',
      'Verksamhetsspecifik',
      `Aktivitet ${String(i)}`,
      '',
      '',
    ]),
  ];
  const before = s.dump();
  const outcome = await importCsv(rows);
  expect(outcome.kind).toBe('invalid');
  if (outcome.kind !== 'invalid') return;
  expect(outcome.count).toBe(19_000);
  expect(outcome.errors).toHaveLength(201);
  expect(outcome.errors[0]).toEqual({
    row: 2,
    message: 'Förvaltningen "Fritidsförvaltningarna" finns inte. Menade du Fritidsförvaltningen?',
  });
  expect(outcome.errors.at(-1)).toEqual({ row: null, message: '… och 18\u00a0800 fel till.' });
  expect(s.dump()).toBe(before);
}, 60_000);

test('imported text is cleaned: XML-forbidden characters and bidi controls go, line breaks become \\n', async () => {
  const outcome = await importCsv([
    HEADER,
    [
      'Miljöförvaltningen',
      '1',
      'Verksamhetsspecifik',
      'Tillsyn\uFFFE \u202Egnidlob\u202C',
      'Rad ett\r\nrad två\u0007',
      'Pågår',
    ],
  ]);
  expect(outcome.kind).toBe('imported');
  const [activity] = await s.store.activities.list();
  expect(activity?.title).toBe('Tillsyn gnidlob');
  expect(activity?.description).toBe('Rad ett\nrad två');
});

test('a long value is quoted back cut short', async () => {
  const outcome = await importCsv([
    HEADER,
    ['X'.repeat(5000), '1', 'Verksamhetsspecifik', 'A', '', ''],
  ]);
  expect(outcome.kind).toBe('invalid');
  if (outcome.kind !== 'invalid') return;
  expect(outcome.errors[0]?.message.length).toBeLessThan(300);
  expect(outcome.errors[0]?.message).toContain(`"${'X'.repeat(59)}…"`);
});

describe('report dates in the export', () => {
  const samordnare = (organisationId: string): Member => ({
    userId: 'u1',
    name: 'Sara',
    organisationId,
    roles: ['samordnare'],
  });
  const samordning: Member = {
    userId: 'u2',
    name: 'Omar',
    organisationId: null,
    roles: ['samordning'],
  };

  test('only Samordning and the activity’s own organisation see when it was reported', async () => {
    const outcome = await importCsv([
      [...HEADER, 'Rapportdatum'],
      ['Miljöförvaltningen', '1', 'Verksamhetsspecifik', 'Tillsyn', '', 'Pågår', '2024-05-02'],
      ['Fritidsförvaltningen', '2', 'Verksamhetsspecifik', 'Kurs', '', 'Genomförd', '2024-05-03'],
    ]);
    expect(outcome.kind).toBe('imported');
    const [plan] = await s.store.plans.list();
    if (plan === undefined) throw new Error('no plan');
    const input = {
      plan,
      organisations: await s.store.organisations.list(),
      activities: await s.store.activities.list(),
      roundReports: await s.store.reports.latest({ roundId: IMPORT_ROUND.id }),
    };
    const dates = (viewer?: Member) => {
      const [header = [], ...rows] = exportTable({ ...input, ...(viewer ? { viewer } : {}) });
      const at = header.indexOf(COLUMNS.find((c) => c.key === 'reportDate')?.header ?? '');
      const title = header.indexOf('Aktivitet');
      return Object.fromEntries(rows.map((r) => [r[title], r[at]]));
    };
    expect(dates()).toEqual({ Tillsyn: '2024-05-02', Kurs: '2024-05-03' });
    expect(dates(samordning)).toEqual({ Tillsyn: '2024-05-02', Kurs: '2024-05-03' });
    expect(dates(samordnare('miljoforvaltningen'))).toEqual({ Tillsyn: '2024-05-02', Kurs: '' });
  });
});
