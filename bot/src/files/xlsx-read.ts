/**
 * Reads the first worksheet of an .xlsx file as text rows, under the import limits. The zip
 * directory is checked before anything is inflated (zip-directory.ts); only the parts needed
 * are inflated (workbook, its relationships, styles, shared strings, the first sheet), and the
 * sheet is read in slices that hand the event loop back, so a big file neither blows up memory
 * nor stalls the server. Dates (numbers in a date format) come out as `YYYY-MM-DD`, as the
 * import expects them.
 */
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../domain/import/import-limits';
import { ImportFileError, type RawRow } from '../domain/import/import-types';
import { nextTurn, TableCollector } from './table-collector';
import {
  dateStyles,
  folderOf,
  OFFICE_DOCUMENT,
  Package,
  relationships,
  relsPath,
  resolve,
  sharedStrings,
  StringItem,
  unescapeOoxml,
} from './xlsx-package';
import { attribute, XmlScanError, XmlScanner } from './xml-scan';
import { readZipDirectory, unreadable } from './zip-directory';

const DAY_MS = 86_400_000;

/** "AB12" → 28 (1-based column), or undefined without a reference. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = reference === undefined ? null : /^([A-Za-z]{1,3})\d*$/.exec(reference);
  if (letters === null) return undefined;
  let column = 0;
  for (const char of (letters[1] ?? '').toUpperCase())
    column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

function serialDate(value: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const time = epoch + Math.round(value * DAY_MS);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : '';
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

interface SheetCell {
  readonly type: string;
  readonly style: number;
  value: string;
  inline: string;
  /** The cell has a value element (`<v>` or `<is>`), possibly an empty text. */
  hasValue: boolean;
}

/** A cell's text as a person sees it, from its type, style and value. */
function cellText(cell: SheetCell, context: SheetContext): string {
  switch (cell.type) {
    case 's':
      return context.strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return cell.inline;
    case 'str':
      return unescapeOoxml(cell.value);
    case 'b':
      return cell.value === '1' ? 'true' : cell.value === '0' ? 'false' : '';
    case 'e':
      return '';
    case 'd':
      return cell.value.slice(0, 10);
    default: {
      if (cell.value.trim() === '') return '';
      const number = Number(cell.value);
      if (!Number.isFinite(number)) return cell.value;
      return context.dates[cell.style] === true
        ? serialDate(number, context.date1904)
        : String(number);
    }
  }
}

async function readSheet(xml: string, context: SheetContext): Promise<RawRow[]> {
  const table = new TableCollector();
  const scanner = new XmlScanner(xml);
  const inline = new StringItem();
  let rowNumber = 0;
  let cells: string[] | null = null;
  let column = 0;
  let cell: SheetCell | null = null;
  let inValue = false;
  let inInline = false;
  const finishCell = (): void => {
    if (cells === null || cell === null) return;
    const text = cellText(cell, context);
    // Formatted empty cells far to the right are common and harmless; text there is not.
    if (text !== '' && column > IMPORT_LIMITS.columns)
      throw new ImportFileError([{ row: null, message: LIMIT_MESSAGES.columns(rowNumber) }]);
    // A cell with a value (an empty text too) counts for the row's width, as Excel shows it.
    if ((text !== '' || cell.hasValue) && column <= IMPORT_LIMITS.columns) {
      while (cells.length < column) cells.push('');
      cells[column - 1] = text;
    }
    cell = null;
  };
  const finishRow = async (): Promise<void> => {
    if (cells === null) return;
    if (cells.length > 0) {
      table.add(rowNumber, cells);
      if (table.pauseDue) await nextTurn();
    }
    cells = null;
  };
  for (let token = scanner.next(); token !== null; token = scanner.next()) {
    if (inInline) {
      const text = inline.feed(token, 'is');
      if (text !== undefined && cell !== null) {
        cell.inline = text;
        inInline = false;
      }
      continue;
    }
    if (token.kind === 'open') {
      if (token.name === 'row') {
        await finishRow();
        rowNumber = Number(attribute(token.attrs, 'r') ?? rowNumber + 1) || rowNumber + 1;
        cells = [];
        column = 0;
        if (token.empty) await finishRow();
      } else if (token.name === 'c' && cells !== null) {
        column = columnOf(attribute(token.attrs, 'r')) ?? column + 1;
        cell = {
          type: attribute(token.attrs, 't') ?? 'n',
          style: Number(attribute(token.attrs, 's') ?? '0'),
          value: '',
          inline: '',
          hasValue: false,
        };
        if (token.empty) finishCell();
      } else if ((token.name === 'v' || token.name === 'is') && cell !== null) {
        cell.hasValue = true;
        if (token.name === 'v') inValue = !token.empty;
        else inInline = !token.empty;
      }
    } else if (token.kind === 'close') {
      if (token.name === 'v') inValue = false;
      else if (token.name === 'c') finishCell();
      else if (token.name === 'row') await finishRow();
    } else if (inValue && cell !== null) cell.value += token.text;
  }
  await finishRow();
  return table.rows;
}

/** The first worksheet's rows, numbered as Excel numbers them. */
export async function parseXlsx(bytes: Uint8Array): Promise<RawRow[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Package(buffer, readZipDirectory(buffer));
  try {
    const root = [...relationships(await files.text('_rels/.rels')).values()].find((r) =>
      OFFICE_DOCUMENT.test(r.type),
    );
    const workbookPath = resolve('', root?.target ?? 'xl/workbook.xml');
    const workbook = await files.text(workbookPath);
    if (workbook === null) throw unreadable();
    const rels = relationships(await files.text(relsPath(workbookPath)));
    let sheetId: string | undefined;
    let date1904 = false;
    const scanner = new XmlScanner(workbook);
    for (let token = scanner.next(); token !== null; token = scanner.next()) {
      if (token.kind !== 'open') continue;
      if (token.name === 'workbookPr') {
        const flag = attribute(token.attrs, 'date1904');
        date1904 = flag === '1' || flag === 'true';
      } else if (token.name === 'sheet' && sheetId === undefined) {
        sheetId = attribute(token.attrs, 'id');
      }
    }
    const base = folderOf(workbookPath);
    const sheetRel = sheetId === undefined ? undefined : rels.get(sheetId);
    if (sheetRel === undefined) return [];
    const partOf = (type: RegExp): string | undefined => {
      const rel = [...rels.values()].find((r) => type.test(r.type));
      return rel === undefined ? undefined : resolve(base, rel.target);
    };
    const stylesPath = partOf(/\/styles$/);
    const stringsPath = partOf(/\/sharedStrings$/);
    const context: SheetContext = {
      dates: dateStyles(stylesPath === undefined ? null : await files.text(stylesPath)),
      strings: await sharedStrings(
        stringsPath === undefined ? null : await files.text(stringsPath),
      ),
      date1904,
    };
    const sheet = await files.text(resolve(base, sheetRel.target));
    if (sheet === null) throw unreadable();
    return await readSheet(sheet, context);
  } catch (error) {
    if (error instanceof XmlScanError) throw unreadable();
    throw error;
  }
}
