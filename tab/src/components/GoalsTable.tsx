import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Fragment, useRef } from 'react';
import type { GoalSummary } from '../api/client';
import { useMessages } from '../i18n/use-messages';
import { DataText } from './DataText';
import { useHorizontalOverflow } from './use-horizontal-overflow';

const narrow = '@media (max-width: 480px)';

const useStyles = makeStyles({
  region: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
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
    captionSide: 'top',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    [narrow]: {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  headerCell: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    [narrow]: {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
      ...typographyStyles.caption1Strong,
    },
  },
  cell: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'middle',
    [narrow]: {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    },
  },
  // The outer cells keep a little more room against the table's border.
  firstColumn: {
    [narrow]: { paddingLeft: tokens.spacingHorizontalS },
  },
  lastColumn: {
    [narrow]: { paddingRight: tokens.spacingHorizontalS },
  },
  lastRow: {
    borderBottomStyle: 'none',
  },
  goalCell: {
    ...typographyStyles.body1,
    textAlign: 'start',
  },
  goal: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    hyphens: 'auto',
    [narrow]: {
      flexDirection: 'column',
      gap: '2px',
    },
  },
  // "Mål 1" for screen readers next to the round badge; on narrow panels it replaces the badge.
  goalLabel: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    [narrow]: {
      position: 'static',
      width: 'auto',
      height: 'auto',
      margin: 0,
      overflow: 'visible',
      clip: 'auto',
      ...typographyStyles.caption1Strong,
      color: tokens.colorBrandForeground1,
    },
  },
  goalNumber: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ...typographyStyles.body1Strong,
    [narrow]: {
      display: 'none',
    },
  },
  goalTitle: {
    paddingTop: '4px',
    [narrow]: {
      paddingTop: 0,
      // Long Swedish compounds must not push the table wider than a 320 px side panel.
      overflowWrap: 'anywhere',
    },
  },
  numeric: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  activitiesHeader: {
    textAlign: 'start',
  },
  activitiesCell: {
    width: '40%',
    '@media (max-width: 600px)': {
      width: 'auto',
    },
  },
  activities: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  count: {
    ...typographyStyles.body1Strong,
    minWidth: '3ch',
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  track: {
    flexGrow: 1,
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
    '@media (max-width: 600px)': {
      display: 'none',
    },
  },
  bar: {
    height: '100%',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandForeground1,
    // Keeps the bar visible when Windows high contrast (forced colours) is on.
    '@media (forced-colors: active)': {
      backgroundColor: 'CanvasText',
    },
  },
});

/** Lets long compounds such as "Förvaltningar/bolag" wrap after the slash. */
function withSlashBreaks(text: string) {
  return text.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/**
 * Activities and organisations per inriktningsmål. The table carries the data; the bars are
 * a visual aid only and are hidden from assistive technology.
 */
export function GoalsTable({ goals, labelledBy }: { goals: GoalSummary[]; labelledBy: string }) {
  const styles = useStyles();
  const regionRef = useRef<HTMLDivElement>(null);
  const scrolls = useHorizontalOverflow(regionRef);
  const t = useMessages();
  const max = Math.max(1, ...goals.map((goal) => goal.activities));

  return (
    // On very narrow panels the table scrolls sideways (WCAG 1.4.10 allows this for data
    // tables); the region then becomes focusable so it can be scrolled from the keyboard.
    <div
      ref={regionRef}
      className={styles.region}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
      data-testid="goals-region"
    >
      <table className={styles.table} data-testid="goals-table">
        <caption className={styles.caption}>{t.goalsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.headerCell, styles.firstColumn)}>
              {t.columnGoal}
            </th>
            <th scope="col" className={mergeClasses(styles.headerCell, styles.activitiesHeader)}>
              {t.columnActivities}
            </th>
            <th
              scope="col"
              className={mergeClasses(styles.headerCell, styles.numeric, styles.lastColumn)}
            >
              {withSlashBreaks(t.columnOrganisations)}
            </th>
          </tr>
        </thead>
        <tbody>
          {goals.map((goal, index) => (
            <tr key={goal.number} data-goal={goal.number}>
              <th
                scope="row"
                className={mergeClasses(
                  styles.cell,
                  styles.goalCell,
                  styles.firstColumn,
                  index === goals.length - 1 && styles.lastRow,
                )}
              >
                <span className={styles.goal}>
                  <span className={styles.goalLabel}>{`${t.goalLabel(goal.number)} `}</span>
                  <span className={styles.goalNumber} aria-hidden="true">
                    {goal.number}
                  </span>
                  <span className={styles.goalTitle}>
                    <DataText>{goal.title}</DataText>
                  </span>
                </span>
              </th>
              <td
                className={mergeClasses(
                  styles.cell,
                  styles.activitiesCell,
                  index === goals.length - 1 && styles.lastRow,
                )}
              >
                <span className={styles.activities}>
                  <span className={styles.count}>{goal.activities}</span>
                  <span className={styles.track} aria-hidden="true">
                    <span
                      className={styles.bar}
                      style={{ display: 'block', width: `${(goal.activities / max) * 100}%` }}
                    />
                  </span>
                </span>
              </td>
              <td
                className={mergeClasses(
                  styles.cell,
                  styles.numeric,
                  styles.lastColumn,
                  index === goals.length - 1 && styles.lastRow,
                )}
              >
                <span className={styles.count}>{goal.organisations}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
