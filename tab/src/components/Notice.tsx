import { MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A one-part message bar: its intent, its text, a test id and, where it must be announced, a
 * live-region role (without one the bar keeps Fluent's own role).
 */
export function Notice({
  intent,
  children,
  testId,
  role,
}: {
  intent: MessageBarIntent;
  children: ReactNode;
  testId?: string;
  role?: 'status' | 'alert';
}) {
  return (
    <MessageBar
      layout="multiline"
      intent={intent}
      data-testid={testId}
      {...(role === undefined ? {} : { role })}
    >
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** What the reader's last action came to, announced politely; nothing while there is none. */
export function StatusNotice({ text, testId }: { text: string; testId?: string }) {
  if (text === '') return null;
  return (
    <Notice intent="success" role="status" testId={testId}>
      {text}
    </Notice>
  );
}
