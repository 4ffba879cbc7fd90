/**
 * Rows read from an import file, collected under the import limits (rows, columns, cells,
 * characters per cell): the first row past a limit stops the reading with a Swedish message,
 * so a huge file costs no more than the limit. Readers hand the event loop back every
 * `PAUSE_EVERY_ROWS` rows (`nextTurn`), so the server keeps answering while a file is read.
 */
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../domain/import/import-limits';
import { ImportFileError, type RawRow } from '../domain/import/import-types';
import { unescapeFormula } from './formula-escape';

export const PAUSE_EVERY_ROWS = 500;

/** Lets other requests run (timers, I/O) before the work goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function refuse(message: string): never {
  throw new ImportFileError([{ row: null, message }]);
}

export class TableCollector {
  readonly rows: RawRow[] = [];
  private cells = 0;
  private records = 0;

  /** Adds one record (row `row` as a spreadsheet numbers it); throws ImportFileError past a limit. */
  add(row: number, cells: readonly string[]): void {
    this.records += 1;
    if (this.records > IMPORT_LIMITS.rows || row > IMPORT_LIMITS.rows)
      refuse(LIMIT_MESSAGES.rows());
    if (cells.length > IMPORT_LIMITS.columns) refuse(LIMIT_MESSAGES.columns(row));
    this.cells += cells.length;
    if (this.cells > IMPORT_LIMITS.cells) refuse(LIMIT_MESSAGES.cells());
    for (const cell of cells) {
      if (cell.length > IMPORT_LIMITS.cellChars) refuse(LIMIT_MESSAGES.cellChars(row));
    }
    this.rows.push({ row, cells: cells.map(unescapeFormula) });
  }

  /** True every `PAUSE_EVERY_ROWS` records: time to `await nextTurn()`. */
  get pauseDue(): boolean {
    return this.records % PAUSE_EVERY_ROWS === 0;
  }
}
