import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import type { AppStatus } from '../app/app-start';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { currentLanguage, isLanguage, languages } from '../i18n/i18n';
import { SecuritySettings } from '../security/security-settings';
import { OrganisationSettingsForm } from './organisation-settings-form';
import { WorkSettingsForm } from './work-settings-form';

/**
 * Language (applied at once and kept for next time), the worker's name and thresholds, the sender
 * on documents (organisation and worker), and where Verbind keeps its data.
 */
export function SettingsPage({ status }: { status: AppStatus }) {
  const { t, i18n } = useTranslation('settings');
  const api = useApi();
  const legendId = useId();
  const hintId = useId();
  const workId = useId();
  const organisationId = useId();
  const preferences = useCall('preferences.get', {});
  const [saveState, setSaveState] = useState<{ saved: boolean; error?: ApiCallError }>({ saved: false });
  // The choice shows at once; i18next switches a moment later (changeLanguage is async), and a
  // controlled radio bound only to i18next would jump back to the old language in between.
  const [choosing, setChoosing] = useState<Language | undefined>();
  const language = choosing ?? currentLanguage(i18n);
  useDocumentTitle(t('title'));

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    if (!isLanguage(next) || next === language) return;
    setSaveState({ saved: false });
    setChoosing(next);
    await i18n.changeLanguage(next);
    setChoosing(undefined);
    try {
      await api.call('preferences.update', { language: next });
      setSaveState({ saved: true });
    } catch (error) {
      setSaveState({ saved: false, error: toApiCallError(error) });
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <section className="card">
        <fieldset className="radio-group" aria-describedby={hintId}>
          <legend id={legendId}>{t('language.legend')}</legend>
          <p id={hintId} className="field-hint">
            {t('language.hint')}
          </p>
          {languages.map((option: Language) => (
            <label key={option} className="radio" lang={option}>
              <input
                type="radio"
                name="language"
                value={option}
                checked={language === option}
                onChange={(event) => void choose(event)}
              />
              {t(`language.${option}`)}
            </label>
          ))}
        </fieldset>
        <p className="form-status" role="status">
          {saveState.saved ? t('language.saved') : ''}
        </p>
        {saveState.error && <ErrorAlert error={saveState.error} />}
      </section>
      <section className="card" aria-labelledby={workId}>
        <h2 id={workId}>{t('work.title')}</h2>
        {preferences.status === 'error' && <ErrorAlert error={preferences.error} onRetry={preferences.reload} />}
        {preferences.value === undefined && preferences.status === 'loading' && <p className="muted">{t('work.loading')}</p>}
        {preferences.value !== undefined && <WorkSettingsForm initial={preferences.value} />}
      </section>
      <section className="card" aria-labelledby={organisationId}>
        <h2 id={organisationId}>{t('organisation.title')}</h2>
        {preferences.value === undefined && preferences.status === 'loading' && <p className="muted">{t('work.loading')}</p>}
        {preferences.value !== undefined && <OrganisationSettingsForm initial={preferences.value} />}
      </section>
      <SecuritySettings />
      <section className="card" aria-labelledby={`${legendId}-about`}>
        <h2 id={`${legendId}-about`}>{t('about.title')}</h2>
        <dl className="details">
          <dt>{t('about.version')}</dt>
          <dd>{status.version}</dd>
          <dt>{t('about.dataFolder')}</dt>
          <dd className="path">{status.dataDir}</dd>
        </dl>
      </section>
    </>
  );
}
