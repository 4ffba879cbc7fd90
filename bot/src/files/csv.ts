/**
 * CSV as Swedish Excel writes it: semicolon-separated (comma detected too), UTF-8 with or
 * without BOM (Windows-1252 when the bytes are not UTF-8), CRLF or LF, quoted fields with
 * separators, quotes and line breaks. Parsing uses csv-parse; broken quoting is a row error.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ImportFileError, type RawRow } from '../domain/import/import-types';

const BOM = '\uFEFF';

/** Text of a CSV file: UTF-8 (BOM removed), or Windows-1252 when the bytes are not valid UTF-8. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** ';' unless the first line (outside quotes) has more commas than semicolons. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/** Rows of a CSV file; a record's row number is its position as a spreadsheet shows it (header = 1). */
export function parseCsv(bytes: Uint8Array): RawRow[] {
  const text = decodeCsv(bytes);
  try {
    const records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      // Like Excel: a quote inside an unquoted field is just a character.
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return records.map((cells, i) => ({
      row: i + 1,
      cells: cells.map((cell) => cell.replace(ESCAPED_FORMULA, '')),
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const records = typeof error.records === 'number' ? error.records : 0;
    throw new ImportFileError([
      {
        row: records + 1,
        message:
          'Raden kunde inte läsas: ett citattecken (") är inte rätt avslutat. Ett fält med semikolon, citattecken eller radbrytning ska omges av citattecken, och citattecken i fältet skrivs dubbelt ("").',
      },
    ]);
  }
}

/**
 * Text Excel would run as a formula when it opens a CSV (=, +, @, or - before a digit, sign or
 * parenthesis). Export writes such cells with a leading apostrophe; import removes it again.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-[\d(=+-])/;
const ESCAPED_FORMULA = /^'(?=[=+@\t\r]|-[\d(=+-])/;

function quote(cell: string, delimiter: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table as Swedish Excel's "CSV UTF-8": BOM, semicolons, CRLF; formula-like cells neutralised. */
export function writeCsv(table: readonly (readonly string[])[]): Buffer {
  const lines = table.map((row) => row.map((cell) => quote(cell, ';')).join(';'));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
