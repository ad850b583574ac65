import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';
import { FormRow } from '../clients/form-row';
import { ServiceDetails } from '../directory/service-details';
import { useServiceWords } from '../directory/use-service-words';
import { Link } from '../router/link';
import type { ReferralBinding } from './referral-form-values';

/** Lower case without accents, so "buurtkamer" finds "Buurtkámer" and "ggz" finds "GGZ". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Choosing a service from the directory: a search box narrows the list below it (name, kind,
 * target groups, contact person), then an ordinary select, so it all works with the keyboard and
 * a screen reader without a custom widget. The chosen entry stays in the list whatever is typed.
 */
export function DirectoryServiceSelect({ binding, services }: { binding: ReferralBinding; services: readonly ServiceEntry[] | undefined }) {
  const { t } = useTranslation('referrals');
  const words = useServiceWords();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const { values, fieldId, errorText, set } = binding;
  const all = services ?? [];
  const needle = fold(search.trim());
  const matches = all.filter(
    (service) =>
      service.id === values.serviceId ||
      needle === '' ||
      fold([service.name, words.kind(service.kind), service.targetGroups ?? '', service.contactPerson ?? ''].join(' ')).includes(needle),
  );
  const chosen = all.find((service) => service.id === values.serviceId);

  if (services !== undefined && services.length === 0) {
    const error = errorText('serviceId');
    return (
      <div className={error === undefined ? 'destination-directory' : 'destination-directory field-invalid'}>
        {error !== undefined && <p className="field-error">{error}</p>}
        <p className="empty-note" id={fieldId('serviceId')} tabIndex={-1}>
          {t('form.directoryEmpty')} <Link to={{ name: 'services' }}>{t('form.toDirectory')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="destination-directory">
      <div className="field">
        <label htmlFor={searchId}>{t('form.search')}</label>
        <input
          id={searchId}
          type="search"
          className="input"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={search}
          aria-describedby={`${searchId}-count`}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p id={`${searchId}-count`} className="field-hint" aria-live="polite">
          {services === undefined ? t('form.directoryLoading') : t('form.searchCount', { count: matches.length })}
        </p>
      </div>
      <FormRow id={fieldId('serviceId')} label={t('form.service')} required error={errorText('serviceId')}>
        {(control) => (
          <select {...control} className="input" value={values.serviceId} onChange={(event) => set('serviceId', event.target.value)}>
            <option value="">{t('form.chooseService')}</option>
            {matches.map((service) => (
              <option key={service.id} value={service.id}>
                {t('form.serviceOption', { name: service.name, kind: words.kind(service.kind) })}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      {chosen !== undefined && (
        <div className="chosen-service">
          <p className="service-meta">{words.summary(chosen)}</p>
          <ServiceDetails service={chosen} only={['contactPerson', 'phone', 'email', 'address', 'openingHours']} />
        </div>
      )}
    </div>
  );
}
