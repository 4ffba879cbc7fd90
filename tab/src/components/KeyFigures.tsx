import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Overview } from '../api/client';
import { useMessages } from '../i18n/use-messages';
import { DataText } from './DataText';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    [`@media (max-width: 480px)`]: {
      gridTemplateColumns: '1fr',
      gap: tokens.spacingVerticalS,
    },
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  label: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    ...typographyStyles.title1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: 'tabular-nums',
  },
});

/** The headline numbers of the overview, as a description list. */
export function KeyFigures({ totals }: { totals: Overview['totals'] }) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <dl className={styles.list}>
      <div className={styles.figure} data-testid="figure-activities">
        <dt className={styles.label}>{t.figureActivities}</dt>
        <dd className={styles.value}>{totals.activities}</dd>
      </div>
      <div className={styles.figure} data-testid="figure-organisations">
        <dt className={styles.label}>{t.figureOrganisations}</dt>
        <dd className={styles.value}>
          {t.figureOrganisationsValue(totals.organisationsWithActivities, totals.organisations)}
        </dd>
      </div>
      {totals.currentRound && (
        <div className={styles.figure} data-testid="figure-reported">
          <dt className={styles.label}>
            {`${t.figureReportedFor} `}
            <DataText>{totals.currentRound.title}</DataText>
          </dt>
          <dd className={styles.value}>
            {t.figureReportedValue(totals.reportedInCurrentRound, totals.activities)}
          </dd>
        </div>
      )}
    </dl>
  );
}
