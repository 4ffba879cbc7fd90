import { makeStyles, tokens } from '@fluentui/react-components';
import type { StatusKey } from '../../api/dashboard-client';

/** A pattern over `colour`, so a status never depends on colour alone (also in high contrast). */
function pattern(colour: string, angle: string | null): string {
  if (angle === null) return colour;
  return `repeating-linear-gradient(${angle}, ${colour} 0 3px, ${tokens.colorNeutralBackground1} 3px 5px)`;
}

/** Colour plus pattern per status: solid, stripes in four directions, cross-hatch, or outline only. */
export const useStatusStyles = makeStyles({
  genomford: { background: tokens.colorPaletteGreenBackground3 },
  pagar: { background: pattern(tokens.colorPaletteBlueBorderActive, '45deg') },
  'pagar-med-avvikelse': {
    background: `${pattern(tokens.colorPaletteMarigoldBackground3, '45deg')}, ${pattern(tokens.colorPaletteMarigoldBackground3, '-45deg')}`,
    backgroundBlendMode: 'multiply',
  },
  framflyttad: { background: pattern(tokens.colorPaletteDarkOrangeBackground3, '0deg') },
  avbruten: { background: pattern(tokens.colorPaletteRedBackground3, '90deg') },
  'ej-paborjad': { background: pattern(tokens.colorNeutralForeground3, '-45deg') },
  'ej-rapporterad': {
    background: tokens.colorNeutralBackground1,
    outline: `1px dashed ${tokens.colorNeutralStrokeAccessible}`,
    outlineOffset: '-1px',
  },
}) as () => Record<StatusKey, string>;
