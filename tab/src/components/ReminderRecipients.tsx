import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import {
  kindLabel,
  RECIPIENT_STATES,
  type MeetingView,
  type ReminderKind,
} from '../api/meetings-client';
import { formatDay, formatTime, useMeetingsMessages } from '../i18n/use-meetings-messages';
import { useStackStyles } from './stack-styles';

const useStyles = makeStyles({
  meta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  line: { ...typographyStyles.body1, margin: 0 },
  name: { ...typographyStyles.body1Strong },
  retry: { marginLeft: tokens.spacingHorizontalXS },
  details: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    '& summary': { cursor: 'pointer', color: tokens.colorNeutralForeground1 },
  },
  // An object id is one long word: it may break anywhere rather than widen the side panel.
  ids: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/**
 * A meeting's reminders as people read them (decision 0023): how many people are in each
 * state, and for Samordning one line per person with the state of the latest reminder she was
 * due, why it did not arrive in plain words and "Försök igen"; the technical fix for IT behind
 * a "För IT" disclosure (the API sends it to Samordning only).
 */
export function ReminderRecipients({
  reminders,
  reminderKinds,
  canRetry,
  itHelp,
  onRetry,
}: {
  reminders: NonNullable<MeetingView['reminders']>;
  /** The bot's reminder kinds: their labels name each person's latest reminder. */
  reminderKinds: readonly ReminderKind[];
  canRetry: boolean;
  itHelp: string | null;
  onRetry: (key: string) => void;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useMeetingsMessages();
  const lang = t.language;
  const counts = RECIPIENT_STATES.filter((s) => reminders.counts[s] > 0).map(
    (s) => `${reminders.counts[s]} ${t.recipientStates[s]}`,
  );
  const lines = reminders.recipients ?? [];
  const stuck = lines.filter((l) => l.state === 'unreachable' || l.state === 'failed');
  const unreachable = lines.filter((l) => l.state === 'unreachable');
  const day = (iso: string) => `${formatDay(lang, iso)} ${formatTime(lang, iso)}`;

  return (
    <>
      <p className={styles.meta} data-testid="reminder-counts">
        {counts.length === 0 ? t.recipientsNone : counts.join(' · ')}
      </p>
      {lines.length > 0 && (
        <ul className={stack.xs} aria-label={t.recipientsHeading} data-testid="reminder-recipients">
          {lines.map((line) => {
            const why =
              line.state === 'unreachable' || line.state === 'failed'
                ? t.recipientWhy[line.state]
                : null;
            // "når inte · har inte lagt till Samordna i Teams · påminn nu 5 december 08:02"
            const details = [
              t.recipientStates[line.state],
              ...(why === null ? [] : [why]),
              `${kindLabel(reminderKinds, line.kind, lang) ?? t.recipientMessage} ${day(line.at)}`,
              ...(line.state !== 'sent' && line.lastSentAt !== null
                ? [t.lastReached(day(line.lastSentAt))]
                : []),
            ];
            return (
              <li
                key={line.userId}
                className={styles.line}
                data-testid="reminder-recipient"
                data-state={line.state}
              >
                <span className={styles.name}>{line.name}</span>: {details.join(' · ')}
                {canRetry && why !== null && (
                  <Button size="small" className={styles.retry} onClick={() => onRetry(line.key)}>
                    {t.retryReminder}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {lines.length > 0 && <p className={styles.meta}>{t.readUnknown}</p>}
      {itHelp !== null && stuck.length > 0 && (
        <details className={styles.details} data-testid="for-it">
          <summary>{t.forIt}</summary>
          <p>{itHelp}</p>
          {unreachable.length > 0 && (
            <>
              <p>{t.itObjectIds}</p>
              <ul className={styles.ids}>
                {unreachable.map((l) => (
                  <li key={l.userId}>
                    {l.name}: <code>{l.userId}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </>
  );
}
