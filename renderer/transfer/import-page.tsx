import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientImportField, CsvImportPreview } from '../../main/api/api-types';
import type { ApiCallError } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { translateError } from '../i18n/error-message';
import { Link } from '../router/link';
import { ColumnMappingTable } from './column-mapping-table';
import { FileDrop } from './file-drop';
import { ImportOutcome } from './import-outcome';
import { PreviewRows } from './preview-rows';
import { useCsvImport } from './use-csv-import';

const delimiterKeys = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

function DetectedFormat({ preview }: { preview: CsvImportPreview }) {
  const { t } = useTranslation('import');
  return (
    <dl className="details details-compact">
      <dt>{t('detected.encoding')}</dt>
      <dd>{t(`detected.encodings.${preview.encoding}`)}</dd>
      <dt>{t('detected.delimiter')}</dt>
      <dd>{t(`detected.delimiters.${delimiterKeys[preview.delimiter]}`)}</dd>
    </dl>
  );
}

/**
 * Importing a caseload from CSV: choose or drop a file, check how it was read and how its columns
 * map to client fields, look at every row with its problems in words, and import the valid rows
 * in one go. Nothing is stored before the confirmation, and on failure nothing at all.
 */
export function ImportPage() {
  const { t } = useTranslation('import');
  const flow = useCsvImport();
  const [onlyInvalid, setOnlyInvalid] = useState(false);
  const [moveMessage, setMoveMessage] = useState('');
  const ids = { detected: useId(), mapping: useId(), preview: useId() };
  useDocumentTitle(t('title'));

  const { preview, mapping, commit } = flow;
  const committing = commit.phase === 'busy';
  const rows = preview === undefined ? [] : onlyInvalid ? preview.rows.filter((row) => row.issues.length > 0) : preview.rows;

  const onMap = (field: ClientImportField, column: number | undefined) => {
    const moved = flow.mapField(field, column);
    setMoveMessage(
      moved === undefined
        ? ''
        : t('mapping.moved', { column: moved.column + 1, field: t(`fields.${moved.field}`), previous: t(`fields.${moved.previous}`) }),
    );
  };

  if (commit.phase === 'done') {
    return (
      <>
        <h1>{t('title')}</h1>
        <ImportOutcome result={commit.result} onAnother={flow.reset} />
      </>
    );
  }

  return (
    <>
      <Link to={{ name: 'caseload' }} className="back-link">
        {t('backToCaseload')}
      </Link>
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>

      <section className="card">
        <FileDrop onFile={(file) => void flow.choose(file)} disabled={committing || flow.reading !== undefined} />
        <p className="form-status" role="status">
          {flow.reading !== undefined
            ? t('file.reading', { name: flow.reading })
            : flow.file !== undefined
              ? t('file.chosen', { name: flow.file.name })
              : ''}
        </p>
        {flow.fileError && <ErrorAlert error={flow.fileError} />}
      </section>

      {preview !== undefined && mapping !== undefined && (
        <>
          <section className="card" aria-labelledby={ids.detected}>
            <h2 id={ids.detected}>{t('detected.title')}</h2>
            <DetectedFormat preview={preview} />
          </section>

          <section className="card" aria-labelledby={ids.mapping}>
            <h2 id={ids.mapping}>{t('mapping.title')}</h2>
            <p className="section-intro">{t('mapping.intro')}</p>
            <p className="sr-only" aria-live="polite">
              {moveMessage}
            </p>
            {flow.mappingError && <ErrorAlert error={flow.mappingError} />}
            <ColumnMappingTable preview={preview} mapping={mapping} onChange={onMap} />
          </section>

          <section className="card" aria-labelledby={ids.preview} aria-busy={flow.previewing}>
            <div className="section-header">
              <h2 id={ids.preview}>{t('preview.title')}</h2>
              <p className="counts" role="status">
                {flow.previewing ? t('mapping.updating') : t('preview.counts', { valid: preview.validCount, invalid: preview.invalidCount })}
              </p>
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={onlyInvalid} onChange={(event) => setOnlyInvalid(event.target.checked)} />
              {t('preview.onlyInvalid')}
            </label>
            <p className="field-hint">{t('preview.keyboardHint')}</p>
            {rows.length === 0 ? <p className="muted">{t('preview.noRows')}</p> : <PreviewRows rows={rows} busy={flow.previewing} />}
          </section>

          <section className="card confirm-card">
            {commit.phase === 'failed' && (
              <div className="alert alert-error" role="alert">
                <h2>{t('failed.title')}</h2>
                <ErrorText error={commit.error} />
                <p>{t('failed.nothingImported')}</p>
              </div>
            )}
            {preview.validCount === 0 ? (
              <p>{t('confirm.nothingValid')}</p>
            ) : (
              <>
                {preview.invalidCount > 0 && <p>{t('confirm.skipNote', { count: preview.invalidCount })}</p>}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={committing || flow.previewing}
                  aria-busy={committing}
                  onClick={() => void flow.confirm()}
                >
                  {committing ? t('confirm.busy') : t('confirm.button', { count: preview.validCount })}
                </button>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

function ErrorText({ error }: { error: ApiCallError }) {
  const { i18n } = useTranslation();
  return <p>{translateError(i18n, error)}</p>;
}
