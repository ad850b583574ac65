import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Contact } from '../../main/api/api-types';
import { toApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { translateError } from '../i18n/error-message';
import { formatDate, formatDateTime, todayIso } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

interface AgreementCheckProps {
  clientId: string;
  contactId: string;
  agreement: Agreement;
  /** The contact as stored after the tick. */
  onSaved: (contact: Contact) => void;
  /** Tells the worker what happened (a live region near the list). */
  onMessage: (message: string) => void;
}

/**
 * One agreement with a checkbox to tick it off. The tick shows at once; if the main process refuses,
 * it goes back and the worker is told why. Done is shown by the tick, the struck text and the words
 * "afgerond op …", never by colour alone.
 */
export function AgreementCheck({ clientId, contactId, agreement, onSaved, onMessage }: AgreementCheckProps) {
  const { t, i18n } = useTranslation('contacts');
  const api = useApi();
  const detailsId = useId();
  const language = currentLanguage(i18n);
  // The tick the worker just made, valid only while the stored state is still the one it was made on.
  const [pending, setPending] = useState<{ done: boolean; basis: string | undefined } | undefined>();
  const stored = agreement.doneAt !== undefined;
  const done = pending !== undefined && pending.basis === agreement.doneAt ? pending.done : stored;
  const overdue = !done && agreement.due !== undefined && agreement.due < todayIso();

  const toggle = async (next: boolean) => {
    setPending({ done: next, basis: agreement.doneAt });
    try {
      const contact = await api.call('contacts.setAgreementDone', { clientId, contactId, agreementId: agreement.id, done: next });
      onMessage(next ? t('agreements.markedDone', { text: agreement.text }) : t('agreements.reopened', { text: agreement.text }));
      onSaved(contact);
    } catch (caught) {
      setPending(undefined);
      onMessage(`${t('agreements.notSaved', { text: agreement.text })} ${translateError(i18n, toApiCallError(caught))}`);
    }
  };

  const details = [
    t(`owners.${agreement.owner}`),
    agreement.due === undefined ? undefined : t('agreements.due', { date: formatDate(agreement.due, language) }),
    overdue ? t('agreements.overdue') : undefined,
    done && agreement.doneAt !== undefined ? t('agreements.doneOn', { date: formatDateTime(agreement.doneAt, language) }) : undefined,
  ].filter((part): part is string => part !== undefined);

  return (
    <li className={done ? 'agreement agreement-done' : overdue ? 'agreement agreement-overdue' : 'agreement'}>
      <label className="checkbox">
        <input type="checkbox" checked={done} aria-describedby={detailsId} onChange={(event) => void toggle(event.target.checked)} />
        <span className="agreement-text">{agreement.text}</span>
      </label>
      <span id={detailsId} className="agreement-details">
        {details.join(' · ')}
      </span>
    </li>
  );
}
