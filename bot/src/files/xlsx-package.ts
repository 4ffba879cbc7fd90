/**
 * The parts of an .xlsx package the reader needs, inflated one at a time under the import limits
 * (zip-directory.ts): relationships, which cell styles are dates, the shared strings.
 */
import { nextTurn } from './table-collector';
import { attribute, XmlScanner } from './xml-scan';
import { readZipEntry, type ZipEntry } from './zip-directory';

export const OFFICE_DOCUMENT = /\/officeDocument$/;
/** Built-in number formats that show a date (ECMA-376 §18.8.30 and the East Asian ones). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export class Package {
  private readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Buffer,
    entries: readonly ZipEntry[],
  ) {
    this.entries = new Map(entries.map((e) => [e.name.replace(/^\//, '').toLowerCase(), e]));
  }

  async text(path: string): Promise<string | null> {
    const entry = this.entries.get(path.replace(/^\//, '').toLowerCase());
    if (entry === undefined) return null;
    return (await readZipEntry(this.bytes, entry)).toString('utf8');
  }
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The folder of a part ("xl/workbook.xml" → "xl/"). */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

export function relationships(xml: string | null): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  if (xml === null) return found;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== null; token = scanner.next()) {
    if (token.kind !== 'open' || token.name !== 'Relationship') continue;
    const id = attribute(token.attrs, 'Id');
    const type = attribute(token.attrs, 'Type') ?? '';
    const target = attribute(token.attrs, 'Target');
    if (id !== undefined && target !== undefined) found.set(id, { type, target });
  }
  return found;
}

export function relsPath(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Whether a custom number format shows a date: d, m or y outside quotes, escapes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,\s%E+-]*$/i.test(bare);
}

/** For each cell style (index into cellXfs): whether its number format is a date. */
export function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== null; token = scanner.next()) {
    if (token.kind === 'open' && token.name === 'numFmt') {
      const id = Number(attribute(token.attrs, 'numFmtId'));
      custom.set(id, isDateFormat(attribute(token.attrs, 'formatCode') ?? ''));
    } else if (token.kind === 'open' && token.name === 'cellXfs') inCellXfs = !token.empty;
    else if (token.kind === 'close' && token.name === 'cellXfs') inCellXfs = false;
    else if (token.kind === 'open' && token.name === 'xf' && inCellXfs) {
      const id = Number(attribute(token.attrs, 'numFmtId') ?? '0');
      styles.push(custom.get(id) ?? BUILT_IN_DATES.has(id));
    }
  }
  return styles;
}

/** OOXML's `_xHHHH_` escapes (how Excel writes control characters such as `_x000D_`). */
export function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    : text;
}

/**
 * The text of string items (`<si>` in sharedStrings, `<is>` inline): every `<t>`, phonetic
 * runs (`<rPh>`) left out. Calls `done` with each item's text when its element `end` closes.
 */
export class StringItem {
  private text = '';
  private inText = false;
  private phonetic = 0;

  /** Feeds one token; returns the item's text when `end` closes, else undefined. */
  feed(token: NonNullable<ReturnType<XmlScanner['next']>>, end: string): string | undefined {
    if (token.kind === 'open') {
      if (token.name === 'rPh' && !token.empty) this.phonetic += 1;
      else if (token.name === 't' && !token.empty) this.inText = this.phonetic === 0;
    } else if (token.kind === 'close') {
      if (token.name === 'rPh') this.phonetic -= 1;
      else if (token.name === 't') this.inText = false;
      else if (token.name === end) {
        const text = unescapeOoxml(this.text);
        this.text = '';
        return text;
      }
    } else if (this.inText) this.text += token.text;
    return undefined;
  }
}

export async function sharedStrings(xml: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (xml === null) return strings;
  const item = new StringItem();
  const scanner = new XmlScanner(xml);
  let inItem = false;
  for (let token = scanner.next(); token !== null; token = scanner.next()) {
    if (token.kind === 'open' && token.name === 'si') {
      if (token.empty) strings.push('');
      else inItem = true;
    } else if (inItem) {
      const text = item.feed(token, 'si');
      if (text !== undefined) {
        strings.push(text);
        inItem = false;
        if (strings.length % 5000 === 0) await nextTurn();
      }
    }
  }
  return strings;
}
