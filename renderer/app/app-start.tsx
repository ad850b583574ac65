import { useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CallOutput, Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { RouterProvider } from '../router/router';
import { AppFrame } from './app-frame';
import { StoreNotReadyPage } from './store-not-ready-page';

export type AppStatus = CallOutput<'app.status'>;

type StartState =
  | { phase: 'starting' }
  | { phase: 'failed'; error: ApiCallError }
  | { phase: 'ready'; status: AppStatus; preferences: Preferences | undefined };

/**
 * Asks the main process how the caseload opened and what the worker prefers, applies the language,
 * then shows either the app or a page explaining why the caseload cannot be used.
 */
export function AppStart({ i18n }: { i18n: I18n }) {
  const api = useApi();
  // The instance itself, not the hook's `i18n`: react-i18next hands out a new wrapper object on every
  // language change, and depending on that would start the app again and restore the old language.
  const { t } = useTranslation('common');
  const [state, setState] = useState<StartState>({ phase: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const start = async (): Promise<StartState> => {
      // Preferences are kept apart from the caseload: they still load when the caseload cannot.
      const preferences = await api.call('preferences.get', {}).catch(() => undefined);
      if (preferences && preferences.language !== i18n.language) await i18n.changeLanguage(preferences.language);
      try {
        return { phase: 'ready', status: await api.call('app.status', {}), preferences };
      } catch (error) {
        return { phase: 'failed', error: toApiCallError(error) };
      }
    };
    void start().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [api, i18n, attempt]);

  useDocumentTitle(undefined);

  if (state.phase === 'starting') {
    return (
      <main className="start-page" aria-busy="true">
        <p role="status">{t('starting')}</p>
      </main>
    );
  }
  if (state.phase === 'failed') {
    return (
      <main className="start-page">
        <div className="card start-card">
          <h1>{t('startFailed.title')}</h1>
          <ErrorAlert error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
        </div>
      </main>
    );
  }
  if (state.status.store !== 'ready') {
    return <StoreNotReadyPage store={state.status.store} dataDir={state.status.dataDir} />;
  }
  return (
    <RouterProvider startPath={state.preferences?.lastView}>
      <AppFrame status={state.status} savedLastView={state.preferences?.lastView} />
    </RouterProvider>
  );
}
