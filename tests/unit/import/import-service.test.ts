import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRowError, type RawRow } from '../../../bot/src/domain/import/import-types';
import { importTable, type ImportOutcome } from '../../../bot/src/domain/services/import-service';
import { loadExportTable } from '../../../bot/src/domain/services/follow-up-service';
import { readTableFile, writeTableFile } from '../../../bot/src/files/table-file';
import {
  importClock,
  IMPORT_ROUND,
  openImportStore,
  swedishCsv,
  type ImportStore,
} from '../../helpers/import-store';

const HEADER = [
  'Förvaltning',
  'Inriktningsmål',
  'Rubrik',
  'Aktivitet',
  'Beskrivning',
  'Målgrupper',
  'Start',
  'Slut',
  'Status',
  'Rapporterat',
  'Nästa steg',
  'Rapportdatum',
];

const GOOD: string[][] = [
  HEADER,
  [
    'Fritidsförvaltningen',
    '3',
    'Verksamhetsspecifik',
    'Utbildning för chefer',
    'En utbildning för förvaltningens 35 chefer;\r\nsom för kunskapen vidare.',
    'Barn; Ungdomar och unga vuxna',
    '2023-09-01',
    '2025-02-28',
    'Genomförd',
    'Utbildningen "Våld i nära relation" har genomförts.',
    'Följa upp',
    '2024-05-20',
  ],
  ['miljö', 'Inriktningsmål 3', 'i samverkan', 'Tillsyn', '', 'Äldre', '', '', '', '', '', ''],
  [
    'MKB Fastighets AB',
    '6',
    'I samverkan',
    'MKB-metoden',
    '',
    '',
    '',
    '',
    'pågår',
    'Införd på Rosengård.',
    '',
    '',
  ],
];

const importer = { userId: 'u-samordning', name: 'Sam Ordning' };

async function run(
  s: ImportStore,
  table: readonly RawRow[],
  options: { dryRun?: boolean; round?: string } = {},
): Promise<ImportOutcome> {
  return importTable(s.store, importClock, table, {
    dryRun: options.dryRun ?? false,
    importer,
    ...(options.round === undefined ? {} : { round: options.round }),
  });
}

const csvRows = (rows: string[][]) => readTableFile(swedishCsv(rows));

let s: ImportStore;
beforeEach(async () => {
  s = await openImportStore();
});
afterEach(async () => {
  await s.close();
});

describe('importing a handlingsplan', () => {
  test('a Swedish Excel CSV imports; the same file again changes nothing', async () => {
    const rows = await csvRows(GOOD);
    const first = await run(s, rows);
    expect(first.kind).toBe('imported');
    if (first.kind !== 'imported') return;
    expect(first.plan.counts).toEqual({
      activities: { create: 3, update: 0, unchanged: 0 },
      reports: { create: 2, unchanged: 0, none: 1 },
      organisations: 3,
    });
    const activities = await s.store.activities.list();
    const fritid = activities.find((a) => a.organisationId === 'fritidsforvaltningen');
    expect(fritid).toMatchObject({
      goal: 3,
      heading: 'verksamhetsspecifik',
      // Line breaks are stored as \n (clean-text.ts), whatever the file used.
      description: 'En utbildning för förvaltningens 35 chefer;\nsom för kunskapen vidare.',
      targetGroupIds: ['barn', 'ungdomar-och-unga-vuxna'],
      startDate: '2023-09-01',
      endDate: '2025-02-28',
    });
    const [report] = await s.store.reports.history(fritid?.id ?? '');
    expect(report).toMatchObject({
      roundId: IMPORT_ROUND.id,
      status: 'genomford',
      done: 'Utbildningen "Våld i nära relation" har genomförts.',
      reportedByName: 'Sam Ordning',
      reportedAt: '2024-05-20T10:00:00.000Z',
    });

    const before = s.dump();
    const second = await run(s, rows);
    expect(second.kind === 'imported' && second.plan.counts).toEqual({
      activities: { create: 0, update: 0, unchanged: 3 },
      reports: { create: 0, unchanged: 2, none: 1 },
      organisations: 3,
    });
    expect(s.dump()).toBe(before);
  });

  test('--dry-run plans the same counts and writes nothing', async () => {
    const before = s.dump();
    const outcome = await run(s, await csvRows(GOOD), { dryRun: true });
    expect(outcome.kind).toBe('planned');
    if (outcome.kind !== 'planned') return;
    expect(outcome.plan.counts.activities.create).toBe(3);
    expect(outcome.plan.rows.map((r) => [r.row, r.organisation, r.activity, r.report])).toEqual([
      [2, 'Fritidsförvaltningen', 'create', 'create'],
      [3, 'Miljöförvaltningen', 'create', 'none'],
      [4, 'MKB Fastighets AB', 'create', 'create'],
    ]);
    expect(s.dump()).toBe(before);
  });

  test('a changed row updates the activity and appends a report; history is kept', async () => {
    await run(s, await csvRows(GOOD));
    const changed = GOOD.map((r) => [...r]);
    changed[3] = [
      'MKB Fastighets AB',
      '6',
      'I samverkan',
      'MKB-metoden',
      'Ny beskrivning',
      '',
      '',
      '',
      'Genomförd',
      'Klart.',
      '',
      '',
    ];
    const outcome = await run(s, await csvRows(changed));
    expect(outcome.kind === 'imported' && outcome.plan.counts.activities).toEqual({
      create: 0,
      update: 1,
      unchanged: 2,
    });
    const mkb = (await s.store.activities.list({ organisationId: 'mkb-fastighets-ab' }))[0];
    expect(mkb).toMatchObject({ description: 'Ny beskrivning', version: 2 });
    expect((await s.store.reports.history(mkb?.id ?? '')).map((r) => r.status)).toEqual([
      'pagar',
      'genomford',
    ]);
  });

  test('title lines above the header (as Stratsys writes them) are skipped', async () => {
    const rows = await csvRows([
      ['Handlingsplan 2023–2026'],
      ['Utskriven 2024-05-01'],
      [],
      ...GOOD,
    ]);
    const outcome = await run(s, rows, { dryRun: true });
    expect(outcome.kind === 'planned' && outcome.plan.rows.map((r) => r.row)).toEqual([5, 6, 7]);
  });

  test('with no round at all, a file without reports imports its activities; one with reports is refused', async () => {
    const empty = await openImportStore({ round: false });
    try {
      const plain = await csvRows(GOOD.map((r) => r.slice(0, 8)));
      const outcome = await importTable(empty.store, importClock, plain, {
        dryRun: false,
        importer,
      });
      expect(
        outcome.kind === 'imported' && [outcome.plan.round, outcome.plan.counts.activities.create],
      ).toEqual([null, 3]);
      const before = empty.dump();
      expect(
        await importTable(empty.store, importClock, await csvRows(GOOD), {
          dryRun: false,
          importer,
        }),
      ).toEqual({
        kind: 'no-round',
        requested: null,
      });
      expect(empty.dump()).toBe(before);
      const exported = await loadExportTable(empty.store, importClock);
      expect(
        'kind' in exported ? exported : [exported.round, exported.summary, exported.table.length],
      ).toEqual([null, null, 4]);
    } finally {
      await empty.close();
    }
  });

  test('an XLSX file imports like the CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    for (const row of GOOD) sheet.addRow(row);
    sheet.getCell('B2').value = 3;
    sheet.getCell('G2').value = new Date(Date.UTC(2023, 8, 1));
    const rows = await readTableFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    const outcome = await run(s, rows);
    expect(outcome.kind === 'imported' && outcome.plan.counts.activities.create).toBe(3);
    const fritid = (await s.store.activities.list({ organisationId: 'fritidsforvaltningen' }))[0];
    expect(fritid?.startDate).toBe('2023-09-01');
  });

  test('a round can be chosen by id or title; an unknown round stores nothing', async () => {
    expect(
      (await run(s, await csvRows(GOOD), { round: 'halvtidsuppföljning 2024', dryRun: true })).kind,
    ).toBe('planned');
    const before = s.dump();
    expect(await run(s, await csvRows(GOOD), { round: 'Möte mars 2031' })).toEqual({
      kind: 'no-round',
      requested: 'Möte mars 2031',
    });
    expect(s.dump()).toBe(before);
  });
});

describe('bad files: all or nothing, with the rows and reasons in Swedish', () => {
  const withRow = (index: number, column: string, value: string) =>
    GOOD.map((r, i) => (i === index ? r.map((c, j) => (HEADER[j] === column ? value : c)) : r));

  test.each<[string, string[][], string[]]>([
    [
      'unknown organisation',
      withRow(2, 'Förvaltning', 'Fritidsförvaltningarna'),
      ['Rad 3: Förvaltningen "Fritidsförvaltningarna" finns inte. Menade du Fritidsförvaltningen?'],
    ],
    [
      'goal 7',
      withRow(1, 'Inriktningsmål', '7'),
      ['Rad 2: Inriktningsmål 7 finns inte (planen har inriktningsmål 1–6).'],
    ],
    [
      'missing column',
      GOOD.map((r) => r.filter((_, j) => HEADER[j] !== 'Rubrik')),
      ['Rad 1: Kolumnen "Rubrik" saknas.'],
    ],
    [
      'wrong status',
      withRow(3, 'Status', 'Klart snart'),
      [
        'Rad 4: Statusen "Klart snart" är okänd. Använd Ej påbörjad, Pågår, Pågår med avvikelse, Framflyttad, Genomförd eller Avbruten (tomt = ej rapporterad).',
      ],
    ],
    [
      'several problems at once',
      withRow(1, 'Slut', '31/12/2025').map((r, i) =>
        i === 3 ? r.map((c, j) => (j === 7 ? '2023-02-30' : c)) : r,
      ),
      [
        'Rad 2: Slut "31/12/2025" är inget datum (skriv ÅÅÅÅ-MM-DD).',
        'Rad 4: Slut "2023-02-30" är inget datum (skriv ÅÅÅÅ-MM-DD).',
      ],
    ],
    [
      'an unknown target group and a duplicate row',
      [...withRow(2, 'Målgrupper', 'Seniorer'), GOOD[1] ?? []],
      [
        'Rad 3: Målgruppen "Seniorer" finns inte i planen. Menade du Äldre eller Barn?',
        'Rad 5: Samma aktivitet som på rad 2.',
      ],
    ],
  ])('%s', async (_name, table, expected) => {
    const before = s.dump();
    const outcome = await run(s, await csvRows(table));
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.errors.map(formatRowError)).toEqual(expected);
    expect(s.dump()).toBe(before);
  });

  test('broken quoting is refused before anything is read into the store', async () => {
    const before = s.dump();
    const text =
      '\uFEFFFörvaltning;Inriktningsmål;Rubrik;Aktivitet\r\nMiljö;3;I samverkan;Tillsyn\r\nMiljö;3;I samverkan;"Ej stängt\r\n';
    const error = await readTableFile(Buffer.from(text, 'utf8')).then(
      () => new Error('read'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toBe(
      'Rad 3: Raden kunde inte läsas: ett citattecken (") är inte rätt avslutat. Ett fält med semikolon, citattecken eller radbrytning ska omges av citattecken, och citattecken i fältet skrivs dubbelt ("").',
    );
    expect(s.dump()).toBe(before);
  });
});

describe('export re-imports', () => {
  test.each(['csv', 'xlsx'] as const)(
    'round trip through %s: export → import into an empty store → export gives the same rows',
    async (format) => {
      const fixture = readFileSync(
        join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv'),
      );
      expect((await run(s, await readTableFile(fixture))).kind).toBe('imported');
      const first = await loadExportTable(s.store, importClock);
      if ('kind' in first) throw new Error('no round');
      const file = await writeTableFile(first.table, format);

      const empty = await openImportStore();
      try {
        const outcome = await importTable(empty.store, importClock, await readTableFile(file), {
          dryRun: false,
          importer,
        });
        expect(outcome.kind === 'imported' && outcome.plan.counts.activities.create).toBe(
          first.table.length - 1,
        );
        const second = await loadExportTable(empty.store, importClock);
        if ('kind' in second) throw new Error('no round');
        expect(second.table).toEqual(first.table);
      } finally {
        await empty.close();
      }
    },
  );
});
