/** XLSX files through exceljs: the first worksheet as text rows, and a table as a workbook. */
import ExcelJS from 'exceljs';
import { ImportFileError, type RawRow } from '../domain/import/import-types';

function dateText(date: Date): string {
  // Excel stores calendar dates; exceljs gives them as UTC midnight.
  return date.toISOString().slice(0, 10);
}

/** A cell's value as the text a person sees (dates as YYYY-MM-DD). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/** The first worksheet's rows, numbered as Excel numbers them. */
export async function parseXlsx(bytes: Uint8Array): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError([
      { row: 1, message: 'Filen kunde inte läsas som en Excel-fil (.xlsx).' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

export interface Sheet {
  readonly name: string;
  /** Header row first. */
  readonly rows: readonly (readonly string[])[];
}

/** Tables (header first) as a workbook, one sheet each, headers bold and frozen. The first sheet is what import reads. */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samordna';
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow([...row]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 24;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
