/**
 * Which files of the data folder a backup holds: the caseload as stored, not the key ring (it stays
 * the one in the folder: the data key never changes, so old backups stay readable after a
 * passphrase change), not the lock, preferences, temp files, files already set aside, backups, the
 * record of checked file contents (derived from the files, rebuilt when missing; see
 * services/storage/checked-contents.ts), or the edit journal (the caseload is settled first, which
 * writes every saved change into its client file; see services/storage/edit-journal.ts).
 */
/** The caseload's edit journal: changes not yet written into their client files. */
export const isEditJournal = (relative: string): boolean => relative.startsWith('caseload/journal/');

export function isBackedUp(relative: string, preferencesFile: string): boolean {
  if (relative.startsWith('backups/')) return false;
  if (relative === 'keyring.json' || relative === 'verbind.lock' || relative === preferencesFile) return false;
  if (relative.endsWith('.tmp') || relative === 'caseload/checked-contents.json' || isEditJournal(relative)) return false;
  return !relative.split('/').includes('quarantine');
}

