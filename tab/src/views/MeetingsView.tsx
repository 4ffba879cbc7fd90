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
import { useCallback, useId, useState } from 'react';
import { createMeeting, fetchMeetings, type MeetingFormInput } from '../api/meetings-client';
import { useApi } from '../api/use-api';
import { CalendarSection } from '../components/CalendarSection';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingItem } from '../components/MeetingItem';
import { TeamChannelSection } from '../components/TeamChannelSection';
import { usePageStyles } from '../components/page-styles';
import { formatDay, formatTime, useMeetingsMessages } from '../i18n/use-meetings-messages';

const useStyles = makeStyles({
  years: { display: 'flex', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  nudge: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  status: { padding: `${tokens.spacingVerticalXXXL} 0` },
});

const EMPTY_FORM: MeetingFormInput = {
  date: '',
  startTime: '13:00',
  endTime: '15:00',
  theme: '',
  agenda: '',
  organisationIds: [],
  teamsLink: '',
};

/**
 * "Möten": the year's meetings with the plan's rhythm (4–6 a year), who has not reported for
 * the open round (the nudge list), each meeting's schedule and reminders (for Samordning one
 * line per person with her current state, the fix for IT behind "För IT"), and for Samordning
 * planning, moving and cancelling.
 */
export function MeetingsView() {
  const styles = useStyles();
  const page = usePageStyles();
  const t = useMeetingsMessages();
  const [year, setYear] = useState<number | null>(null);
  const request = useCallback((signal: AbortSignal) => fetchMeetings(year, signal), [year]);
  const { state, retry } = useApi(request);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const formId = useId();
  const data = state.status === 'ready' ? state.data : null;
  const shownYear = data?.year ?? year ?? new Date().getFullYear();
  const lang = t.language;
  const when = (iso: string) => `${formatDay(lang, iso)} ${formatTime(lang, iso)}`;

  return (
    <div className={page.page}>
      <div className={page.intro}>
        <h1 className={page.heading}>{t.meetingsHeading(shownYear)}</h1>
        <p className={page.lead}>{t.meetingsLead}</p>
        <div className={styles.years}>
          <Button size="small" onClick={() => setYear(shownYear - 1)}>
            {t.previousYear}
          </Button>
          <Button size="small" onClick={() => setYear(shownYear + 1)}>
            {t.nextYear}
          </Button>
        </div>
      </div>

      {state.status === 'loading' && (
        <Spinner className={styles.status} label={t.meetingsLoading} labelPosition="below" />
      )}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.meetingsLoadError}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {data !== null && (
        <>
          {data.warning !== null && (
            <MessageBar intent="warning" data-testid="rhythm-warning">
              <MessageBarBody>
                {lang === 'en' ? data.warning.messageEn : data.warning.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {notice !== '' && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}

          <section
            className={styles.section}
            aria-labelledby={`${formId}-nudge`}
            data-testid="nudge-list"
          >
            <h2 className={styles.h2} id={`${formId}-nudge`}>
              {t.nudgeHeading}
            </h2>
            {data.current === null ? (
              <p className={styles.text}>{t.noOpenRound}</p>
            ) : data.current.unreported.length === 0 ? (
              <p className={styles.text}>{t.nudgeNone(when(data.current.meeting.startsAt))}</p>
            ) : (
              <>
                <p className={styles.text}>{t.nudgeLead(when(data.current.meeting.startsAt))}</p>
                <ul className={styles.nudge}>
                  {data.current.unreported.map((p) => (
                    <li key={p.organisationId}>
                      {p.name}: {t.left(p.unreported)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {data.canPlan && (
            <div className={styles.section}>
              <div>
                <Button
                  appearance={formOpen ? 'secondary' : 'primary'}
                  aria-expanded={formOpen}
                  {...(formOpen ? { 'aria-controls': formId } : {})}
                  onClick={() => setFormOpen((open) => !open)}
                >
                  {formOpen ? t.closeForm : t.newMeeting}
                </Button>
              </div>
              {formOpen && (
                <div id={formId}>
                  <MeetingForm
                    heading={t.formHeading}
                    testId="meeting-form"
                    initial={EMPTY_FORM}
                    organisations={data.organisations}
                    onSubmit={createMeeting}
                    onSaved={(result) => {
                      setFormOpen(false);
                      const warning = result.warning;
                      setNotice(
                        warning === null
                          ? t.saved
                          : `${t.saved} ${lang === 'en' ? warning.messageEn : warning.message}`,
                      );
                      retry();
                    }}
                  />
                </div>
              )}
            </div>
          )}

          <TeamChannelSection onChosen={retry} />

          {data.canPlan && data.calendarEnabled === true && (
            <CalendarSection
              onImported={(message) => {
                setNotice(message);
                retry();
              }}
            />
          )}

          {data.meetings.length === 0 ? (
            <p className={styles.text}>{t.noMeetings}</p>
          ) : (
            <ul className={styles.list} data-testid="meeting-list">
              {data.meetings.map((view) => (
                <MeetingItem
                  key={view.meeting.id}
                  view={view}
                  reminderKinds={data.reminderKinds}
                  canPlan={data.canPlan}
                  itHelp={
                    data.itHelp === undefined
                      ? null
                      : lang === 'en'
                        ? data.itHelp.en
                        : data.itHelp.sv
                  }
                  onChanged={retry}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
