/**
 * Reading a value someone typed for an indicator (pure): Swedish and plain number forms
 * ("12,5", "1 200", "-3", "40 %"), refused with a Swedish message when it is no number or out
 * of range. Nothing is stored for a refused value (decision 0026).
 */

export type IndicatorValueProblem = 'empty' | 'not-a-number' | 'out-of-range';

export type ParsedIndicatorValue =
  | { readonly ok: true; readonly value: number }
  | {
      readonly ok: false;
      readonly problem: IndicatorValueProblem;
      readonly message: string;
      readonly messageEn: string;
    };

/** The largest magnitude a value may have (keeps a typo such as a pasted id out). */
export const MAX_INDICATOR_VALUE = 1e12;

const MESSAGES: Readonly<Record<IndicatorValueProblem, { sv: string; en: string }>> = {
  empty: { sv: 'Skriv ett värde.', en: 'Enter a value.' },
  'not-a-number': {
    sv: 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
    en: 'The value must be a number, e.g. 42 or 12.5.',
  },
  'out-of-range': {
    sv: 'Värdet ligger utanför det möjliga för enheten.',
    en: 'The value is outside what the unit allows.',
  },
};

const refuse = (problem: IndicatorValueProblem): ParsedIndicatorValue => ({
  ok: false,
  problem,
  message: MESSAGES[problem].sv,
  messageEn: MESSAGES[problem].en,
});

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** Is the unit a share in per cent (then 0–100)? */
export const isPercentUnit = (unit: string): boolean => /^(procent|%|andel.*procent)/i.test(unit);

/** The number in `input` (a number, or text as people type it), checked against the unit. */
export function parseIndicatorValue(input: unknown, unit: string): ParsedIndicatorValue {
  let value: number;
  if (typeof input === 'number') {
    value = input;
  } else if (typeof input === 'string') {
    const text = input
      .trim()
      .replace(/\s*%$/, '')
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(/^\u2212/, '-');
    if (text === '') return refuse('empty');
    if (!NUMBER.test(text)) return refuse('not-a-number');
    value = Number(text.replace(',', '.'));
  } else {
    return input === null || input === undefined ? refuse('empty') : refuse('not-a-number');
  }
  if (!Number.isFinite(value)) return refuse('not-a-number');
  if (Math.abs(value) > MAX_INDICATOR_VALUE) return refuse('out-of-range');
  if (isPercentUnit(unit) && (value < 0 || value > 100)) return refuse('out-of-range');
  return { ok: true, value };
}
