import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * The styles "Ny planperiod" and "Ny uppföljningsomgång" share. Everything wraps: no part is
 * wider than the meeting side panel (320 px).
 */
export const usePlanPeriodStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '70ch', overflowWrap: 'anywhere' },
  muted: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  step: { ...typographyStyles.subtitle2, margin: 0 },
  field: { maxWidth: '560px', width: '100%', minWidth: 0 },
  textarea: {
    width: '100%',
    minWidth: 0,
    '& textarea': { fontFamily: tokens.fontFamilyMonospace },
  },
  select: {
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    '& select': { textOverflow: 'ellipsis' },
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  button: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  checks: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '420px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    '& label': { overflowWrap: 'anywhere' },
  },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  date: { minWidth: 0, maxWidth: '100%' },
});
