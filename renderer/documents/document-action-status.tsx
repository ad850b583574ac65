import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import type { DocumentAction } from './use-document-job';

/** What became of the last Save or Open, announced politely; a refusal as an alert. */
export function DocumentActionStatus({ action }: { action: DocumentAction }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <p className="form-status" role="status" aria-live="polite">
        {action.phase === 'saved' && t('documentDialog.saved', { fileName: action.fileName })}
        {action.phase === 'cancelled' && t('documentDialog.cancelled')}
        {action.phase === 'downloaded' && t('documentDialog.downloaded', { fileName: action.fileName })}
        {action.phase === 'opened' && t('documentDialog.opened', { fileName: action.fileName })}
        {action.phase === 'openedInTab' && t('documentDialog.openedInTab', { fileName: action.fileName })}
        {action.phase === 'openBlocked' && t('documentDialog.openBlocked', { fileName: action.fileName })}
      </p>
      {action.phase === 'failed' && <ErrorAlert error={action.error} />}
    </>
  );
}
