/**
 * A zip container (an .xlsx file) read with care: the central directory is checked first —
 * entry count, the uncompressed sizes it declares and how far each part inflates — so a zip
 * bomb is refused before a single byte is inflated. Parts are then inflated one at a time on
 * zlib's thread pool, never beyond the size the directory declared (a directory that lies is
 * caught there). No temp files, nothing kept but the parts asked for.
 */
import { inflateRaw } from 'node:zlib';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../domain/import/import-limits';
import { ImportFileError } from '../domain/import/import-types';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** Parts smaller than this may inflate any amount (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** The refusal of a file that is not a readable .xlsx. */
export function unreadable(): ImportFileError {
  return new ImportFileError([
    { row: null, message: 'Filen kunde inte läsas som en Excel-fil (.xlsx).' },
  ]);
}

function refused(message: string): ImportFileError {
  return new ImportFileError([{ row: null, message }]);
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = bytes.length - END_RECORD_BYTES; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw unreadable();
}

/**
 * The central directory of a zip file, checked against the import limits: at most
 * `zipEntries` entries, at most `xlsxUncompressedBytes` declared in all, no part over 1 MB
 * inflating more than `xlsxCompressionRatio` times; no zip64, encryption or unknown method.
 * Throws ImportFileError with a Swedish message otherwise. Inflates nothing.
 */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < END_RECORD_BYTES) throw unreadable();
  const end = findEndOfDirectory(bytes);
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) throw unreadable();
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count > IMPORT_LIMITS.zipEntries) throw refused(LIMIT_MESSAGES.zipEntries());
  if (offset + size > end) throw unreadable();
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localHeaderOffset = bytes.readUInt32LE(at + 42);
    const encrypted = (flags & 1) !== 0;
    const zip64 = [compressedSize, uncompressedSize, localHeaderOffset].includes(0xffffffff);
    if (encrypted || zip64 || (method !== STORED && method !== DEFLATED)) throw unreadable();
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    total += uncompressedSize;
    if (total > IMPORT_LIMITS.xlsxUncompressedBytes)
      throw refused(LIMIT_MESSAGES.xlsxUncompressed());
    if (
      uncompressedSize > RATIO_FLOOR_BYTES &&
      uncompressedSize > Math.max(1, compressedSize) * IMPORT_LIMITS.xlsxCompressionRatio
    )
      throw refused(LIMIT_MESSAGES.xlsxRatio());
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateAtMost(data: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxOutputLength stops zlib the moment a part inflates past what the directory declared.
    inflateRaw(data, { maxOutputLength: Math.max(1, limit) }, (error, result) => {
      if (error === null) resolve(result);
      else reject(error);
    });
  });
}

/**
 * The bytes of one part, inflated on zlib's thread pool (the event loop stays free) and never
 * to more than the directory declared for it: a part that inflates further is refused.
 */
export async function readZipEntry(bytes: Buffer, entry: ZipEntry): Promise<Buffer> {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw unreadable();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw unreadable();
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw unreadable();
    return data;
  }
  try {
    return await inflateAtMost(data, entry.uncompressedSize);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw refused(LIMIT_MESSAGES.xlsxInflatesFurther());
    throw unreadable();
  }
}
