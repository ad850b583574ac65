import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequestInput, Language } from '../../main/api/api-types';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { isLanguage, languages } from '../i18n/i18n';
import { DocumentActionStatus } from './document-action-status';
import './documents.css';
import { useDocumentJob } from './use-document-job';

interface DocumentDialogProps {
  /** The document as the caller asked for it; language (and large type for a handout) are the starting choice. */
  request: DocumentRequestInput;
  title: string;
  onClose: () => void;
}

/**
 * Makes a document and hands it over: progress while it is made, then Save… and Open to print.
 * The worker may switch the document's language (a client may read English better) and, for a
 * handout, large type; either makes the document again. Closing discards it.
 */
export function DocumentDialog({ request, title, onClose }: DocumentDialogProps) {
  const { t } = useTranslation('reports');
  const { t: tSettings } = useTranslation('settings');
  const id = useId();
  const [language, setLanguage] = useState<Language>(request.language);
  const [largeType, setLargeType] = useState(request.kind === 'handout' ? (request.largeType ?? false) : false);
  const chosen: DocumentRequestInput = request.kind === 'handout' ? { ...request, language, largeType } : { ...request, language };
  const { job, action, save, open, retry } = useDocumentJob(chosen);
  const closeRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const done = job.phase === 'done';

  // When the file is ready, Save is the likely next step; only move there if the worker is not
  // busy with something else in the dialog (e.g. the language choice).
  useEffect(() => {
    if (done && (document.activeElement === closeRef.current || document.activeElement === document.body)) saveRef.current?.focus();
  }, [done]);

  const percent = job.phase === 'running' && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const progressText = job.phase === 'running' ? t('documentDialog.progress', { done: job.done, total: job.total, percent }) : undefined;
  // Announced in quarter steps: a screen reader reading every part (every 200 ms) drowns the rest.
  const quarter = Math.floor(percent / 25) * 25;
  const busy = action.phase === 'busy';

  return (
    <Dialog title={title} onClose={onClose} initialFocus={closeRef} className="document-dialog" describedBy={`${id}-status`}>
      <div className="document-options">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('documentDialog.language')}</label>
          <select
            id={`${id}-language`}
            className="input"
            value={language}
            aria-describedby={`${id}-options-hint`}
            onChange={(event) => {
              if (isLanguage(event.target.value)) setLanguage(event.target.value);
            }}
          >
            {languages.map((option) => (
              <option key={option} value={option} lang={option}>
                {tSettings(`language.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {request.kind === 'handout' && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={largeType}
              aria-describedby={`${id}-options-hint`}
              onChange={(event) => setLargeType(event.target.checked)}
            />
            {t('documentDialog.largeType')}
          </label>
        )}
        <p id={`${id}-options-hint`} className="field-hint">
          {t('documentDialog.optionsHint')}
        </p>
      </div>

      <div className="document-progress">
        {(job.phase === 'starting' || job.phase === 'running') && (
          <progress
            aria-label={t('documentDialog.progressLabel')}
            aria-valuetext={progressText}
            {...(job.phase === 'running' ? { value: job.done, max: Math.max(job.total, 1) } : {})}
          />
        )}
        {progressText !== undefined && (
          <p className="form-status" aria-hidden="true">
            {progressText}
          </p>
        )}
        <p id={`${id}-status`} className="form-status" role="status" aria-live="polite">
          {job.phase === 'starting' && t('documentDialog.starting')}
          {job.phase === 'running' && <span className="sr-only">{t('documentDialog.progressStep', { percent: quarter })}</span>}
          {job.phase === 'done' && t('documentDialog.ready', { fileName: job.fileName, count: job.pages })}
        </p>
        {job.phase === 'failed' && (
          <>
            <p>{t('documentDialog.failed')}</p>
            <ErrorAlert error={job.error} onRetry={retry} />
          </>
        )}
      </div>

      <DocumentActionStatus action={action} />

      <div className="button-row">
        {done && (
          <>
            <button ref={saveRef} type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
              {action.phase === 'busy' && action.which === 'save' ? t('documentDialog.saving') : t('documentDialog.save')}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void open()}>
              {action.phase === 'busy' && action.which === 'open' ? t('documentDialog.opening') : t('documentDialog.open')}
            </button>
          </>
        )}
        <button ref={closeRef} type="button" className="button button-secondary" onClick={onClose}>
          {t('documentDialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
