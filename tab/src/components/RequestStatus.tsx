import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RequestState } from '../api/use-api';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalXXXL} 0` },
});

/**
 * How a spinner sits: `page` (a view's main request, label below, room around it), `below`
 * (label below, no room), `small` (a section's request, label after), `inline` (label after).
 */
export type SpinnerLook = 'page' | 'below' | 'small' | 'inline';

/** The spinner while a request is under way, in one of the tab's looks. */
export function LoadingSpinner({ label, look = 'page' }: { label: string; look?: SpinnerLook }) {
  const styles = useStyles();
  return (
    <Spinner
      {...(look === 'page' ? { className: styles.page } : {})}
      size={look === 'small' ? 'small' : 'medium'}
      labelPosition={look === 'page' || look === 'below' ? 'below' : 'after'}
      label={label}
    />
  );
}

/** A failed request said in words, with a button that tries it again. */
export function RetryBar({
  message,
  retryLabel,
  onRetry,
  testId,
}: {
  message: string;
  retryLabel: string;
  onRetry: () => void;
  testId?: string;
}) {
  return (
    <MessageBar layout="multiline" intent="error" data-testid={testId}>
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{retryLabel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What a request's status line says: while it loads, when it failed, and on the retry button. */
export interface StatusTexts {
  readonly loading: string;
  readonly error: string;
  readonly retry: string;
}

/**
 * The request's status line: a spinner while it loads, the retry bar when it failed, nothing
 * once its data is there.
 */
export function RequestStatus({
  state,
  retry,
  texts,
  testId,
  look = 'page',
}: {
  state: RequestState<unknown>;
  retry: () => void;
  texts: StatusTexts;
  testId?: string;
  look?: SpinnerLook;
}) {
  if (state.status === 'loading') return <LoadingSpinner label={texts.loading} look={look} />;
  if (state.status === 'error') {
    return (
      <RetryBar message={texts.error} retryLabel={texts.retry} onRetry={retry} testId={testId} />
    );
  }
  return null;
}
