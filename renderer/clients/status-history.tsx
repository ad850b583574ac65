import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../main/api/api-types';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

/** Every step of the client's path through the service, newest first: when, what, who and why. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  const { t, i18n } = useTranslation('clients');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const steps = [...history].reverse();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('history.title')}</h2>
      <ol className="status-history">
        {steps.map((step, index) => (
          <li key={`${step.at}-${index}`}>
            <time dateTime={step.at} className="history-when">
              {formatDateTime(step.at, language)}
            </time>
            <span className="history-what">
              {step.from === undefined
                ? t('history.started', { to: t(`status.${step.to}`) })
                : t('history.moved', { from: t(`status.${step.from}`), to: t(`status.${step.to}`) })}
              {step.by !== '' && <> {t('history.by', { name: step.by })}</>}
            </span>
            {step.reason !== undefined && <span className="history-detail">{t('history.reason', { reason: t(`closeReasons.${step.reason}`) })}</span>}
            {step.note !== undefined && <span className="history-detail multiline">{t('history.note', { note: step.note })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
