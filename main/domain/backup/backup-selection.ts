/**
 * Which files of the data folder a backup holds: the caseload as stored, not the key ring (it stays
 * the one in the folder: the data key never changes, so old backups stay readable after a
 * passphrase change), not the lock, preferences, temp files, files already set aside, or backups.
 */
export function isBackedUp(relative: string, preferencesFile: string): boolean {
  if (relative.startsWith('backups/')) return false;
  if (relative === 'keyring.json' || relative === 'verbind.lock' || relative === preferencesFile) return false;
  if (relative.endsWith('.tmp')) return false;
  return !relative.split('/').includes('quarantine');
}

