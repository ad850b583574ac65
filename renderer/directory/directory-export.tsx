import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { currentLanguage } from '../i18n/i18n';
import { base64ToBytes, downloadFile } from '../transfer/file-bytes';

type ExportState =
  | { phase: 'idle' | 'busy' }
  | { phase: 'done'; count: number; fileName: string }
  | { phase: 'failed'; error: ApiCallError };

/**
 * The whole directory as a CSV to share with colleagues (they import it on their own Sociale kaart),
 * handed over as a download. Column titles follow the UI language.
 */
export function DirectoryExport({ disabled }: { disabled: boolean }) {
  const { t, i18n } = useTranslation('directory');
  const api = useApi();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const busy = state.phase === 'busy';

  const run = async () => {
    setState({ phase: 'busy' });
    try {
      const result = await api.call('directory.exportCsv', { language: currentLanguage(i18n) });
      downloadFile(result.fileName, base64ToBytes(result.contentBase64), 'text/csv;charset=utf-8');
      setState({ phase: 'done', count: result.count, fileName: result.fileName });
    } catch (error) {
      setState({ phase: 'failed', error: toApiCallError(error) });
    }
  };

  return (
    <div className="directory-export">
      <button type="button" className="button button-secondary" disabled={disabled || busy} onClick={() => void run()}>
        {busy ? t('csvExport.busy') : t('csvExport.button')}
      </button>
      <p className="form-status" role="status" aria-live="polite">
        {state.phase === 'done' ? t('csvExport.done', { count: state.count, fileName: state.fileName }) : ''}
      </p>
      {state.phase === 'failed' && <ErrorAlert error={state.error} onRetry={() => void run()} />}
    </div>
  );
}
