import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from './api-client';
import { useApi } from './api-context';

export type CallState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiCallError; value: T | undefined };

/**
 * Runs one read call whenever its input changes and keeps the previous value while the next one
 * loads (no flicker while typing). Answers that arrive after a newer request are dropped.
 */
export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
): CallState<CallOutput<N>> & { reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<CallState<CallOutput<N>>>({ status: 'loading', value: undefined });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', value: previous.value }));
    api.call(name, JSON.parse(key) as CallInput<N>).then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ status: 'error', error: toApiCallError(error), value: previous.value }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, name, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
