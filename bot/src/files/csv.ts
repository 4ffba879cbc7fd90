/**
 * CSV as Swedish Excel writes it: semicolon-separated (comma detected too), UTF-8 with or
 * without BOM (Windows-1252 when the bytes are not UTF-8), CRLF or LF, quoted fields with
 * separators, quotes and line breaks. Parsing uses csv-parse; broken quoting is a row error.
 */
import { CsvError, parse, type Parser } from 'csv-parse';
import { ImportFileError, type RawRow } from '../domain/import/import-types';
import { exportCell } from './formula-escape';
import { nextTurn, TableCollector } from './table-collector';

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

/**
 * Bytes parsed per slice; the event loop is handed back between slices. csv-parse costs some
 * 10–40 µs a record, and a slice of 1 KB holds at most ~340 records (of one character).
 */
const SLICE_BYTES = 1024;

function brokenQuoting(error: CsvError): ImportFileError {
  const records = typeof error.records === 'number' ? error.records : 0;
  return new ImportFileError([
    {
      row: records + 1,
      message:
        'Raden kunde inte läsas: ett citattecken (") är inte rätt avslutat. Ett fält med semikolon, citattecken eller radbrytning ska omges av citattecken, och citattecken i fältet skrivs dubbelt ("").',
    },
  ]);
}

/**
 * Feeds one slice to the parser. csv-parse builds an Error for every record whose length
 * differs from the first one's (and throws it away under relax_column_count): with its stack
 * trace that costs ~50 µs a record, so a file of one-column rows under a four-column header
 * would hold the event loop. The stack is not needed: none is captured while the slice is parsed
 * (synchronously; nothing else runs meanwhile).
 */
function writeQuickly(parser: Parser, slice: Buffer): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parser.write(slice);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Rows of a CSV file; a record's row number is its position as a spreadsheet shows it (header
 * = 1). Parsed in slices that hand the event loop back, under the import limits (the first
 * row past a limit stops the parsing); a formula escape written by export is taken off again.
 */
export async function parseCsv(bytes: Uint8Array): Promise<RawRow[]> {
  const text = decodeCsv(bytes);
  const table = new TableCollector();
  let refused: unknown = null;
  let failed: unknown = null;
  const parser = parse({
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    // Like Excel: a quote inside an unquoted field is just a character.
    relax_quotes: true,
    skip_empty_lines: false,
    // Each record goes straight to the collector; the stream itself carries none.
    on_record: (cells: string[], info: { records: number }) => {
      if (refused === null) {
        try {
          table.add(info.records, cells);
        } catch (error) {
          refused = error;
        }
      }
      return null;
    },
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('close', resolve);
  });
  parser.on('error', (error) => {
    failed = error;
  });
  parser.resume();
  // UTF-8 bytes, so a slice boundary inside a character is csv-parse's to join again.
  const data = Buffer.from(text, 'utf8');
  for (let at = 0; at < data.length && refused === null && failed === null; at += SLICE_BYTES) {
    writeQuickly(parser, data.subarray(at, at + SLICE_BYTES));
    await nextTurn();
  }
  if (refused === null && failed === null) {
    parser.end();
    await ended;
  } else parser.destroy();
  if (refused !== null) throw refused;
  if (failed instanceof CsvError) throw brokenQuoting(failed);
  if (failed !== null) throw failed;
  return table.rows;
}

function quote(cell: string, delimiter: string): string {
  const safe = exportCell(cell);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A table as Swedish Excel's "CSV UTF-8": BOM, semicolons, CRLF. Every cell is cleaned (no
 * character XML forbids, no bidi control) and formula-like cells are neutralised (OWASP).
 */
export function writeCsv(table: readonly (readonly string[])[]): Buffer {
  const lines = table.map((row) => row.map((cell) => quote(cell, ';')).join(';'));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
