import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import type { useAuditExport } from './use-audit-export';

/** CSV for Excel and JSON for a re-check, with what became of the last export. */
export function AuditExportButtons({ exporter, disabled }: { exporter: ReturnType<typeof useAuditExport>; disabled: boolean }) {
  const { t } = useTranslation('audit');
  const titleId = useId();
  const { state } = exporter;
  const busy = state.phase === 'busy';
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('export.title')}</h2>
      <p className="section-intro">{t('export.help')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={disabled || busy} onClick={() => void exporter.run('csv')}>
          {busy && state.format === 'csv' ? t('export.busy') : t('export.csv')}
        </button>
        <button type="button" className="button button-secondary" disabled={disabled || busy} onClick={() => void exporter.run('json')}>
          {busy && state.format === 'json' ? t('export.busy') : t('export.json')}
        </button>
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {state.phase === 'done' ? t('export.done', { fileName: state.fileName }) : ''}
      </p>
      {state.phase === 'failed' && <ErrorAlert error={state.error} onRetry={() => void exporter.run(state.format)} />}
    </section>
  );
}
