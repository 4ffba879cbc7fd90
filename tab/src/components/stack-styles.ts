import { makeStyles, tokens } from '@fluentui/react-components';

/** A list without bullets or indent whose items stand in a column. */
const stack = {
  display: 'flex',
  flexDirection: 'column',
  listStyle: 'none',
  margin: 0,
  padding: 0,
} as const;

/** Stacked lists, by the gap between their items (extra small to large). */
export const useStackStyles = makeStyles({
  xs: { ...stack, gap: tokens.spacingVerticalXS },
  s: { ...stack, gap: tokens.spacingVerticalS },
  m: { ...stack, gap: tokens.spacingVerticalM },
  l: { ...stack, gap: tokens.spacingVerticalL },
});
