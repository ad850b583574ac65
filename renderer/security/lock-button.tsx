import { useTranslation } from 'react-i18next';
import { useAppLock } from './app-lock-context';
import './security.css';

/** Locks Verbind now, before walking away. Outside an open session (nothing to lock) it is not shown. */
export function LockButton() {
  const { t } = useTranslation('security');
  const appLock = useAppLock();
  if (appLock === null) return null;
  return (
    <button
      type="button"
      className="button button-secondary lock-button"
      aria-keyshortcuts="Control+L Meta+L"
      title={t('lock.shortcut')}
      onClick={appLock.lock}
    >
      {t('lock.button')}
    </button>
  );
}
