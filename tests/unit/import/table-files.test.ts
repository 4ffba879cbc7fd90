import ExcelJS from 'exceljs';
import { ImportFileError } from '../../../bot/src/domain/import/import-types';
import { writeCsv } from '../../../bot/src/files/csv';
import { readTableFile } from '../../../bot/src/files/table-file';

describe('reading CSV and XLSX files as people keep them', () => {
  test('semicolon CSV with BOM and CRLF, quoted separators, quotes and a multi-line cell', async () => {
    const text =
      '\uFEFFFörvaltning;Aktivitet;Rapporterat\r\n' +
      'Fritidsförvaltningen;"Kurs; del 1";"Rad ett\r\nrad två med ""citat"""\r\n' +
      'Miljö;Tillsyn;\r\n';
    expect(await readTableFile(Buffer.from(text, 'utf8'))).toEqual([
      { row: 1, cells: ['Förvaltning', 'Aktivitet', 'Rapporterat'] },
      { row: 2, cells: ['Fritidsförvaltningen', 'Kurs; del 1', 'Rad ett\r\nrad två med "citat"'] },
      { row: 3, cells: ['Miljö', 'Tillsyn', ''] },
    ]);
  });

  test('comma CSV without BOM and with LF is detected', async () => {
    const text = 'Förvaltning,Aktivitet\n"Hälsa-, vård- och omsorgsförvaltningen",Föreläsningar\n';
    expect(await readTableFile(Buffer.from(text, 'utf8'))).toEqual([
      { row: 1, cells: ['Förvaltning', 'Aktivitet'] },
      { row: 2, cells: ['Hälsa-, vård- och omsorgsförvaltningen', 'Föreläsningar'] },
    ]);
  });

  test('Windows-1252 CSV (older Excel) is read with its å, ä, ö', async () => {
    const bytes = Buffer.from('Förvaltning;Aktivitet\r\nMiljö;Tillsyn\r\n', 'latin1');
    expect((await readTableFile(bytes))[1]?.cells).toEqual(['Miljö', 'Tillsyn']);
  });

  test('broken quoting is an error on the row where it starts', async () => {
    const text = 'Förvaltning;Aktivitet\r\nMiljö;Tillsyn\r\nMiljö;"Ej stängt\r\nFritid;Kurs\r\n';
    const error = await readTableFile(Buffer.from(text, 'utf8')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).errors.map((e) => e.row)).toEqual([3]);
  });

  test('XLSX: the first sheet, text, numbers and dates as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Handlingsplan');
    sheet.addRow(['Förvaltning', 'Inriktningsmål', 'Start', 'Beskrivning']);
    sheet.addRow(['Miljöförvaltningen', 3, new Date(Date.UTC(2023, 0, 15)), 'Två\nrader']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readTableFile(bytes)).toEqual([
      { row: 1, cells: ['Förvaltning', 'Inriktningsmål', 'Start', 'Beskrivning'] },
      { row: 2, cells: ['Miljöförvaltningen', '3', '2023-01-15', 'Två\nrader'] },
    ]);
  });

  test('a broken XLSX is a Swedish error, not a crash', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    const error = await readTableFile(bytes).catch((e: unknown) => e);
    expect((error as ImportFileError).errors).toEqual([
      { row: null, message: 'Filen kunde inte läsas som en Excel-fil (.xlsx).' },
    ]);
  });
});

describe('writing CSV', () => {
  test('cells Excel would run as formulas (OWASP: = + - @ tab CR LF) are written as text and read back unchanged', async () => {
    const table = [
      ['Aktivitet', 'Beskrivning'],
      ['=HYPERLINK("http://x";"klicka")', '-1+2'],
      ['+46 40 34 10 00', '- en punkt; med semikolon'],
    ];
    const csv = writeCsv(table);
    expect(csv.toString('utf8')).toBe(
      '\uFEFFAktivitet;Beskrivning\r\n' +
        '"\'=HYPERLINK(""http://x"";""klicka"")";\'-1+2\r\n' +
        '\'+46 40 34 10 00;"\'- en punkt; med semikolon"\r\n',
    );
    expect((await readTableFile(csv)).map((r) => r.cells)).toEqual(table);
  });
});
