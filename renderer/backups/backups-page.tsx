import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { BackupKeepForm } from './backup-keep-form';
import { BackupRow, type BackupSummary } from './backup-row';

type Busy = 'idle' | 'creating' | 'restoring';

/**
 * `#/backups`: what a backup is and where it lives, the backups newest first, "back up now", and
 * restoring one behind a question that says what will happen. How many to keep is set here too.
 */
export function BackupsPage() {
  const { t, i18n } = useTranslation('backups');
  const language = currentLanguage(i18n);
  const api = useApi();
  const tableTitleId = useId();
  useDocumentTitle(t('title'));
  const list = useCall('backups.list', {});
  const status = useCall('app.status', {});
  const [busy, setBusy] = useState<Busy>('idle');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [asking, setAsking] = useState<BackupSummary | undefined>();
  const backups = list.value?.backups ?? [];
  const when = (backup: { createdAt: string }) => formatDateTime(backup.createdAt, language);

  const run = async (next: Exclude<Busy, 'idle'>, work: () => Promise<string>) => {
    setBusy(next);
    setMessage('');
    setFailure(undefined);
    try {
      setMessage(await work());
    } catch (error) {
      setFailure(toApiCallError(error));
    } finally {
      setBusy('idle');
      list.reload();
    }
  };

  const create = () => run('creating', async () => t('create.done', { date: when(await api.call('backups.create', {})) }));

  const restore = (backup: BackupSummary) => {
    setAsking(undefined);
    void run('restoring', async () => {
      await api.call('backups.restore', { stamp: backup.stamp, confirmed: true });
      return t('restore.done', { date: when(backup) });
    });
  };

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        <button type="button" className="button button-primary" disabled={busy !== 'idle'} aria-busy={busy === 'creating'} onClick={() => void create()}>
          {busy === 'creating' ? t('create.busy') : t('create.button')}
        </button>
      </div>
      <div className="page-intro">
        <p>{t('intro')}</p>
        <p>{t('encrypted')}</p>
        <p>
          <strong>{t('diskWarning')}</strong>
        </p>
        {status.value && <p className="path">{t('dataFolder', { path: status.value.dataDir })}</p>}
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {busy === 'restoring' ? t('restore.busy') : message}
      </p>
      {failure && <ErrorAlert error={failure} />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.value === undefined && list.status === 'loading' && <p className="muted">{t('loading')}</p>}
      {list.value !== undefined && backups.length === 0 && (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </section>
      )}
      {backups.length > 0 && (
        <section className="card table-card" aria-labelledby={tableTitleId}>
          <div className="table-card-header">
            <h2 id={tableTitleId}>{t('tableTitle')}</h2>
            <p className="result-count">{t('count', { count: backups.length })}</p>
          </div>
          <table className="table backups-table" aria-labelledby={tableTitleId} aria-busy={list.status === 'loading'}>
            <thead>
              <tr>
                <th scope="col">{t('columns.createdAt')}</th>
                <th scope="col">{t('columns.reason')}</th>
                <th scope="col">{t('columns.clients')}</th>
                <th scope="col">{t('columns.size')}</th>
                <th scope="col">{t('columns.state')}</th>
                <th scope="col">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <BackupRow key={backup.stamp} backup={backup} busy={busy !== 'idle'} onRestore={setAsking} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {list.value !== undefined && <BackupKeepForm initial={list.value.keep} onSaved={list.reload} />}
      {asking && (
        <ConfirmDialog
          title={t('restore.title', { date: when(asking) })}
          body={t('restore.body', { date: when(asking) })}
          confirmLabel={t('restore.confirm')}
          cancelLabel={t('restore.cancel')}
          onConfirm={() => restore(asking)}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </>
  );
}
