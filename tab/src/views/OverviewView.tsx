import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId } from 'react';
import { fetchOverview } from '../api/client';
import { useApi } from '../api/use-api';
import { DataText } from '../components/DataText';
import { GoalsTable } from '../components/GoalsTable';
import { KeyFigures } from '../components/KeyFigures';
import { usePageStyles } from '../components/page-styles';
import { useMessages } from '../i18n/use-messages';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  sectionHeading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  status: {
    padding: `${tokens.spacingVerticalXXXL} 0`,
  },
});

/** "Översikt": the plan's headline figures and activities per inriktningsmål. */
export function OverviewView() {
  const styles = useStyles();
  const page = usePageStyles();
  const t = useMessages();
  const { state, retry } = useApi(fetchOverview);
  const figuresHeadingId = useId();
  const goalsHeadingId = useId();

  const plan = state.status === 'ready' ? state.data.plan : null;
  const intro = (
    <div className={page.intro}>
      <h1 className={page.heading}>
        {plan ? (
          <>
            {`${t.overview} – `}
            <DataText>{plan.title}</DataText>
            {` ${plan.periodStart}–${plan.periodEnd}`}
          </>
        ) : (
          t.overview
        )}
      </h1>
      <p className={page.lead}>{t.overviewLead}</p>
    </div>
  );

  if (state.status === 'loading') {
    return (
      <div className={page.page}>
        {intro}
        <Spinner className={styles.status} label={t.loading} labelPosition="below" />
      </div>
    );
  }

  if (state.status === 'error') {
    return (
      <div className={page.page}>
        {intro}
        <MessageBar intent="error" data-testid="overview-error">
          <MessageBarBody>{t.loadError}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }

  const { totals, goals, demo } = state.data;
  return (
    <div className={page.page}>
      {intro}

      {demo && (
        <MessageBar intent="info" data-testid="demo-notice">
          <MessageBarBody>{t.demoNotice}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby={figuresHeadingId}>
        <h2 id={figuresHeadingId} className={styles.sectionHeading}>
          {t.keyFiguresHeading}
        </h2>
        <KeyFigures totals={totals} />
      </section>

      <section className={styles.section}>
        <h2 id={goalsHeadingId} className={styles.sectionHeading}>
          {t.goalsHeading}
        </h2>
        <GoalsTable goals={goals} labelledBy={goalsHeadingId} />
      </section>
    </div>
  );
}
