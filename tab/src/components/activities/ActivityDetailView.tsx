import {
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useRef } from 'react';
import { fetchActivity, type ActivityDetail } from '../../api/dashboard-client';
import { outcomeSummary } from '../../../../bot/src/domain/outcomes/outcome';
import { useApi } from '../../api/use-api';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { inApp, useNavigation } from '../../navigation';
import { viewHref } from '../../routes';
import { useHost } from '../../teams/teams-context';
import { DataText } from '../DataText';
import { usePageStyles } from '../page-styles';
import { RefusedEditNotices } from './RefusedEditNotices';
import { StatusBadge } from './StatusBadge';
import { useStackStyles } from '../stack-styles';
import { CarriedFromLink } from '../plan-period/CarriedFromLink';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  term: { ...typographyStyles.body1Strong },
  value: { margin: 0 },
  heading: { ...typographyStyles.subtitle1, margin: `${tokens.spacingVerticalL} 0 0` },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  entryHead: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    ...typographyStyles.body1Strong,
  },
  muted: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  edited: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 ${tokens.spacingHorizontalS}`,
    alignSelf: 'center',
  },
});

/** A link as people read it: "Utvärdering 2026.pdf", not "Utv%C3%A4rdering%202026.pdf". */
function readableLink(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}

function names(
  list: readonly { name: string; nameEn: string }[],
  language: string,
  none: string,
): string {
  return list.length === 0
    ? none
    : list.map((e) => (language === 'en' ? e.nameEn : e.name)).join(', ');
}

function Facts({ detail }: { detail: ActivityDetail }) {
  const styles = useStyles();
  const t = useDashboardMessages();
  const { language } = useHost();
  const a = detail.activity;
  const rows: [string, string][] = [
    [t.columnOrganisation, detail.organisationName],
    [t.columnGoal, t.goalShort(a.goal)],
    [
      t.detailHeading,
      detail.labels.heading ? names([detail.labels.heading], language, '') : a.heading,
    ],
    [t.detailOwner, a.owner || t.detailNone],
    [t.detailPartners, a.partners.length === 0 ? t.detailNone : a.partners.join(', ')],
    [
      t.detailPeriod,
      a.startDate || a.endDate ? `${a.startDate ?? ''}–${a.endDate ?? ''}` : t.detailNone,
    ],
    [t.detailFocusAreas, names(detail.labels.focusAreas, language, t.detailNone)],
    [t.detailPerspectives, names(detail.labels.perspectives, language, t.detailNone)],
    [t.detailTargetGroups, names(detail.labels.targetGroups, language, t.detailNone)],
  ];
  return (
    <dl className={styles.facts} data-testid="activity-facts">
      <dt className={styles.term}>{t.columnStatus}</dt>
      <dd className={styles.value}>
        <StatusBadge status={detail.status} />
      </dd>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>
            <DataText>{value}</DataText>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One reported text of a history entry, after its label in bold; nothing when it is empty. */
function HistoryText({ label, text, testId }: { label: string; text: string; testId?: string }) {
  const styles = useStyles();
  if (text === '') return null;
  return (
    <p className={styles.text} data-testid={testId}>
      <strong>{`${label}: `}</strong>
      <DataText>{text}</DataText>
    </p>
  );
}

/**
 * One activity: edits of it SharePoint refused (for those who may edit it), its facts and its
 * status history (who reported only when allowed).
 */
export function ActivityDetailView({ activityId }: { activityId: string }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const page = usePageStyles();
  const t = useDashboardMessages();
  const { locale, language } = useHost();
  const { search, navigate } = useNavigation();
  const request = useCallback(
    (signal: AbortSignal) => fetchActivity(activityId, signal),
    [activityId],
  );
  const { state, retry } = useApi(request);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The dismissed message's button is gone: the keyboard focus goes to the activity's heading.
  const refusedDismissed = () => {
    retry();
    headingRef.current?.focus();
  };
  const params = Object.fromEntries(new URLSearchParams(search).entries());
  const back = { ...params, view: undefined, activity: undefined };
  const goBack = inApp(() => navigate('aktiviteter', back));
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

  const backLink = (
    <Link href={viewHref('aktiviteter', search, back)} onClick={goBack} data-testid="back-to-list">
      {`← ${t.backToList}`}
    </Link>
  );
  if (state.status === 'loading') return <Spinner label={t.detailLoading} labelPosition="below" />;
  if (state.status === 'error') {
    return (
      <>
        {backLink}
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t.detailNotFound}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const detail = state.data;
  return (
    <article className={page.intro} data-testid="activity-detail">
      {backLink}
      <h1 className={page.heading} ref={headingRef} tabIndex={-1}>
        <DataText>{detail.activity.title}</DataText>
      </h1>
      <CarriedFromLink detail={detail} />
      <RefusedEditNotices
        edits={detail.refusedEdits}
        format={(iso) => date.format(new Date(iso))}
        onDismissed={refusedDismissed}
      />
      {detail.activity.description !== '' && (
        <p className={page.lead}>
          <DataText>{detail.activity.description}</DataText>
        </p>
      )}
      <Facts detail={detail} />
      <h2 className={styles.heading}>{t.historyHeading}</h2>
      {!detail.reportersVisible && <p className={styles.muted}>{t.historyReportersHidden}</p>}
      {detail.history.length === 0 ? (
        <p className={styles.muted}>{t.historyEmpty}</p>
      ) : (
        <ol className={stack.l} data-testid="activity-history">
          {detail.history.map((entry, index) => (
            <li key={`${entry.roundId}-${index}`} className={styles.entry}>
              <span className={styles.entryHead}>
                <DataText>{entry.roundTitle}</DataText>
                <StatusBadge status={entry.status} />
                {entry.replaced > 0 && (
                  <span className={styles.edited} data-testid="history-edited">
                    {t.historyEdited}
                  </span>
                )}
              </span>
              {entry.replaced > 0 && (
                <p className={styles.muted}>{t.historyEditedNote(entry.replaced)}</p>
              )}
              {entry.reportedBy && (
                <p className={styles.muted} data-testid="reported-by">
                  {entry.reportedBy.onBehalfOfName === undefined
                    ? t.historyReportedBy(
                        entry.reportedBy.name,
                        date.format(new Date(entry.reportedBy.at)),
                      )
                    : t.historyReportedByFor(
                        entry.reportedBy.name,
                        entry.reportedBy.onBehalfOfName,
                        date.format(new Date(entry.reportedBy.at)),
                      )}
                </p>
              )}
              <HistoryText label={t.historyDone} text={entry.done} />
              {entry.outcome !== undefined && (
                <HistoryText
                  label={t.historyOutcome}
                  text={outcomeSummary(entry.outcome, language)}
                  testId="history-outcome"
                />
              )}
              {entry.outcome !== undefined && entry.outcome.links.length > 0 && (
                <div>
                  <strong>{`${t.historyEvidence}:`}</strong>
                  <ul className={styles.links} data-testid="history-evidence">
                    {entry.outcome.links.map((link) => (
                      <li key={link}>
                        {/* Checked when reported; a hand-edited list item is shown, not linked. */}
                        {link.startsWith('https://') ? (
                          <Link href={link} target="_blank" rel="noopener noreferrer">
                            {readableLink(link)}
                          </Link>
                        ) : (
                          <DataText>{link}</DataText>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <HistoryText label={t.historyReason} text={entry.reason} />
              <HistoryText label={t.historyNext} text={entry.next} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
