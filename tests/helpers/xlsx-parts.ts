/**
 * Builds .xlsx files part by part for tests that need what no spreadsheet program writes: a
 * zip bomb (a shared-strings part that inflates to gigabytes, deflated as a stream so the test
 * never holds it), a central directory that lies about sizes, namespace prefixes, inline
 * strings. A plain zip writer (stored local headers, deflate, central directory, end record).
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  readonly compressed: Buffer;
  readonly crc: number;
  readonly size: number;
  /** The uncompressed size the central directory and local header declare (default: size). */
  readonly declaredSize?: number;
}

export function part(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * A part of `prefix`, then `fillBytes` bytes of `fill`, then `suffix`, deflated as a stream
 * (level 9: about 1,030 to 1 on repeated bytes) without ever holding the whole text.
 */
export async function repeatedPart(
  name: string,
  prefix: string,
  fill: string,
  fillBytes: number,
  suffix: string,
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const write = (bytes: Buffer): Promise<void> =>
    new Promise((resolve) => {
      if (deflate.write(bytes)) resolve();
      else deflate.once('drain', () => resolve());
    });
  let crc = 0;
  const head = Buffer.from(prefix, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const block = Buffer.alloc(16 * 1024 * 1024, fill);
  await write(head);
  crc = crc32(head, crc);
  for (let left = fillBytes; left > 0; left -= block.length) {
    const chunk = left >= block.length ? block : block.subarray(0, left);
    crc = crc32(chunk, crc);
    await write(chunk);
  }
  await write(tail);
  crc = crc32(tail, crc);
  deflate.end();
  await done;
  return {
    name,
    compressed: Buffer.concat(out),
    crc,
    size: head.length + fillBytes + tail.length,
  };
}

/** The zip container of the parts (deflate, no data descriptors, no zip64). */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc >>> 0, 16);
    entry.writeUInt32LE(p.compressed.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.compressed);
    central.push(entry, name);
    offset += local.length + name.length + p.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around one sheet (and shared strings / styles when given). */
export function workbookParts(options: {
  sheet: string;
  prefix?: string;
  date1904?: boolean;
}): ZipPart[] {
  const x = options.prefix === undefined ? '' : `${options.prefix}:`;
  const ns = options.prefix === undefined ? 'xmlns' : `xmlns:${options.prefix}`;
  return [
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns}="${MAIN}" xmlns:r="${REL}">${options.date1904 === true ? `<${x}workbookPr date1904="1"/>` : ''}<${x}sheets><${x}sheet name="Blad1" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns}="${MAIN}"><${x}sheetData>${options.sheet}</${x}sheetData></${x}worksheet>`,
    ),
  ];
}
