import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';

export interface AgreementRef {
  clientId: string;
  contactId: string;
  agreement: Agreement;
}

/**
 * Ticking an agreement off (or opening it again) from a list that is not the client's page: the
 * agenda and the attention view. Says what happened in words, for the live region.
 */
export function useTickOff(onChanged: () => void) {
  const { t } = useTranslation('contacts');
  const api = useApi();
  const [busyId, setBusyId] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiCallError | undefined>();

  const setDone = async ({ clientId, contactId, agreement }: AgreementRef, done: boolean): Promise<boolean> => {
    setBusyId(agreement.id);
    setError(undefined);
    setMessage('');
    try {
      await api.call('contacts.setAgreementDone', { clientId, contactId, agreementId: agreement.id, done });
      setMessage(done ? t('agreements.markedDone', { text: agreement.text }) : t('agreements.reopened', { text: agreement.text }));
      onChanged();
      return true;
    } catch (caught) {
      setError(toApiCallError(caught));
      return false;
    } finally {
      setBusyId(undefined);
    }
  };

  return { setDone, busyId, message, error };
}
