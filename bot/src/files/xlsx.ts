/** XLSX files written through exceljs (reading is xlsx-read.ts, under the import limits). */
import ExcelJS from 'exceljs';
import { exportCell } from './formula-escape';

export interface Sheet {
  readonly name: string;
  /** Header row first. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Tables (header first) as a workbook, one sheet each, headers bold and frozen. The first sheet
 * is what import reads. Every cell is cleaned (a stored text with a character XML forbids
 * would make the file ill-formed) and formula-like cells are neutralised (OWASP).
 */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samordna';
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row.map((cell) => exportCell(cell)));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 24;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
