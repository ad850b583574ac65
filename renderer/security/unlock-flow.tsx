import { useState } from 'react';
import type { ApiCallError } from '../api/api-client';
import { RecoveredPage } from './recovered-page';
import { UnlockPage } from './unlock-page';

interface UnlockFlowProps {
  onUnlocked: () => void;
  locking?: boolean | undefined;
  lockError?: ApiCallError | undefined;
}

/** Unlocking, and after the recovery key a word on what that means for the passphrase. */
export function UnlockFlow({ onUnlocked, locking, lockError }: UnlockFlowProps) {
  const [recovered, setRecovered] = useState(false);
  if (recovered) return <RecoveredPage onContinue={onUnlocked} />;
  return (
    <UnlockPage
      locking={locking}
      lockError={lockError}
      onUnlocked={(method) => (method === 'recoveryKey' ? setRecovered(true) : onUnlocked())}
    />
  );
}
