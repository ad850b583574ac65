import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { currentLanguage } from '../i18n/i18n';
import { base64ToBytes, downloadFile } from './file-bytes';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; count: number; fileName: string }
  | { phase: 'failed'; error: ApiCallError };

/**
 * Exports the clients the worker sees (the filtered list, in its order) as a CSV that Dutch Excel
 * opens as it should, and hands it over as a download. Column titles follow the UI language.
 */
export function useCsvExport(clients: readonly ClientSummary[]) {
  const { i18n } = useTranslation('import');
  const api = useApi();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'busy' });
    try {
      const result = await api.call('transfer.exportCsv', { ids: clients.map((client) => client.id), language: currentLanguage(i18n) });
      downloadFile(result.fileName, base64ToBytes(result.contentBase64), 'text/csv;charset=utf-8');
      setState({ phase: 'done', count: result.count, fileName: result.fileName });
    } catch (error) {
      setState({ phase: 'failed', error: toApiCallError(error) });
    }
  };
  return { state, run };
}

export function ExportButton({
  exporter,
  count,
  filtered,
}: {
  exporter: ReturnType<typeof useCsvExport>;
  count: number;
  filtered: boolean;
}) {
  const { t } = useTranslation('import');
  const busy = exporter.state.phase === 'busy';
  return (
    <button type="button" className="button button-secondary" disabled={count === 0 || busy} onClick={() => void exporter.run()}>
      {busy ? t('export.busy') : filtered ? t('export.filtered', { count }) : t('export.all')}
    </button>
  );
}

/** What became of the last export: a quiet confirmation, or the reason it failed. */
export function ExportOutcome({ exporter }: { exporter: ReturnType<typeof useCsvExport> }) {
  const { t } = useTranslation('import');
  const { state } = exporter;
  return (
    <>
      <p className="form-status" aria-live="polite">
        {state.phase === 'done' ? t('export.done', { count: state.count, fileName: state.fileName }) : ''}
      </p>
      {state.phase === 'failed' && <ErrorAlert error={state.error} onRetry={() => void exporter.run()} />}
    </>
  );
}
