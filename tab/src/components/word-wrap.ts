import { makeStyles } from '@fluentui/react-components';

/**
 * Long Swedish compounds ("Grundskoleförvaltningen", "stadsövergripande") wrap at a hyphenation
 * point (the document carries `lang="sv"`), and only break mid-word without one when a single
 * word is wider than its box – never "anywhere", which split words without a hyphen.
 */
export const wordWrap = {
  overflowWrap: 'break-word',
  hyphens: 'auto',
  minWidth: 0,
} as const;

export const useWordWrapStyles = makeStyles({ wrap: wordWrap });
