import type { HeadingId, ReportOutcome, ReportStatus } from '../types';

/** One row of a spreadsheet as text cells; `row` is the row number a person sees (header = 1). */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A problem in an import file, in Swedish, with the row it is on (null: the file as a whole). */
export interface RowError {
  readonly row: number | null;
  readonly message: string;
}

/** An import file that could not be read at all (broken quoting, not a spreadsheet, past a limit). */
export class ImportFileError extends Error {
  constructor(readonly errors: readonly RowError[]) {
    super(errors.map(formatRowError).join('\n'));
    this.name = 'ImportFileError';
  }
}

export function formatRowError(error: RowError): string {
  return error.row === null ? error.message : `Rad ${String(error.row)}: ${error.message}`;
}

/** A status report as an import row states it. */
export interface ImportedReport {
  readonly status: ReportStatus;
  readonly done: string;
  readonly next: string;
  readonly reason: string;
  /** Local date `YYYY-MM-DD`, or null when the file gives none. */
  readonly reportDate: string | null;
  /**
   * The outcome (decision 0027): null when the outcome cells are empty; absent when the file
   * has no outcome columns (an older file: a Genomförd report keeps the outcome it has).
   */
  readonly outcome?: ReportOutcome | null;
}

/**
 * A validated row. Optional fields are undefined when the file has no such column: an
 * update then keeps what the store has.
 */
export interface ImportRow {
  readonly row: number;
  readonly organisationId: string;
  readonly goal: number;
  readonly heading: HeadingId;
  readonly title: string;
  readonly description?: string;
  readonly focusAreaIds?: readonly string[];
  readonly perspectiveIds?: readonly string[];
  readonly targetGroupIds?: readonly string[];
  readonly partners?: readonly string[];
  readonly owner?: string;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  /** Null: no report in the round (empty Status, ej rapporterad). */
  readonly report: ImportedReport | null;
}
