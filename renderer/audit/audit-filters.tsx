import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionNames, type AuditActionName } from '../../main/domain/audit/audit-vocabulary';
import { useCall } from '../api/use-call';
import { ChoiceSelect } from '../components/choice-select';

export interface AuditFilterValues {
  from: string;
  to: string;
  clientId: string;
  action: AuditActionName | '';
}

export const noAuditFilter: AuditFilterValues = { from: '', to: '', clientId: '', action: '' };

/** Period, client and action; every change applies at once (the list reloads, paging starts over). */
export function AuditFilters({ values, reversed, onChange }: { values: AuditFilterValues; reversed: boolean; onChange: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation('audit');
  const ids = { from: useId(), to: useId(), client: useId(), action: useId(), error: useId() };
  const clients = useCall('clients.list', {});
  const set = (changes: Partial<AuditFilterValues>) => onChange({ ...values, ...changes });
  const filtered = values.from !== '' || values.to !== '' || values.clientId !== '' || values.action !== '';

  return (
    <fieldset className="audit-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={ids.from}>{t('filters.from')}</label>
          <input id={ids.from} type="date" className="input input-date" value={values.from} onChange={(event) => set({ from: event.target.value })} />
        </div>
        <div className={reversed ? 'field field-invalid' : 'field'}>
          <label htmlFor={ids.to}>{t('filters.to')}</label>
          <input
            id={ids.to}
            type="date"
            className="input input-date"
            value={values.to}
            min={values.from || undefined}
            aria-invalid={reversed}
            aria-describedby={reversed ? ids.error : undefined}
            onChange={(event) => set({ to: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.client}>{t('filters.client')}</label>
          <select id={ids.client} className="input" value={values.clientId} onChange={(event) => set({ clientId: event.target.value })}>
            <option value="">{t('filters.clientAll')}</option>
            {(clients.value ?? []).map((client) => (
              <option key={client.id} value={client.id}>
                {client.familyName}, {client.givenName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.action}>{t('filters.action')}</label>
          <ChoiceSelect
            control={{ id: ids.action }}
            options={auditActionNames}
            value={values.action}
            label={(action) => t(`actions.${action}`)}
            emptyLabel={t('filters.actionAll')}
            onChange={(action) => set({ action })}
          />
        </div>
        {filtered && (
          <button type="button" className="button button-secondary audit-clear" onClick={() => onChange(noAuditFilter)}>
            {t('filters.clear')}
          </button>
        )}
      </div>
      {reversed && (
        <p id={ids.error} className="field-error">
          {t('errors.periodReversed')}
        </p>
      )}
    </fieldset>
  );
}
