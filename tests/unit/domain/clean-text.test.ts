import fc from 'fast-check';
import { cleanLine, cleanText, isCleanText } from '../../../bot/src/domain/text/clean-text';

/** The characters XML 1.0 (fifth edition) allows: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function xml10Allowed(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

describe('cleanText', () => {
  it('removes U+FFFE, U+FFFF and C0 controls but keeps tab and line breaks', () => {
    expect(cleanText('a\uFFFEb\uFFFFc\u0000d\u0007e\tf\ng')).toBe('abcde\tf\ng');
  });

  it('normalises CRLF and CR to LF', () => {
    expect(cleanText('rad 1\r\nrad 2\rrad 3')).toBe('rad 1\nrad 2\nrad 3');
  });

  it('removes bidi overrides, isolates and marks, so "evil.exe" cannot show as "exe.live"', () => {
    const spoof = 'evil\u202Eexe.live';
    expect(cleanText(spoof)).toBe('evilexe.live');
    expect(
      cleanText('a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch\u202Ai\u202Bj\u202Ck\u202Dl'),
    ).toBe('abcdefghijkl');
  });

  it('removes lone surrogates but keeps real astral characters (emoji)', () => {
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('bra 👍')).toBe('bra 👍');
  });

  it('NFC-normalises, so å typed as a + ring is one character', () => {
    expect(cleanText('a\u030A')).toBe('å');
  });

  it('leaves ordinary Swedish text unchanged', () => {
    const text =
      'Utbildning för chefer i Hälsa-, vård- och omsorgsförvaltningen: "våld" – 120 av 150.';
    expect(cleanText(text)).toBe(text);
    expect(isCleanText(text)).toBe(true);
  });

  it('every output is XML 1.0 text with no bidi control, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const out = cleanText(input);
        expect(xml10Allowed(out)).toBe(true);
        expect(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(out)).toBe(false);
        expect(cleanText(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanLine', () => {
  it('folds line breaks and tabs into single spaces and trims', () => {
    expect(cleanLine('  Titel\r\n med\tradbrytning  ')).toBe('Titel med radbrytning');
  });

  it('removes forbidden characters like cleanText', () => {
    expect(cleanLine('A\uFFFE\u202EB')).toBe('AB');
  });
});
