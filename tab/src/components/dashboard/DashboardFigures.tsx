import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useFiguresMessages } from '../../i18n/use-figures-messages';
import { DataText } from '../DataText';
import { wordWrap } from '../word-wrap';
import { withoutDoubledWord } from '../../support/doubled-word';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(140px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    // Long Swedish compounds ("Samordningsgruppens") must not widen a narrow panel.
    ...wordWrap,
  },
  label: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  value: {
    ...typographyStyles.title2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: 'tabular-nums',
  },
  detail: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  scope: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground2,
  },
});

/** The year's response rate over all rounds opened: own activities and stadsövergripande. */
function yearResponse(dashboard: Dashboard): { reported: number; expected: number } {
  const rows = [
    ...dashboard.responseRates.rows,
    ...(dashboard.responseRates.cityWide === null ? [] : [dashboard.responseRates.cityWide]),
  ];
  return {
    reported: rows.reduce((n, r) => n + r.reported, 0),
    expected: rows.reduce((n, r) => n + r.expected, 0),
  };
}

/**
 * The headline numbers, as a description list. Each says its scope (#18 item 1): this round,
 * the year, or the plan period.
 */
export function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const t = useDashboardMessages();
  const f = useFiguresMessages();
  const k = dashboard.keyFigures;
  const { periodStart, periodEnd } = dashboard.plan;
  const figure = (
    testId: string,
    label: React.ReactNode,
    value: string,
    scope: string,
    detail?: string,
  ) => (
    <div className={styles.figure} data-testid={testId}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
      {detail !== undefined && <dd className={styles.detail}>{detail}</dd>}
      <dd className={styles.scope} data-testid={`${testId}-scope`}>
        {scope}
      </dd>
    </div>
  );
  const plan = f.scopePlan(periodStart, periodEnd);
  const status = f.scopeStatus(periodStart, periodEnd);
  const year = yearResponse(dashboard);
  return (
    <dl className={styles.list}>
      {figure(
        'figure-activities',
        t.figActivities,
        String(k.activities),
        plan,
        t.figActivitiesDetail(k.own, k.stadsovergripande),
      )}
      {dashboard.round === null
        ? figure('figure-reported', t.figReportedFor, '–', f.scopeRound, t.figNoRound)
        : figure(
            'figure-reported',
            <>
              {`${t.figReportedFor} `}
              <DataText>{withoutDoubledWord(t.figReportedFor, dashboard.round.title)}</DataText>
            </>,
            t.figReportedValue(k.reportedInRound, k.activities),
            f.scopeRound,
            t.percent(k.reportedShare),
          )}
      {year.expected > 0 &&
        figure(
          'figure-response-year',
          t.responseHeading(dashboard.responseRates.year),
          t.percent(year.reported / year.expected),
          f.scopeYear(dashboard.responseRates.year),
          t.figReportedValue(year.reported, year.expected),
        )}
      {figure('figure-genomforda', t.figGenomforda, String(k.genomforda), status)}
      {figure('figure-avvikelse', t.figAvvikelse, String(k.avvikelse), status)}
      {figure('figure-framflyttade', t.figFramflyttade, String(k.framflyttade), status)}
      {figure(
        'figure-organisations',
        t.figOrganisations,
        t.figOrganisationsValue(k.organisationsWithActivities, k.organisations),
        plan,
      )}
    </dl>
  );
}
