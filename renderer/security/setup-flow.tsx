import { useState } from 'react';
import { RecoveryKeyPage } from './recovery-key-page';
import { SetupPage } from './setup-page';

/**
 * Set-up, then the recovery key once. The key is held in this state only until the worker continues:
 * unmounting the flow is what forgets it.
 */
export function SetupFlow({ hasUnencryptedData, onDone }: { hasUnencryptedData: boolean; onDone: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState<string | undefined>();
  if (recoveryKey === undefined) return <SetupPage hasUnencryptedData={hasUnencryptedData} onDone={setRecoveryKey} />;
  return <RecoveryKeyPage recoveryKey={recoveryKey} onContinue={onDone} />;
}
