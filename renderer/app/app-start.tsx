import { useCallback, useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CallOutput, Preferences } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { RouterProvider } from '../router/router';
import { lockCaseload } from '../security/lock-caseload';
import { SetupFlow } from '../security/setup-flow';
import { UnlockFlow } from '../security/unlock-flow';
import { UnlockedSession } from '../security/unlocked-session';
import { AppFrame } from './app-frame';
import { StoreNotReadyPage } from './store-not-ready-page';

export type AppStatus = CallOutput<'app.status'>;

type StartState =
  | { phase: 'starting' }
  | { phase: 'failed'; error: ApiCallError }
  | { phase: 'setup'; hasUnencryptedData: boolean }
  /** `locking`: the lock call is still on its way (the screens are already gone). */
  | { phase: 'locked'; locking: boolean; lockError?: ApiCallError; keychain?: CallOutput<'security.status'>['keychain'] }
  | { phase: 'ready'; status: AppStatus; preferences: Preferences | undefined; lockAfterMinutes: number };

/**
 * Asks the main process whether the caseload needs a passphrase, is locked or is open, and what the
 * worker prefers (the language applies to the unlock screen too); then shows set-up, the unlock
 * screen, the app, or a page explaining why the caseload cannot be used. The app itself is mounted
 * only while unlocked. Unlocking starts again from the top, so the caseload opens as on a fresh
 * start; the router's hash keeps the screen the worker was on.
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
        const security = await api.call('security.status', {});
        if (security.state === 'setup_needed') return { phase: 'setup', hasUnencryptedData: security.hasUnencryptedData };
        if (security.state === 'locked') return { phase: 'locked', locking: false, keychain: security.keychain };
        return { phase: 'ready', status: await api.call('app.status', {}), preferences, lockAfterMinutes: security.lockAfterMinutes };
      } catch (error) {
        const refused = toApiCallError(error);
        // Locked between the two questions (the computer was locked just then).
        if (refused.code === 'app_locked') return { phase: 'locked', locking: false };
        return { phase: 'failed', error: refused };
      }
    };
    void start().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [api, i18n, attempt]);

  // Sent only after the screens are gone (this effect runs after their clean-up), so a save they
  // send on closing goes out before the lock.
  const locking = state.phase === 'locked' && state.locking;
  useEffect(() => {
    if (!locking) return undefined;
    let current = true;
    lockCaseload(api).then(
      () => {
        if (current) setState({ phase: 'locked', locking: false });
      },
      (error: unknown) => {
        if (current) setState({ phase: 'locked', locking: false, lockError: toApiCallError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, locking]);

  const lockNow = useCallback(() => setState((now) => (now.phase === 'ready' ? { phase: 'locked', locking: true } : now)), []);
  const lockedElsewhere = useCallback(() => setState((now) => (now.phase === 'ready' ? { phase: 'locked', locking: false } : now)), []);
  const startAgain = useCallback(() => {
    setState({ phase: 'starting' });
    setAttempt((n) => n + 1);
  }, []);

  useDocumentTitle(undefined);

  switch (state.phase) {
    case 'starting':
      return (
        <main className="start-page" aria-busy="true">
          <p role="status">{t('starting')}</p>
        </main>
      );
    case 'failed':
      return (
        <main className="start-page">
          <div className="card start-card">
            <h1>{t('startFailed.title')}</h1>
            <ErrorAlert error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
          </div>
        </main>
      );
    case 'setup':
      return <SetupFlow hasUnencryptedData={state.hasUnencryptedData} onDone={startAgain} />;
    case 'locked':
      return <UnlockFlow keychain={state.keychain} locking={state.locking} lockError={state.lockError} onUnlocked={startAgain} />;
    case 'ready':
      if (state.status.store !== 'ready') {
        return <StoreNotReadyPage store={state.status.store} dataDir={state.status.dataDir} />;
      }
      return (
        <UnlockedSession lockAfterMinutes={state.lockAfterMinutes} onLock={lockNow} onLockedElsewhere={lockedElsewhere}>
          <RouterProvider startPath={state.preferences?.lastView}>
            <AppFrame status={state.status} savedLastView={state.preferences?.lastView} />
          </RouterProvider>
        </UnlockedSession>
      );
  }
}
