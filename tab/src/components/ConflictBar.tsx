import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useSupportMessages } from '../i18n/use-support-messages';

/**
 * "Någon annan har ändrat posten": someone saved the support entry meanwhile; announced at once,
 * with the button that loads the current version.
 */
export function ConflictBar({ onReload, testId }: { onReload: () => void; testId?: string }) {
  const t = useSupportMessages();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t.conflict}</MessageBarTitle>
        {t.conflictDetail}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{t.conflictReload}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
