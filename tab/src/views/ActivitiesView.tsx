import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { fetchActivities, type ActivitiesQuery } from '../api/dashboard-client';
import { chosenPlan } from '../api/plans-client';
import { useApi } from '../api/use-api';
import { ActivityDetailView } from '../components/activities/ActivityDetailView';
import { ActivityFilters } from '../components/activities/ActivityFilters';
import { ActivityTable } from '../components/activities/ActivityTable';
import { PageIntro } from '../components/PageIntro';
import { Page } from '../components/Page';
import { RequestStatus } from '../components/RequestStatus';
import { useDashboardMessages } from '../i18n/use-dashboard-messages';
import { useMessages } from '../i18n/use-messages';
import { NotRegisteredNotice } from '../components/NotRegisteredNotice';
import { useNavigation } from '../navigation';
import { useHost } from '../teams/teams-context';

const QUERY_KEYS = ['q', 'organisation', 'goal', 'heading', 'status', 'own', 'untagged'] as const;

const useStyles = makeStyles({
  compact: {
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  card: {
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
});

function queryFromSearch(search: string): ActivitiesQuery {
  const params = new URLSearchParams(search);
  return Object.fromEntries(
    QUERY_KEYS.map((key) => [key, params.get(key) ?? undefined]).filter(([, v]) => v !== undefined),
  );
}

function queryFromKey(key: string): ActivitiesQuery {
  const values = key.split('|');
  return Object.fromEntries(QUERY_KEYS.map((name, index) => [name, values[index] || undefined]));
}

/** "Aktiviteter": search and filter; `?activity=<id>` opens one activity with its history. */
export function ActivitiesView() {
  const styles = useStyles();
  const t = useMessages();
  const d = useDashboardMessages();
  const { layout } = useHost();
  const { search, navigate } = useNavigation();
  const activityId = new URLSearchParams(search).get('activity');
  const query = queryFromSearch(search);
  const plan = chosenPlan(search);
  const key = QUERY_KEYS.map((k) => query[k] ?? '').join('|');
  // A new request (and so a new fetch) only when the query changes.
  const request = useCallback(
    (signal: AbortSignal) => fetchActivities({ ...queryFromKey(key), plan }, signal),
    [key, plan],
  );
  const { state, retry } = useApi(request);
  const statusTexts = {
    loading: d.activitiesLoading,
    error: d.activitiesLoadError,
    retry: t.retry,
  };
  const compact = layout === 'sidePanel' ? styles.compact : undefined;

  if (activityId !== null) {
    return (
      <Page className={compact}>
        <ActivityDetailView activityId={activityId} />
      </Page>
    );
  }

  return (
    <Page className={compact} testId="activities">
      <PageIntro heading={t.viewNames.aktiviteter} lead={d.activitiesLead} />
      <NotRegisteredNotice />
      <ActivityFilters
        key={query.q ?? ''}
        query={query}
        choices={state.status === 'ready' ? state.data.choices : null}
        onChange={(next) => navigate('aktiviteter', { ...next }, { replace: true })}
      />
      <RequestStatus state={state} retry={retry} texts={statusTexts} testId="activities-error" />
      {state.status === 'ready' && (
        <div
          className={styles.card}
          role="region"
          aria-live="polite"
          aria-label={d.resultCount(state.data.activities.length)}
        >
          {state.data.activities.length === 0 ? (
            <p>{d.noResults}</p>
          ) : (
            <ActivityTable
              activities={state.data.activities}
              caption={d.resultCount(state.data.activities.length)}
            />
          )}
        </div>
      )}
    </Page>
  );
}
