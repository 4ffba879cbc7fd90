import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
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
});

/** The headline numbers, as a description list. */
export function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const t = useDashboardMessages();
  const k = dashboard.keyFigures;
  const figure = (testId: string, label: React.ReactNode, value: string, detail?: string) => (
    <div className={styles.figure} data-testid={testId}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
      {detail !== undefined && <dd className={styles.detail}>{detail}</dd>}
    </div>
  );
  return (
    <dl className={styles.list}>
      {figure(
        'figure-activities',
        t.figActivities,
        String(k.activities),
        t.figActivitiesDetail(k.own, k.stadsovergripande),
      )}
      {dashboard.round === null
        ? figure('figure-reported', t.figReportedFor, '–', t.figNoRound)
        : figure(
            'figure-reported',
            <>
              {`${t.figReportedFor} `}
              <DataText>{withoutDoubledWord(t.figReportedFor, dashboard.round.title)}</DataText>
            </>,
            t.figReportedValue(k.reportedInRound, k.activities),
            t.percent(k.reportedShare),
          )}
      {figure('figure-genomforda', t.figGenomforda, String(k.genomforda))}
      {figure('figure-avvikelse', t.figAvvikelse, String(k.avvikelse))}
      {figure('figure-framflyttade', t.figFramflyttade, String(k.framflyttade))}
      {figure(
        'figure-organisations',
        t.figOrganisations,
        t.figOrganisationsValue(k.organisationsWithActivities, k.organisations),
      )}
    </dl>
  );
}
