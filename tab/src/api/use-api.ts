import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from './client';

export type RequestState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error' };

/**
 * Runs `request` on mount (and on `retry()`, which also reloads data already shown),
 * aborting it when the component unmounts.
 * `request` must be stable (a module-level function such as `fetchMe`, or a `useCallback` keyed on its inputs).
 */
export function useApi<T>(request: (signal: AbortSignal) => Promise<ApiResult<T>>): {
  state: RequestState<T>;
  retry: () => void;
} {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // A reload keeps showing the data it replaces (so focus and scroll stay put); a retry
    // after an error shows the loading state again.
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    request(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          setState({ status: 'ready', data: result.data });
        } else {
          console.warn('Samordna: API request failed', result.failure);
          setState({ status: 'error' });
        }
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [request, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
