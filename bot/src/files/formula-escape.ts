/**
 * CSV and spreadsheet injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`,
 * `-`, `@`, a tab, a carriage return or a line feed may be run as a formula by Excel or
 * LibreOffice. Export writes such cells with a leading apostrophe; import takes exactly that
 * apostrophe off again, so the product imports its own export unchanged. A text that already
 * starts with apostrophes before such a character gets one more, so the round trip is exact.
 */
import { cleanText } from '../domain/text/clean-text';

const NEEDS_ESCAPE = /^'*[=+\-@\t\r\n]/;
const ESCAPED = /^'(?='*[=+\-@\t\r\n])/;

/** The cell as written to a CSV or XLSX file: a formula-like start gets a leading `'`. */
export function escapeFormula(cell: string): string {
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

/** The cell as read from a file: the apostrophe `escapeFormula` added is removed. */
export function unescapeFormula(cell: string): string {
  return cell.replace(ESCAPED, '');
}

/**
 * A text as every export writes it (CSV, XLSX): cleaned first — a stored legacy text with a
 * character XML forbids or a bidi control must not break or disguise the file — then escaped.
 */
export function exportCell(cell: string): string {
  return escapeFormula(cleanText(cell));
}
