import type { DataFiles } from '../../services/storage/data-files';
import { VaultError, type Vault } from '../../services/security/vault';
import type { Handlers } from '../dispatcher';
import { ApiError, type ApiErrorCode } from '../errors';

export type UnlockMethod = 'setup' | 'passphrase' | 'recoveryKey' | 'keychain';

type SecurityCalls =
  | 'security.status'
  | 'security.setup'
  | 'security.unlock'
  | 'security.lock'
  | 'security.changePassphrase'
  | 'security.unlockWithKeychain'
  | 'security.setKeychain';

const refusals: Record<VaultError['reason'], [ApiErrorCode, string]> = {
  wrong_passphrase: ['unauthorised', 'security:errors.wrongPassphrase'],
  wrong_recovery_key: ['unauthorised', 'security:errors.wrongRecoveryKey'],
  already_set_up: ['conflict', 'security:errors.alreadySetUp'],
  not_set_up: ['conflict', 'security:errors.notSetUp'],
  damaged_key_ring: ['store_unavailable', 'security:errors.damagedKeyRing'],
  weak_parameters: ['store_unavailable', 'security:errors.weakParameters'],
  keychain_unavailable: ['conflict', 'security:errors.keychainUnavailable'],
  keychain_failed: ['unauthorised', 'security:errors.keychainFailed'],
  not_unlocked: ['app_locked', 'errors:appLocked'],
};

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError) {
      const [code, messageKey] = refusals[error.reason];
      throw new ApiError(code, { messageKey });
    }
    throw error;
  }
}

interface SecurityDeps {
  /** Undefined when the data folder is not encrypted (tests of other things). */
  vault(): Vault | undefined;
  /** Opens the caseload on the unlocked files. */
  /** Opens the caseload on the unlocked files; `how` goes into the audit log. */
  opened(files: DataFiles, how: UnlockMethod): Promise<void>;
  lockNow(): Promise<void>;
  lockAfterMinutes(): number;
}

export function securityHandlers(deps: SecurityDeps): Pick<Handlers, SecurityCalls> {
  const required = () => {
    const vault = deps.vault();
    if (!vault) throw new ApiError('conflict', { messageKey: 'security:errors.notSetUp' });
    return vault;
  };
  return {
    'security.status': async () => {
      const vault = deps.vault();
      const state = vault?.state() ?? 'unlocked';
      return {
        state,
        lockAfterMinutes: deps.lockAfterMinutes(),
        hasUnencryptedData: vault !== undefined && state === 'setup_needed' && (await vault.hasUnencryptedData()),
        keychain: vault?.keychain() ?? { available: false, enabled: false },
      };
    },
    'security.setup': ({ passphrase }) =>
      translated(async () => {
        const { recoveryKey, files } = await required().setup(passphrase);
        await deps.opened(files, 'setup');
        return { recoveryKey };
      }),
    'security.unlock': (secret) =>
      translated(async () => {
        const vault = required();
        if (vault.state() !== 'unlocked') await deps.opened(await vault.unlock(secret), 'passphrase' in secret ? 'passphrase' : 'recoveryKey');
        return { unlocked: true as const };
      }),
    'security.lock': async () => {
      await deps.lockNow();
      return { locked: true as const };
    },
    'security.changePassphrase': (input) =>
      translated(async () => {
        await required().changePassphrase('current' in input ? { passphrase: input.current } : { recoveryKey: input.recoveryKey }, input.next);
        return { changed: true as const };
      }),
    'security.unlockWithKeychain': () =>
      translated(async () => {
        const vault = required();
        if (vault.state() !== 'unlocked') await deps.opened(await vault.unlockWithKeychain(), 'keychain');
        return { unlocked: true as const };
      }),
    'security.setKeychain': ({ enabled }) =>
      translated(async () => {
        await required().setKeychain(enabled);
        return { enabled };
      }),
  };
}
