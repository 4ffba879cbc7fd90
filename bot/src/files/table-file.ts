/** Reads an uploaded or given import file: XLSX by its zip signature, otherwise CSV. */
import type { RawRow } from '../domain/import/import-types';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../domain/import/import-limits';
import { ImportFileError } from '../domain/import/import-types';
import { parseCsv, writeCsv } from './csv';
import { writeXlsx, type Sheet } from './xlsx';
import { parseXlsx } from './xlsx-read';

export type TableFormat = 'xlsx' | 'csv';

/** True for a zip container (an .xlsx file starts with "PK\x03\x04"). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Rows of a CSV or XLSX file, under the import limits (import-limits.ts). Throws
 * ImportFileError with a Swedish message when unreadable or past a limit.
 */
export async function readTableFile(bytes: Uint8Array): Promise<RawRow[]> {
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes)
    throw new ImportFileError([{ row: null, message: LIMIT_MESSAGES.fileBytes() }]);
  return looksLikeXlsx(bytes) ? parseXlsx(bytes) : parseCsv(bytes);
}

/**
 * The activities table (header first) as a file of the format. XLSX also gets the `extra`
 * sheets after it (e.g. the follow-up's figures); CSV holds the activities only.
 */
export async function writeTableFile(
  table: readonly (readonly string[])[],
  format: TableFormat,
  extra: readonly Sheet[] = [],
): Promise<Buffer> {
  return format === 'xlsx'
    ? writeXlsx([{ name: 'Aktiviteter', rows: table }, ...extra])
    : writeCsv(table);
}

/** The format a file name asks for, or undefined. */
export function formatOf(fileName: string): TableFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** An export: the activities, and in XLSX the follow-up's figures as a "Sammanställning" sheet. */
export async function writeExportFile(
  result: { table: readonly (readonly string[])[]; summary: readonly (readonly string[])[] | null },
  format: TableFormat,
  /** The indicators' sheet (decision 0026), when the plan has indicators. */
  indicators: readonly (readonly string[])[] | null = null,
): Promise<Buffer> {
  const extra = result.summary === null ? [] : [{ name: 'Sammanställning', rows: result.summary }];
  if (indicators !== null) extra.push({ name: 'Mått', rows: indicators });
  return writeTableFile(result.table, format, extra);
}
