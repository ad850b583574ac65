import { startCore, type VerbindCore } from '../../../main/app/start-core';

export type CallName = Parameters<VerbindCore['dispatch']>[0];

export interface BenchCore {
  core: VerbindCore;
  call<T>(name: CallName, input: unknown): Promise<T>;
  /** security.unlock: scrypt, then the whole caseload opened (store, index, audit, templates, directory). */
  unlockMs: number;
}

/**
 * The real core on an encrypted data folder, unlocked with the passphrase, as the app runs it.
 * Automatic backups are off so a backup copying the folder never runs under a measurement.
 */
export async function openBenchCore(dataDir: string, passphrase: string, settings: Record<string, unknown> = {}): Promise<BenchCore> {
  const preferences = new Map<string, unknown>(Object.entries({ workerName: 'Sanne Visser', ...settings }));
  const core = await startCore({
    dataDir,
    version: 'bench',
    preferences: { get: (key) => preferences.get(key), set: (key, value) => void preferences.set(key, value) },
    logError: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
    encryptAtRest: true,
    automaticBackups: false,
  });
  const call = async <T>(name: CallName, input: unknown): Promise<T> => {
    const result = await core.dispatch(name, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const start = performance.now();
  await call('security.unlock', { passphrase });
  return { core, call, unlockMs: performance.now() - start };
}
