/**
 * The limits of an import file, in one place, with their Swedish messages. They apply to the
 * tab's upload and to `npm run import` alike. A file past a limit is refused as a whole, with
 * the limit named, before any of it is validated or stored. Pure.
 */

export const IMPORT_LIMITS = {
  /** Bytes of an uploaded (or given) file. */
  fileBytes: 2 * 1024 * 1024,
  /** Rows of the sheet or CSV, header and blank rows included. */
  rows: 20_000,
  /** Columns of one row (the import has 17; exports from Stratsys carry a few more). */
  columns: 100,
  /** Cells of the whole file. */
  cells: 500_000,
  /** Characters of one cell (Excel's own limit). */
  cellChars: 32_767,
  /** XLSX: entries in the zip container (a workbook has a dozen or two). */
  zipEntries: 1_000,
  /** XLSX: bytes of the parts read (workbook, styles, shared strings, first sheet), uncompressed. */
  xlsxUncompressedBytes: 40 * 1024 * 1024,
  /** XLSX: how far one part may inflate (uncompressed / compressed) when it is larger than 1 MB. */
  xlsxCompressionRatio: 200,
  /** Row errors listed one by one; the rest are counted ("… och 58 900 fel till."). */
  listedErrors: 200,
} as const;

const swedishNumber = new Intl.NumberFormat('sv-SE');

/** A number as Swedish text writes it: 58 900 (a no-break space between thousands). */
export function svNumber(value: number): string {
  return swedishNumber.format(value);
}

function megabytes(bytes: number): string {
  return `${svNumber(Math.round(bytes / (1024 * 1024)))} MB`;
}

/** The Swedish message of each refusal at a limit. */
export const LIMIT_MESSAGES = {
  fileBytes: (): string => `Filen är för stor (högst ${megabytes(IMPORT_LIMITS.fileBytes)}).`,
  rows: (): string =>
    `Filen har fler än ${svNumber(IMPORT_LIMITS.rows)} rader. Dela upp den i flera filer med högst ${svNumber(IMPORT_LIMITS.rows)} rader var.`,
  columns: (row: number): string =>
    `Rad ${svNumber(row)} har fler än ${svNumber(IMPORT_LIMITS.columns)} kolumner. Ta bort tomma eller okända kolumner.`,
  cells: (): string =>
    `Filen har fler än ${svNumber(IMPORT_LIMITS.cells)} celler. Dela upp den i flera filer.`,
  cellChars: (row: number): string =>
    `Rad ${svNumber(row)} har en cell med fler än ${svNumber(IMPORT_LIMITS.cellChars)} tecken.`,
  zipEntries: (): string =>
    `Excel-filen innehåller fler än ${svNumber(IMPORT_LIMITS.zipEntries)} delar och läses inte.`,
  xlsxUncompressed: (): string =>
    `Excel-filen packas upp till mer än ${megabytes(IMPORT_LIMITS.xlsxUncompressedBytes)} och läses inte. Spara bara bladet med aktiviteterna, eller dela upp filen.`,
  xlsxRatio: (): string =>
    'Excel-filen är packad på ett sätt som inte liknar ett vanligt kalkylark (den växer mer än 200 gånger när den packas upp) och läses inte.',
  xlsxInflatesFurther: (): string =>
    'Excel-filen packas upp till mer än den själv anger och läses inte. Spara den på nytt i Excel och försök igen.',
  moreErrors: (count: number): string => `… och ${svNumber(count)} fel till.`,
} as const;
