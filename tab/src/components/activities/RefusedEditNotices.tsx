import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  dismissRefusedEdit,
  type RefusedEdit,
  type RefusedEditChange,
} from '../../api/dashboard-client';
import type { DashboardMessages } from '../../i18n/dashboard-messages';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { DataText } from '../DataText';
import { useStackStyles } from '../stack-styles';

const useStyles = makeStyles({
  changes: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  text: { margin: `${tokens.spacingVerticalXS} 0 0`, whiteSpace: 'pre-wrap' },
});

/** A refused value as the user entered it, in the interface's words. */
function valueText(change: RefusedEditChange, t: DashboardMessages): string {
  switch (change.field) {
    case 'goal':
      return t.goalShort(change.value);
    case 'heading':
      return t.headingName[change.value] ?? change.value;
    case 'partners':
      return change.value.length === 0 ? t.refusedEditEmpty : change.value.join(', ');
    default:
      return change.value === null || change.value === '' ? t.refusedEditEmpty : change.value;
  }
}

function Notice({
  edit,
  format,
  onDismissed,
}: {
  edit: RefusedEdit;
  format: (iso: string) => string;
  onDismissed: () => void;
}) {
  const styles = useStyles();
  const t = useDashboardMessages();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const dismiss = async () => {
    setBusy(true);
    setFailed(false);
    const dismissed = await dismissRefusedEdit(edit.activityId, edit.id);
    setBusy(false);
    if (dismissed) onDismissed();
    else setFailed(true);
  };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="refused-edit">
      <MessageBarBody>
        <MessageBarTitle>
          {t.refusedEdit(format(edit.savedAt), edit.reason === 'changed-meanwhile')}
        </MessageBarTitle>
        <p className={styles.text}>{t.refusedEditChanged}</p>
        <ul className={styles.changes}>
          {edit.changes.map((change) => (
            <li key={change.field}>
              <strong>{`${t.refusedField[change.field]}: `}</strong>
              <DataText>{valueText(change, t)}</DataText>
            </li>
          ))}
        </ul>
        <p className={styles.text}>{t.refusedEditRedo}</p>
        {failed && (
          <p className={styles.text} role="alert">
            {t.refusedEditDismissFailed}
          </p>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="secondary" disabled={busy} onClick={() => void dismiss()}>
          {t.refusedEditDismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Edits of this activity that SharePoint refused for good (someone else changed it meanwhile),
 * one warning each with what was changed, until someone who may edit it dismisses the message.
 */
export function RefusedEditNotices({
  edits,
  format,
  onDismissed,
}: {
  edits: readonly RefusedEdit[];
  format: (iso: string) => string;
  onDismissed: () => void;
}) {
  const stack = useStackStyles();
  if (edits.length === 0) return null;
  return (
    <ul className={stack.s} data-testid="refused-edits">
      {edits.map((edit) => (
        <li key={edit.id}>
          <Notice edit={edit} format={format} onDismissed={onDismissed} />
        </li>
      ))}
    </ul>
  );
}
