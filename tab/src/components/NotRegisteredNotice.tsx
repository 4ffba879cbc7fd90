import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { fetchMe } from '../api/client';
import { useApi } from '../api/use-api';
import { useMessages } from '../i18n/use-messages';

/**
 * Where someone would have reported (Översikt, Aktiviteter): tells a person Samordna does not
 * know that she is not registered as samordnare, and whom in Samordning to ask. Never a silent
 * read-only view. Nothing for everyone Samordna knows.
 */
export function NotRegisteredNotice() {
  const t = useMessages();
  const { state } = useApi(fetchMe);
  const notRegistered = state.status === 'ready' ? (state.data.notRegistered ?? null) : null;
  if (notRegistered === null) return null;
  return (
    <MessageBar layout="multiline" intent="warning" data-testid="not-registered">
      <MessageBarBody>{t.notRegistered(notRegistered.askSamordning.join(', '))}</MessageBarBody>
    </MessageBar>
  );
}
