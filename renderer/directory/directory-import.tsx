import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { translateError } from '../i18n/error-message';
import { FileDrop } from '../transfer/file-drop';
import { DirectoryImportDone } from './directory-import-done';
import { DirectoryImportRows } from './directory-import-rows';
import { useDirectoryImport } from './use-directory-import';

/**
 * Adding a colleague's directory from CSV: choose or drop the file, see every row as new, already
 * there or wrong (with the reasons), and add the new ones in one go. Nothing is stored before the
 * confirmation; existing entries are never overwritten.
 */
export function DirectoryImport({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation('directory');
  const titleId = useId();
  const flow = useDirectoryImport(onImported);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The button that opened the import is gone: the worker continues here.
  useEffect(() => titleRef.current?.focus(), []);
  const { preview, commit } = flow;
  const committing = commit.phase === 'busy';

  return (
    <section className="card directory-import" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('csvImport.title')}
      </h2>
      {commit.phase === 'done' ? (
        <DirectoryImportDone result={commit.result} onAnother={flow.reset} onClose={onClose} />
      ) : (
        <>
          <p className="section-intro">{t('csvImport.intro')}</p>
          <FileDrop
            onFile={(file) => void flow.choose(file)}
            disabled={committing || flow.reading !== undefined}
            hint={t('csvImport.hint')}
          />
          <p className="form-status" role="status">
            {flow.reading !== undefined
              ? t('csvImport.reading', { name: flow.reading })
              : flow.file !== undefined
                ? t('csvImport.chosen', { name: flow.file.name })
                : ''}
          </p>
          {flow.fileError && <ErrorAlert error={flow.fileError} />}
          {preview !== undefined && (
            <>
              <p className="counts" role="status">
                {t('csvImport.counts', { new: preview.counts.new, duplicate: preview.counts.duplicate, invalid: preview.counts.invalid })}
              </p>
              {preview.rows.length === 0 ? <p className="muted">{t('csvImport.noRows')}</p> : <DirectoryImportRows rows={preview.rows} />}
              {commit.phase === 'failed' && (
                <div className="alert alert-error" role="alert">
                  <p>{translateError(i18n, commit.error)}</p>
                  <p>{t('csvImport.nothingAdded')}</p>
                </div>
              )}
              {preview.counts.new === 0 ? (
                <p>{t('csvImport.nothingNew')}</p>
              ) : (
                <>
                  <p className="field-hint">{t('csvImport.allOrNothing')}</p>
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={committing}
                    aria-busy={committing}
                    onClick={() => void flow.confirm()}
                  >
                    {committing ? t('csvImport.busy') : t('csvImport.confirm', { count: preview.counts.new })}
                  </button>
                </>
              )}
            </>
          )}
          <div className="button-row import-close">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('csvImport.close')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
