import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { localInputToIso, toLocalInputValue } from '../components/local-date-time';
import { currentLanguage } from '../i18n/i18n';
import { ProblemAlert } from './problem-alert';

/** The next whole hour: a sensible first guess for the first session. */
export function nextWholeHour(now = new Date()): string {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return toLocalInputValue(next);
}

/** Built-in first, then the organisation's own, each by name. */
export function orderTemplates(templates: readonly TemplateSummary[], language: 'nl' | 'en'): TemplateSummary[] {
  return [...templates].sort(
    (a, b) => Number(a.origin !== 'builtin') - Number(b.origin !== 'builtin') || a.name[language].localeCompare(b.name[language], language),
  );
}

export interface StartValues {
  templateId: string;
  firstSessionAt: string;
}

/**
 * Template and first session, shared by "Programma starten" and "Groep starten": the caller adds
 * its own fields (`children`) and does the call. The date-time is checked here, the rest by main.
 */
export function StartProgrammeForm({
  labelledBy,
  submitLabel,
  children,
  onSubmit,
  onCancel,
  extraCheck,
}: {
  labelledBy: string;
  submitLabel: string;
  children?: ReactNode;
  onSubmit: (values: StartValues) => Promise<void>;
  onCancel: () => void;
  /** A problem in the caller's own fields, or undefined; checked before the call. */
  extraCheck?: () => boolean;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const templates = useCall('programme.templates', {});
  const ids = { template: useId(), when: useId() };
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [when, setWhen] = useState(() => nextWholeHour());
  const [whenInvalid, setWhenInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const ordered = orderTemplates(templates.value ?? [], language);
  const chosen = templateId ?? ordered[0]?.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const firstSessionAt = localInputToIso(when);
    setWhenInvalid(firstSessionAt === undefined);
    const extraOk = extraCheck ? extraCheck() : true;
    if (firstSessionAt === undefined || chosen === undefined || !extraOk) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await onSubmit({ templateId: chosen, firstSessionAt });
    } catch (error) {
      setFailure(toApiCallError(error));
      setBusy(false);
    }
  };

  return (
    <form className="form" aria-labelledby={labelledBy} onSubmit={(event) => void submit(event)} noValidate>
      {templates.status === 'error' && <ErrorAlert error={templates.error} onRetry={templates.reload} />}
      {children}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.template}>{t('client.template')}</label>
          <select
            id={ids.template}
            className="input"
            value={chosen ?? ''}
            disabled={templates.value === undefined}
            onChange={(event) => setTemplateId(event.target.value)}
          >
            {templates.value === undefined && <option value="">{t('client.templatesLoading')}</option>}
            {ordered.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name[language]}
              </option>
            ))}
          </select>
        </div>
        <div className={whenInvalid ? 'field field-invalid' : 'field'}>
          <label htmlFor={ids.when}>{t('client.firstSession')}</label>
          <input
            id={ids.when}
            type="datetime-local"
            className="input"
            value={when}
            required
            aria-invalid={whenInvalid || undefined}
            aria-describedby={whenInvalid ? `${ids.when}-hint ${ids.when}-error` : `${ids.when}-hint`}
            onChange={(event) => setWhen(event.target.value)}
          />
          <p className="field-hint" id={`${ids.when}-hint`}>
            {t('client.firstSessionHint')}
          </p>
          {whenInvalid && (
            <p className="field-error" id={`${ids.when}-error`}>
              {t('validation.dateTimeInvalid')}
            </p>
          )}
        </div>
      </div>
      {failure && <ProblemAlert error={failure} />}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || chosen === undefined}>
          {busy ? t('client.starting') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('client.cancel')}
        </button>
      </div>
    </form>
  );
}
