import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The styles the "Personer" parts share: lists of people, a row, an inline form, buttons. */
export const usePeopleStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  text: { ...typographyStyles.body1, margin: 0 },
  meta: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '& .fui-Field': { maxWidth: '480px', width: '100%' },
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});
