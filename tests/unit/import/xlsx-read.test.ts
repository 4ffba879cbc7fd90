/**
 * The XLSX reader (bot/src/files/xlsx-read.ts) on files built part by part: what Excel, the
 * Open XML SDK and LibreOffice write, and what an attacker writes — a zip bomb, a directory
 * that lies, too many parts, a DOCTYPE — each refused with a Swedish message and without
 * inflating what it refuses.
 */
import ExcelJS from 'exceljs';
import { ImportFileError } from '../../../bot/src/domain/import/import-types';
import { readTableFile } from '../../../bot/src/files/table-file';
import { readZipDirectory } from '../../../bot/src/files/zip-directory';
import { part, repeatedPart, workbookParts, zip, type ZipPart } from '../../helpers/xlsx-parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function sharedStrings(items: readonly string[]): ZipPart {
  return part(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${items.join('')}</sst>`,
  );
}

function styles(xfs: string, numFmts = ''): ZipPart {
  return part(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts>${numFmts}</numFmts><cellXfs>${xfs}</cellXfs></styleSheet>`,
  );
}

async function refusal(bytes: Buffer): Promise<string[]> {
  const error = await readTableFile(bytes).catch((e: unknown) => e);
  if (!(error instanceof ImportFileError)) throw new Error(`not refused: ${String(error)}`);
  return error.errors.map((e) => e.message);
}

describe('reading XLSX as programs write it', () => {
  test('shared strings with rich text and phonetic runs, inline strings, numbers, booleans, dates', async () => {
    const file = zip([
      ...workbookParts({
        sheet:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline &amp; rad</t></is></c></row>' +
          '<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3" s="2"><v>45000.75</v></c><c r="C3"><v>3</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="str"><f>A1</f><v>Formel</v></c><c r="H3" s="3"/></row>',
      }),
      sharedStrings([
        '<si><t xml:space="preserve">Förvaltning</t></si>',
        '<si><r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> och vanlig_x000D_</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
      ]),
      styles(
        '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/>',
        '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>',
      ),
    ]);
    expect(await readTableFile(file)).toEqual([
      { row: 1, cells: ['Förvaltning', 'Fet och vanlig\r', 'Inline & rad'] },
      { row: 3, cells: ['2023-03-15', '2023-03-15', '3', 'true', '', 'Formel'] },
    ]);
  });

  test('the Open XML SDK’s x: prefix, cells without references, and the 1904 date system', async () => {
    const file = zip([
      ...workbookParts({
        prefix: 'x',
        date1904: true,
        sheet: '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c></x:row>',
      }),
      sharedStrings(['<si><t>Miljö</t></si>']),
      styles('<xf numFmtId="0"/><xf numFmtId="14"/>'),
    ]);
    expect(await readTableFile(file)).toEqual([{ row: 1, cells: ['Miljö', '1904-01-01'] }]);
  });

  test('a workbook exceljs writes reads as before (text, numbers, dates, empty cells keep the width)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Handlingsplan');
    sheet.addRow(['Förvaltning', 'Inriktningsmål', 'Start', 'Beskrivning', '']);
    sheet.addRow(['Miljöförvaltningen', 3, new Date(Date.UTC(2023, 0, 15)), 'Två\nrader', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readTableFile(bytes)).toEqual([
      { row: 1, cells: ['Förvaltning', 'Inriktningsmål', 'Start', 'Beskrivning', ''] },
      { row: 2, cells: ['Miljöförvaltningen', '3', '2023-01-15', 'Två\nrader', ''] },
    ]);
  });

  test('formatted empty cells far to the right are ignored; text there is refused', async () => {
    const wide = zip([
      ...workbookParts({
        sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" s="1"/></row>',
      }),
    ]);
    expect(await readTableFile(wide)).toEqual([{ row: 1, cells: ['a'] }]);
    const text = zip([
      ...workbookParts({
        sheet: '<row r="7"><c r="CW7" t="inlineStr"><is><t>b</t></is></c></row>',
      }),
    ]);
    expect(await refusal(text)).toEqual([
      'Rad 7 har fler än 100 kolumner. Ta bort tomma eller okända kolumner.',
    ]);
  });
});

describe('refusing what is not a plain spreadsheet', () => {
  test('a zip bomb is refused from its directory, before anything is inflated', async () => {
    // 400 MB of "A" in the shared strings, about 400 KB compressed.
    const bomb = await repeatedPart(
      'xl/sharedStrings.xml',
      `<sst xmlns="${MAIN}"><si><t>`,
      'A',
      400 * 1024 * 1024,
      '</t></si></sst>',
    );
    const file = zip([...workbookParts({ sheet: '<row r="1"><c t="s"><v>0</v></c></row>' }), bomb]);
    expect(file.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    expect(await refusal(file)).toEqual([
      'Excel-filen packas upp till mer än 40 MB och läses inte. Spara bara bladet med aktiviteterna, eller dela upp filen.',
    ]);
    // Nothing near the 400 MB was allocated.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024);
  }, 30_000);

  test('a part that inflates far more than 200 times is refused even under the size limit', async () => {
    const dense = await repeatedPart(
      'xl/sharedStrings.xml',
      '<sst><si><t>',
      'A',
      30 * 1024 * 1024,
      '</t></si></sst>',
    );
    expect(await refusal(zip([...workbookParts({ sheet: '' }), dense]))).toEqual([
      'Excel-filen är packad på ett sätt som inte liknar ett vanligt kalkylark (den växer mer än 200 gånger när den packas upp) och läses inte.',
    ]);
  });

  test('a directory that says a part is small while it inflates further is caught while inflating', async () => {
    const big = await repeatedPart(
      'xl/sharedStrings.xml',
      '<sst><si><t>',
      'A',
      5 * 1024 * 1024,
      '</t></si></sst>',
    );
    const lying: ZipPart = { ...big, declaredSize: 1000 };
    const file = zip([
      ...workbookParts({ sheet: '<row r="1"><c t="s"><v>0</v></c></row>' }),
      lying,
    ]);
    expect(
      readZipDirectory(file).find((e) => e.name === 'xl/sharedStrings.xml')?.uncompressedSize,
    ).toBe(1000);
    expect(await refusal(file)).toEqual([
      'Excel-filen packas upp till mer än den själv anger och läses inte. Spara den på nytt i Excel och försök igen.',
    ]);
  });

  test('more than 1,000 parts are refused', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => part(`extra/${String(i)}.xml`, '<a/>'));
    expect(await refusal(zip([...workbookParts({ sheet: '' }), ...parts]))).toEqual([
      'Excel-filen innehåller fler än 1\u00a0000 delar och läses inte.',
    ]);
  });

  test('a DOCTYPE (entity expansion) and broken markup are "not an Excel file"', async () => {
    const doctype = zip([
      ...workbookParts({ sheet: '' }).filter((p) => p.name !== 'xl/worksheets/sheet1.xml'),
      part(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>',
      ),
    ]);
    expect(await refusal(doctype)).toEqual(['Filen kunde inte läsas som en Excel-fil (.xlsx).']);
    const broken = zip([
      ...workbookParts({ sheet: '' }).filter((p) => p.name !== 'xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s></row>'),
    ]);
    expect(await refusal(broken)).toEqual(['Filen kunde inte läsas som en Excel-fil (.xlsx).']);
  });

  test('more than 20,000 rows are refused at the first row past the limit', async () => {
    const rows = Array.from(
      { length: 20_001 },
      (_, i) => `<row r="${String(i + 1)}"><c t="inlineStr"><is><t>r</t></is></c></row>`,
    ).join('');
    expect(await refusal(zip(workbookParts({ sheet: rows })))).toEqual([
      'Filen har fler än 20\u00a0000 rader. Dela upp den i flera filer med högst 20\u00a0000 rader var.',
    ]);
  });
});
