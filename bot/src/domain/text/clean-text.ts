/**
 * Text hygiene at the domain edge: every text a person types and the product stores passes
 * through here first, so nothing stored can break an export or mislead a reader.
 *
 * - Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone
 *   surrogates) are removed: they make XLSX's sharedStrings.xml and DOCX's document.xml
 *   ill-formed. C1 controls and Unicode noncharacters go too (XML discourages them, no person
 *   types them on purpose).
 * - Bidirectional controls (embeddings, overrides, isolates, directional marks) are removed:
 *   they let "evil.exe" show as "exe.live" (Trojan Source, CVE-2021-42574).
 * - Line breaks are normalised to `\n`; the text is NFC-normalised so "å" typed two ways is one.
 */

const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Noncharacters U+nFFFE and U+nFFFF of the supplementary planes. */
const SUPPLEMENTARY_NONCHARACTER =
  /[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu;

/**
 * A multi-line text (description, "vad har gjorts", notes) made safe to store: forbidden and
 * bidi characters removed, `\r\n` and `\r` turned into `\n`, NFC. Leading and trailing white
 * space is kept as typed; callers that trim do so themselves.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(XML_FORBIDDEN, '')
    .replace(SUPPLEMENTARY_NONCHARACTER, '')
    .replace(BIDI_CONTROLS, '');
}

/** A one-line text (a title, a name): `cleanText`, then every run of white space (line breaks and tabs included) becomes one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** True when the text holds nothing `cleanText` would remove (a check for tests and adapters). */
export function isCleanText(text: string): boolean {
  return cleanText(text) === text.replace(/\r\n?/g, '\n').normalize('NFC');
}
