import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { consentPurposes, type ConsentPurpose } from '../../main/domain/privacy/consent-state';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useReloadWhen } from '../components/use-reload-when';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { ConsentForm } from './consent-form';

type ConsentRecord = CallOutput<'privacy.recordConsent'>;

/**
 * What the client agreed to, per purpose: the answer that holds now (with its day and who wrote it
 * down), a way to record a new answer, and every earlier answer, since the history is never edited.
 */
export function ConsentSection({ clientId, revision, onChanged }: { clientId: string; revision: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation('privacy');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const consents = useCall('privacy.consents', { clientId });
  useReloadWhen(revision, consents.reload);
  const [editing, setEditing] = useState<{ purpose: ConsentPurpose; answer: 'given' | 'withdrawn' } | undefined>();
  const [message, setMessage] = useState('');

  const answerText = (record: ConsentRecord) => t(record.given ? 'consent.given' : 'consent.withdrawn');
  const value = consents.value;

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('consent.title')}</h2>
      <p className="muted">{t('consent.intro')}</p>
      <p className="form-status" role="status">
        {message}
      </p>
      {consents.status === 'error' && <ErrorAlert error={consents.error} onRetry={consents.reload} />}
      {value === undefined && consents.status === 'loading' && <p role="status">{t('consent.loading')}</p>}
      {value !== undefined && (
        <>
          <ul className="consent-purposes">
            {consentPurposes.map((purpose) => {
              const current = value.current[purpose];
              return (
                <li key={purpose}>
                  <h3>{t(`purposes.${purpose}`)}</h3>
                  <p className="field-hint">{t(`purposeHints.${purpose}`)}</p>
                  <p className="consent-state" data-testid={`consent-${purpose}`}>
                    {current === null
                      ? t('consent.never')
                      : t('consent.givenOn', { answer: answerText(current), date: formatDate(current.date, language), by: current.recordedBy })}
                  </p>
                  {editing?.purpose === purpose ? (
                    <ConsentForm
                      clientId={clientId}
                      purpose={purpose}
                      initialAnswer={editing.answer}
                      onCancel={() => setEditing(undefined)}
                      onSaved={(record) => {
                        setEditing(undefined);
                        setMessage(t('consent.saved', { purpose: t(`purposes.${purpose}`), answer: answerText(record) }));
                        onChanged();
                      }}
                    />
                  ) : (
                    <div className="button-row">
                      <button type="button" className="button button-secondary" onClick={() => { setMessage(''); setEditing({ purpose, answer: 'given' }); }}>
                        {t('consent.record')}
                      </button>
                      {current?.given === true && (
                        <button type="button" className="button button-secondary" onClick={() => { setMessage(''); setEditing({ purpose, answer: 'withdrawn' }); }}>
                          {t('consent.withdraw')}
                        </button>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <h3>{t('consent.historyTitle')}</h3>
          {value.records.length === 0 ? (
            <p className="empty-note">{t('consent.historyEmpty')}</p>
          ) : (
            <ul className="consent-history">
              {value.records.map((record) => (
                <li key={record.id}>
                  {t('consent.historyLine', {
                    date: formatDate(record.date, language),
                    purpose: t(`purposes.${record.purpose}`),
                    answer: answerText(record),
                    by: record.recordedBy,
                  })}
                  {record.note !== undefined && <> – {record.note}</>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
