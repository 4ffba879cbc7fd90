import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { createMeeting, fetchMeetings, type MeetingFormInput } from '../api/meetings-client';
import { useApi } from '../api/use-api';
import { CalendarSection } from '../components/CalendarSection';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingItem } from '../components/MeetingItem';
import { TeamChannelSection } from '../components/TeamChannelSection';
import { DisclosureButton } from '../components/DisclosureButton';
import { HeadedSection } from '../components/HeadedSection';
import { Notice, StatusNotice } from '../components/Notice';
import { PageIntro } from '../components/PageIntro';
import { RequestStatus } from '../components/RequestStatus';
import { useSectionStyles } from '../components/section-styles';
import { Page } from '../components/Page';
import { formatDay, formatTime, useMeetingsMessages } from '../i18n/use-meetings-messages';
import { useStackStyles } from '../components/stack-styles';

const useStyles = makeStyles({
  years: { display: 'flex', gap: tokens.spacingHorizontalS },
  nudge: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
  const stack = useStackStyles();
  const section = useSectionStyles();
  const t = useMeetingsMessages();
  const [year, setYear] = useState<number | null>(null);
  const request = useCallback((signal: AbortSignal) => fetchMeetings(year, signal), [year]);
  const { state, retry } = useApi(request);
  const statusTexts = { loading: t.meetingsLoading, error: t.meetingsLoadError, retry: t.retry };
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const formId = useId();
  const data = state.status === 'ready' ? state.data : null;
  const shownYear = data?.year ?? year ?? new Date().getFullYear();
  const lang = t.language;
  const when = (iso: string) => `${formatDay(lang, iso)} ${formatTime(lang, iso)}`;

  return (
    <Page>
      <PageIntro heading={t.meetingsHeading(shownYear)} lead={t.meetingsLead}>
        <div className={styles.years}>
          <Button size="small" onClick={() => setYear(shownYear - 1)}>
            {t.previousYear}
          </Button>
          <Button size="small" onClick={() => setYear(shownYear + 1)}>
            {t.nextYear}
          </Button>
        </div>
      </PageIntro>

      <RequestStatus state={state} retry={retry} texts={statusTexts} />

      {data !== null && (
        <>
          {data.warning !== null && (
            <Notice intent="warning" testId="rhythm-warning">
              {lang === 'en' ? data.warning.messageEn : data.warning.message}
            </Notice>
          )}
          <StatusNotice text={notice} />

          <HeadedSection heading={t.nudgeHeading} testId="nudge-list">
            {data.current === null ? (
              <p className={section.text}>{t.noOpenRound}</p>
            ) : data.current.unreported.length === 0 ? (
              <p className={section.text}>{t.nudgeNone(when(data.current.meeting.startsAt))}</p>
            ) : (
              <>
                <p className={section.text}>{t.nudgeLead(when(data.current.meeting.startsAt))}</p>
                <ul className={styles.nudge}>
                  {data.current.unreported.map((p) => (
                    <li key={p.organisationId}>
                      {p.name}: {t.left(p.unreported)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </HeadedSection>

          {data.canPlan && (
            <div className={section.section}>
              <div>
                <DisclosureButton
                  open={formOpen}
                  onToggle={setFormOpen}
                  labels={[t.newMeeting, t.closeForm]}
                  controls={formId}
                />
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
            <p className={section.text}>{t.noMeetings}</p>
          ) : (
            <ul className={stack.l} data-testid="meeting-list">
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
    </Page>
  );
}
