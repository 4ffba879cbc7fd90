import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  fetchCalendarLinks,
  importCalendarEvent,
  type CalendarDrift,
  type CalendarEvent,
} from '../api/calendar-client';
import { useApi } from '../api/use-api';
import { HeadedSection } from './HeadedSection';
import { RequestStatus, RetryBar } from './RequestStatus';
import { useSectionStyles } from './section-styles';
import { formatDayWithYear, formatTime, useMeetingsMessages } from '../i18n/use-meetings-messages';
import { useStackStyles } from './stack-styles';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subject: { ...typographyStyles.body1Strong, margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Från gruppkalendern" (Samordning, when the team's group calendar is connected): events not
 * yet meetings with "Lägg till som möte", and warnings where a meeting imported from the
 * calendar no longer matches it. `onImported` reloads the meetings.
 */
export function CalendarSection({ onImported }: { onImported: (notice: string) => void }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const section = useSectionStyles();
  const t = useMeetingsMessages();
  const lang = t.language;
  const headingId = useId();
  const { state, retry } = useApi(fetchCalendarLinks);
  const statusTexts = { loading: t.calendarLoading, error: t.calendarLoadError, retry: t.retry };
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ eventId: string; lines: string[] } | null>(null);
  const when = (start: string, end: string) =>
    t.when(formatDayWithYear(lang, start), formatTime(lang, start), formatTime(lang, end));
  const at = (iso: string) => `${formatDayWithYear(lang, iso)} ${formatTime(lang, iso)}`;

  const driftText = (d: CalendarDrift): string =>
    d.kind === 'moved'
      ? t.driftMoved(d.theme, at(d.meetingStartsAt), when(d.eventStartsAt, d.eventEndsAt))
      : d.kind === 'cancelled'
        ? t.driftCancelled(d.theme, at(d.meetingStartsAt))
        : t.driftMissing(d.theme, at(d.meetingStartsAt));

  const add = async (event: CalendarEvent) => {
    setBusy(event.id);
    setResult(null);
    const answer = await importCalendarEvent(event.id);
    setBusy(null);
    if (answer.kind === 'saved') {
      onImported(t.added(event.subject));
      retry();
      return;
    }
    const lines =
      answer.kind === 'invalid'
        ? answer.problems.map((p) => (lang === 'en' ? p.messageEn : p.message))
        : answer.kind === 'refused'
          ? [lang === 'en' ? answer.said.messageEn : answer.said.message]
          : [t.failed];
    setResult({ eventId: event.id, lines });
    retry();
  };

  return (
    <HeadedSection heading={t.calendarHeading} testId="calendar-section">
      <p className={section.text}>{t.calendarLead}</p>
      <RequestStatus state={state} retry={retry} texts={statusTexts} look="small" />
      {state.status === 'ready' && state.data.failure !== undefined && (
        <RetryBar
          message={lang === 'en' ? state.data.failure.messageEn : state.data.failure.message}
          retryLabel={t.retry}
          onRetry={retry}
          testId="calendar-failure"
        />
      )}
      {state.status === 'ready' &&
        state.data.drift.map((d) => (
          <MessageBar
            layout="multiline"
            key={`${d.kind}-${d.meetingId}`}
            intent="warning"
            data-testid="calendar-drift"
            data-meeting-id={d.meetingId}
          >
            <MessageBarBody>{driftText(d)}</MessageBarBody>
          </MessageBar>
        ))}
      {state.status === 'ready' &&
        state.data.failure === undefined &&
        (state.data.proposals.length === 0 ? (
          <p className={section.text}>{t.calendarNone}</p>
        ) : (
          <ul className={stack.s} data-testid="calendar-proposals">
            {state.data.proposals.map((event, index) => (
              <li key={event.id} className={styles.item} data-testid="calendar-proposal">
                <div>
                  <p className={styles.subject} id={`${headingId}-${index}`}>
                    {event.subject}
                  </p>
                  <p className={section.meta}>
                    {when(event.startsAt, event.endsAt)}
                    {event.joinUrl === null ? ` · ${t.noJoinLink}` : ''}
                  </p>
                  {result?.eventId === event.id && (
                    <ul className={styles.problems} role="alert">
                      {result.lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </div>
                <Button
                  appearance="primary"
                  disabled={busy !== null}
                  aria-describedby={`${headingId}-${index}`}
                  onClick={() => void add(event)}
                >
                  {busy === event.id ? t.adding : t.addAsMeeting}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </HeadedSection>
  );
}
