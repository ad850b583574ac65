import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import './client-file.css';
import { ClientForm } from './client-form';
import { ClientNotFound, isNotFound } from './client-page';

function EditClient({ id }: { id: string }) {
  const { t } = useTranslation('clients');
  const result = useCall('clients.get', { id });
  if (result.status === 'ready') {
    // A reload after a conflict brings a new `updatedAt`: the form starts again from the latest version.
    return <ClientForm key={result.value.updatedAt} client={result.value} onReload={result.reload} />;
  }
  if (result.status === 'error' && isNotFound(result.error.code)) return <ClientNotFound />;
  return (
    <>
      <h1>{t('form.editTitle')}</h1>
      {result.status === 'error' ? (
        <ErrorAlert error={result.error} onRetry={result.reload} />
      ) : (
        <p role="status">{t('page.loading')}</p>
      )}
    </>
  );
}

/** `#/clients/new` and `#/clients/<id>/edit`: the same form, empty or filled in. */
export function ClientFormPage({ id }: { id?: string }) {
  const { t } = useTranslation('clients');
  useDocumentTitle(id === undefined ? t('form.newTitle') : t('form.editTitle'));
  return id === undefined ? <ClientForm /> : <EditClient id={id} />;
}
