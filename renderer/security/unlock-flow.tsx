import { useEffect, useState } from 'react';
import type { CallOutput } from '../../main/api/api-types';
import type { ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { RecoveredPage } from './recovered-page';
import { UnlockPage } from './unlock-page';

export type KeychainStatus = CallOutput<'security.status'>['keychain'];

interface UnlockFlowProps {
  onUnlocked: () => void;
  /** From the status the app started with; when the app locked later it is asked again (it may have been turned on since). */
  keychain?: KeychainStatus | undefined;
  locking?: boolean | undefined;
  lockError?: ApiCallError | undefined;
}

/**
 * Unlocking, and after the recovery key the chance to choose a new passphrase. The typed recovery
 * key lives only in this flow's state, for that one change; it goes when the flow ends.
 */
export function UnlockFlow({ onUnlocked, keychain, locking, lockError }: UnlockFlowProps) {
  const api = useApi();
  const [asked, setAsked] = useState<KeychainStatus | undefined>();
  const [recoveryKey, setRecoveryKey] = useState<string | undefined>();

  useEffect(() => {
    if (keychain !== undefined) return undefined;
    let current = true;
    // Not knowing only hides the button: the passphrase always works.
    api.call('security.status', {}).then(
      (status) => {
        if (current) setAsked(status.keychain);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, keychain]);

  const known = keychain ?? asked;
  if (recoveryKey !== undefined) return <RecoveredPage recoveryKey={recoveryKey} onContinue={onUnlocked} />;
  return (
    <UnlockPage
      keychainOffered={known !== undefined && known.available && known.enabled}
      locking={locking}
      lockError={lockError}
      onUnlocked={(method, secret) => (method === 'recoveryKey' && secret !== undefined ? setRecoveryKey(secret) : onUnlocked())}
    />
  );
}
