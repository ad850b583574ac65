import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { DocumentButton } from '../documents/document-button';
import { currentLanguage } from '../i18n/i18n';
import { base64ToBytes, downloadFile } from '../transfer/file-bytes';

type JsonState = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; fileName: string } | { phase: 'failed'; error: ApiCallError };

/** The access request: a readable PDF of everything (the document dialog) and the same as a JSON file. */
export function AccessSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('privacy');
  const api = useApi();
  const titleId = useId();
  const [json, setJson] = useState<JsonState>({ phase: 'idle' });

  const exportJson = async () => {
    setJson({ phase: 'busy' });
    try {
      const file = await api.call('privacy.accessExportJson', { clientId });
      downloadFile(file.fileName, base64ToBytes(file.contentBase64), 'application/json');
      setJson({ phase: 'done', fileName: file.fileName });
    } catch (error) {
      setJson({ phase: 'failed', error: toApiCallError(error) });
    }
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('access.title')}</h2>
      <p>{t('access.intro')}</p>
      <div className="button-row">
        <DocumentButton request={{ kind: 'accessExport', language: currentLanguage(i18n), clientId }} label={t('access.pdf')} />
        <button type="button" className="button button-secondary" disabled={json.phase === 'busy'} onClick={() => void exportJson()}>
          {json.phase === 'busy' ? t('access.jsonBusy') : t('access.json')}
        </button>
      </div>
      <p className="form-status" role="status">
        {json.phase === 'done' ? t('access.jsonDone', { fileName: json.fileName }) : ''}
      </p>
      {json.phase === 'failed' && <ErrorAlert error={json.error} onRetry={() => void exportJson()} />}
    </section>
  );
}
