import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../i18n/i18n';
import { ProblemAlert } from '../programme/problem-alert';
import { Link } from '../router/link';
import { bytesToBase64, readFileBytes } from '../transfer/file-bytes';
import { describeTemplatePath } from './template-path';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; template: TemplateSummary }
  | { phase: 'failed'; error: ApiCallError };

/**
 * Reads a programme file a colleague shared. The main process checks it in full; a refusal is shown
 * with where in the file each problem is. An import never replaces an existing programme.
 */
export function ImportTemplate({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const api = useApi();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ phase: 'busy' });
    try {
      const contentBase64 = bytesToBase64(await readFileBytes(file));
      const template = await api.call('programme.importTemplate', { contentBase64 });
      setState({ phase: 'done', template });
      onImported();
    } catch (error) {
      setState({ phase: 'failed', error: toApiCallError(error) });
    } finally {
      // The same file can be chosen again after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <div className="import-template">
      <div className="field">
        <label htmlFor={id}>{t('templatesPage.importLabel')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('templatesPage.importHint')}
        </p>
        <input
          ref={inputRef}
          id={id}
          type="file"
          className="file-input"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          disabled={state.phase === 'busy'}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {state.phase === 'busy'
          ? t('templatesPage.importing')
          : state.phase === 'done'
            ? t('templatesPage.imported', { name: state.template.name[language] })
            : ''}
      </p>
      {state.phase === 'done' && (
        <p>
          <Link to={{ name: 'programmeTemplate', id: state.template.id }}>{t('templatesPage.openImported')}</Link>
        </p>
      )}
      {/* Only a refused template has issues that point into the file; others point at the call. */}
      {state.phase === 'failed' && (
        <ProblemAlert
          error={state.error}
          title={t('templatesPage.importFailed')}
          describePath={state.error.messageKey === 'programme:file.invalid' ? (path) => describeTemplatePath(path, t) : undefined}
        />
      )}
    </div>
  );
}
