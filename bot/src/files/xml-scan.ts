/**
 * A small pull scanner for the XML parts of an .xlsx file: start tags, end tags and text, by
 * local name (any namespace prefix ignored). No DTDs (a DOCTYPE is refused, so no entity can
 * expand), only the five predefined entities and character references are decoded. Enough
 * for SpreadsheetML as Excel, LibreOffice, Google Sheets and the Open XML SDK write it.
 */

export type XmlToken =
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly attrs: string;
      readonly empty: boolean;
    }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

/** Thrown for markup the scanner does not read (broken tags, a DOCTYPE). */
export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlScanError';
  }
}

const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** Text or an attribute value with its entities and character references decoded. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (_all, named?: string, decimal?: string, hex?: string) => {
    if (named !== undefined) return NAMED[named] ?? '';
    if (decimal !== undefined) return codePoint(Number(decimal));
    return codePoint(Number.parseInt(hex ?? '0', 16));
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` (local name; a prefix such as `r:` is ignored), decoded. */
export function attribute(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  if (match === null) return undefined;
  return decodeXml(match[1] ?? match[2] ?? '');
}

/** The tokens of an XML document, one at a time. */
export class XmlScanner {
  private at = 0;

  constructor(private readonly xml: string) {}

  next(): XmlToken | null {
    const xml = this.xml;
    while (this.at < xml.length) {
      const start = this.at;
      if (xml.charCodeAt(start) !== 0x3c /* < */) {
        const end = xml.indexOf('<', start);
        this.at = end === -1 ? xml.length : end;
        return { kind: 'text', text: decodeXml(xml.slice(start, this.at)) };
      }
      if (xml.startsWith('<!--', start)) {
        this.at = this.skipPast('-->', start);
        continue;
      }
      if (xml.startsWith('<?', start)) {
        this.at = this.skipPast('?>', start);
        continue;
      }
      if (xml.startsWith('<![CDATA[', start)) {
        this.at = this.skipPast(']]>', start);
        return { kind: 'text', text: xml.slice(start + 9, this.at - 3) };
      }
      if (xml.startsWith('<!', start)) throw new XmlScanError('DOCTYPE or declaration');
      TAG.lastIndex = start;
      const match = TAG.exec(xml);
      if (match === null) throw new XmlScanError(`broken tag at ${String(start)}`);
      this.at = TAG.lastIndex;
      const name = match[2] ?? '';
      if (match[1] === '/') return { kind: 'close', name };
      return { kind: 'open', name, attrs: match[3] ?? '', empty: match[4] === '/' };
    }
    return null;
  }

  private skipPast(marker: string, from: number): number {
    const end = this.xml.indexOf(marker, from);
    if (end === -1) throw new XmlScanError(`unterminated ${marker}`);
    return end + marker.length;
  }
}
