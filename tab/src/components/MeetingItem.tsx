import { Badge, Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import {
  changeMeeting,
  retryReminder,
  stepLabel,
  type MeetingView,
  type ReminderKind,
} from '../api/meetings-client';
import {
  formatDay,
  formatTime,
  localDate,
  useMeetingsMessages,
} from '../i18n/use-meetings-messages';
import { MeetingForm } from './MeetingForm';
import { ReminderRecipients } from './ReminderRecipients';
import { Notice } from './Notice';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  meta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  h3: { ...typographyStyles.body1Strong, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One meeting: time, theme, round progress, its schedule, reminders, and Samordning's actions. */
export function MeetingItem({
  view,
  reminderKinds,
  canPlan,
  itHelp,
  onChanged,
}: {
  view: MeetingView;
  /** The reminder kinds (GET /api/v1/meetings): they name the steps and the reminders. */
  reminderKinds: readonly ReminderKind[];
  canPlan: boolean;
  /** The technical fix for IT, only when the API sent it (Samordning). */
  itHelp: string | null;
  onChanged: () => void;
}) {
  const styles = useStyles();
  const t = useMeetingsMessages();
  const { meeting } = view;
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const [notice, setNotice] = useState('');
  const lang = t.language;
  const done = view.progress.filter((p) => p.unreported === 0).length;
  const planned = meeting.status === 'planned';
  // A meeting that has begun is history: its snapshot is frozen, it is not moved or cancelled.
  const upcoming = planned && Date.parse(meeting.startsAt) > Date.now();

  const retry = async (key: string) => {
    setNotice((await retryReminder(key)) ? t.retried : t.retryFailed);
    onChanged();
  };
  const cancel = async () => {
    const result = await changeMeeting(meeting.id, { action: 'cancel', version: meeting.version });
    setNotice(
      result.kind === 'saved' ? t.saved : t[result.kind === 'invalid' ? 'failed' : result.kind],
    );
    setMode('view');
    onChanged();
  };

  return (
    <li className={styles.item} data-testid="meeting" data-meeting-id={meeting.id}>
      <h2 className={styles.title}>
        {t.when(
          formatDay(lang, meeting.startsAt),
          formatTime(lang, meeting.startsAt),
          formatTime(lang, meeting.endsAt),
        )}
        {!planned && (
          <>
            {' '}
            <Badge appearance="outline" color="danger">
              {t.cancelled}
            </Badge>
          </>
        )}
      </h2>
      <p className={styles.meta} data-testid="meeting-label">
        {view.dialogue !== undefined
          ? t.dialogueLabel(view.dialogue.organisation.name)
          : `${meeting.theme} · ${
              meeting.constellation.kind === 'all'
                ? t.wholeGroup
                : t.organisationsCount(meeting.constellation.organisationIds.length)
            }`}
      </p>
      {planned && (
        <p className={styles.meta} data-testid="meeting-progress">
          {view.progress.length === 0
            ? t.noActivitiesToReport
            : t.roundProgress(done, view.progress.length)}
        </p>
      )}
      <ul className={styles.list} aria-label={t.scheduleLabel}>
        {view.steps.map((s) => (
          <li key={s.step}>
            {stepLabel(reminderKinds, s.step, lang) ?? (s.step === 'close' ? t.stepClose : s.step)}:{' '}
            {formatDay(lang, s.at)} {formatTime(lang, s.at)}
            {s.outcome === 'done'
              ? ` (${t.stepDone})`
              : s.outcome === 'skipped'
                ? ` (${t.stepSkipped})`
                : s.waiting !== undefined
                  ? ` (${t.stepWaiting[s.waiting]})`
                  : ''}
          </li>
        ))}
      </ul>
      {view.snapshotTakenAt !== null && (
        <p className={styles.meta}>{t.snapshot(formatDay(lang, view.snapshotTakenAt))}</p>
      )}
      <h3 className={styles.h3}>{t.remindersHeading}</h3>
      {view.reminders === null ? (
        <p className={styles.meta}>{t.remindersOff}</p>
      ) : (
        <ReminderRecipients
          reminders={view.reminders}
          reminderKinds={reminderKinds}
          canRetry={canPlan}
          itHelp={itHelp}
          onRetry={(key) => void retry(key)}
        />
      )}
      {notice !== '' && (
        <Notice intent="info" role="status">
          {notice}
        </Notice>
      )}
      {canPlan && upcoming && mode === 'view' && (
        <div className={styles.actions}>
          <Button onClick={() => setMode('move')}>{t.move}</Button>
          <Button onClick={() => setMode('cancel')}>{t.cancelMeeting}</Button>
        </div>
      )}
      {mode === 'cancel' && (
        <div className={styles.actions} role="group" aria-label={t.cancelQuestion}>
          <span>{t.cancelQuestion}</span>
          <Button appearance="primary" onClick={() => void cancel()}>
            {t.confirmCancel}
          </Button>
          <Button onClick={() => setMode('view')}>{t.keepMeeting}</Button>
        </div>
      )}
      {mode === 'move' && (
        <MeetingForm
          heading={t.moveHeading}
          testId="meeting-move-form"
          initial={{
            date: localDate(meeting.startsAt),
            startTime: formatTime('sv', meeting.startsAt),
            endTime: formatTime('sv', meeting.endsAt),
            theme: meeting.theme,
            agenda: meeting.agenda,
            organisationIds:
              meeting.constellation.kind === 'all' ? [] : meeting.constellation.organisationIds,
            teamsLink: meeting.teamsLink ?? '',
          }}
          onSubmit={(input) =>
            changeMeeting(meeting.id, { action: 'move', version: meeting.version, ...input })
          }
          onSaved={() => {
            setMode('view');
            setNotice(t.saved);
            onChanged();
          }}
        />
      )}
    </li>
  );
}
