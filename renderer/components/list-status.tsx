import type { ApiCallError } from '../api/api-client';
import type { CallState } from '../api/use-call';
import { ErrorAlert } from './error-alert';

interface ListStatusProps {
  /** What just happened (saved, removed), announced politely. */
  message: string;
  /** A refused change to the list, e.g. a removal. */
  failure: ApiCallError | undefined;
  list: CallState<unknown> & { reload: () => void };
  loadingLabel: string;
}

/** Above a list: the last change, a refused one, or why the list is not (yet) there. */
export function ListStatus({ message, failure, list, loadingLabel }: ListStatusProps) {
  return (
    <>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {failure && <ErrorAlert error={failure} />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.value === undefined && list.status === 'loading' && <p className="muted">{loadingLabel}</p>}
    </>
  );
}
