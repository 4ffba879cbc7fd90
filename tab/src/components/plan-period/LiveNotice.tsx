import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { usePlanPeriodStyles } from './plan-period-styles';

/** What a step says: its result or why nothing was saved, with the server's lines. */
export interface NoticeText {
  readonly intent: 'success' | 'error' | 'info';
  readonly text: string;
  readonly lines?: readonly string[];
}

/**
 * The live region of a step: always in the page (so a screen reader announces what appears in
 * it), showing the notice when there is one.
 */
export function LiveNotice({ notice, testId }: { notice: NoticeText | null; testId: string }) {
  const styles = usePlanPeriodStyles();
  return (
    <div aria-live="polite">
      {notice !== null && (
        <MessageBar layout="multiline" intent={notice.intent} data-testid={testId}>
          <MessageBarBody>
            {notice.text}
            {notice.lines !== undefined && notice.lines.length > 0 && (
              <ul className={styles.list}>
                {notice.lines.map((line, i) => (
                  <li key={`${String(i)}-${line}`}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The notice of a write that did not go through: the server's refusal, or that it failed. */
export function failureNotice(
  result:
    | { kind: 'refused'; refusal: { message: string; lines: readonly string[] } }
    | { kind: 'failed' },
  failed: string,
): NoticeText {
  return result.kind === 'refused'
    ? { intent: 'error', text: result.refusal.message, lines: result.refusal.lines }
    : { intent: 'error', text: failed };
}

/** A form's primary button (its busy label while it is sent) and the live region of its result. */
export function SubmitWithNotice({
  busy,
  labels: [label, busyLabel],
  notice,
  testId,
}: {
  busy: boolean;
  /** The button's text, and its text while the form is sent. */
  labels: readonly [string, string];
  notice: NoticeText | null;
  testId: string;
}) {
  const styles = usePlanPeriodStyles();
  return (
    <>
      <div className={styles.buttons}>
        <Button className={styles.button} appearance="primary" type="submit" disabled={busy}>
          {busy ? busyLabel : label}
        </Button>
      </div>
      <LiveNotice notice={notice} testId={testId} />
    </>
  );
}
