import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The look the tab's plain sections share: a column, its h2, h3, body text and muted text. */
export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  roomy: { gap: tokens.spacingVerticalM },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
  meta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});
