import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { DocumentButton } from '../documents/document-button';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { isLocalDate } from '../router/routes';
import { CaseloadCounts } from './caseload-counts';
import './reports.css';
import { ScoreChange } from './score-change';

/**
 * `#/reports`: figures about the caseload without names (counts now, the average change in scores)
 * and the anonymised caseload summary as a PDF for a chosen period.
 */
export function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const language = currentLanguage(i18n);
  const ids = { period: useId(), from: useId(), to: useId(), pdf: useId() };
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useDocumentTitle(t('page.title'));

  // A half-typed date reads as empty in a date input; only whole dates narrow the period.
  const fromDay = isLocalDate(from) ? from : undefined;
  const toDay = isLocalDate(to) ? to : undefined;
  const reversed = fromDay !== undefined && toDay !== undefined && toDay < fromDay;

  return (
    <>
      <div className="page-header">
        <h1>{t('page.title')}</h1>
      </div>
      <p className="page-intro">{t('page.intro')}</p>
      <CaseloadCounts />
      <ScoreChange />
      <section className="card" aria-labelledby={ids.pdf}>
        <h2 id={ids.pdf}>{t('summaryPdf.title')}</h2>
        <p className="section-intro">{t('summaryPdf.body')}</p>
        <fieldset className="report-period" aria-describedby={`${ids.period}-hint${reversed ? ` ${ids.period}-error` : ''}`}>
          <legend>{t('page.periodLegend')}</legend>
          <p id={`${ids.period}-hint`} className="field-hint">
            {t('page.periodHint')}
          </p>
          <div className="toolbar">
            <div className="field">
              <label htmlFor={ids.from}>{t('page.from')}</label>
              <input id={ids.from} type="date" className="input input-date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </div>
            <div className={reversed ? 'field field-invalid' : 'field'}>
              <label htmlFor={ids.to}>{t('page.to')}</label>
              <input
                id={ids.to}
                type="date"
                className="input input-date"
                value={to}
                min={fromDay}
                aria-invalid={reversed}
                onChange={(event) => setTo(event.target.value)}
              />
            </div>
          </div>
          {reversed && fromDay !== undefined && (
            <p id={`${ids.period}-error`} className="field-error">
              {t('page.periodInvalid', { from: formatDate(fromDay, language) })}
            </p>
          )}
        </fieldset>
        <div className="button-row">
          <DocumentButton
            primary
            disabled={reversed}
            label={t('summaryPdf.button')}
            request={{
              kind: 'caseloadSummary',
              language,
              ...(fromDay === undefined ? {} : { from: fromDay }),
              ...(toDay === undefined ? {} : { to: toDay }),
            }}
          />
        </div>
      </section>
    </>
  );
}
