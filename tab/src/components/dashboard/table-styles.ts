import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Shared look of the dashboard's data tables. */
export const useTableStyles = makeStyles({
  region: {
    overflowX: 'auto',
    minWidth: 0,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalS,
  },
  th: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    ...typographyStyles.body1,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'middle',
  },
  numeric: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  strong: { ...typographyStyles.body1Strong },
  muted: { color: tokens.colorNeutralForeground2 },
});
