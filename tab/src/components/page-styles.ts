import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { wordWrap } from './word-wrap';

/** The shared page frame of every view: width, padding, the h1 and its lead text. */
export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    // Inherited by every view: hyphenate at Swedish hyphenation points, never break mid-word.
    ...wordWrap,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    },
  },
  /** For forms and short pages. */
  narrow: {
    maxWidth: '640px',
    gap: tokens.spacingVerticalXL,
  },
  intro: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.title2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  lead: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
    color: tokens.colorNeutralForeground2,
  },
});

/** The frame of the meeting's own views (Dagordning, Resultat): padding and a reading width. */
export const meetingPageFrame = {
  padding: tokens.spacingHorizontalL,
  maxWidth: '60rem',
  hyphens: 'auto',
  overflowWrap: 'break-word',
} as const;
