import { z } from 'zod';
import { clientIdOfPath, type BackupManifest } from '../../domain/backup/backup-manifest';
import { isBackedUp, isEditJournal } from '../../domain/backup/backup-selection';
import { backupStampPattern } from '../../domain/backup/backup-stamp';
import { EnvelopeError } from '../crypto/file-envelope';
import { erasureRegisterFile, readErasedClientIds } from '../privacy/erasure-register';
import { encodeDocument } from '../storage/json-codec';
import { backupFolderOf, backupsFolder, readBackupManifest, type BackupFiles } from './backup-store';

/** Written before the first file is replaced and removed after the last: a crash in between is finished at the next opening. */
export const restoreJournalFile = `${backupsFolder}/restore-journal.json`;

const journalSchema = z.strictObject({
  stamp: z.string().regex(backupStampPattern),
  replacedFolder: z.string().regex(/^backups\/replaced-[0-9A-Za-z-]+$/),
  startedAt: z.iso.datetime(),
});
type RestoreJournal = z.infer<typeof journalSchema>;

/**
 * Files a restore leaves as they are now: the audit log (the record of who did what is never rolled
 * back, and the restore itself is recorded in it) and the register of erased clients (an erasure
 * made after the backup must hold).
 */
export function isKeptOnRestore(relative: string): boolean {
  return relative.startsWith('audit/') || relative === erasureRegisterFile;
}

const folderOfPath = (relative: string) => relative.split('/').slice(0, -1).join('/');

/**
 * Puts a backup's files in place, each with one atomic write, leaves out clients erased since, and
 * moves (never deletes) current caseload files the backup does not hold to `replacedFolder`. Doing
 * it twice gives the same result, so an interrupted restore is finished by running it again.
 */
async function applyRestore(files: BackupFiles, stamp: string, manifest: BackupManifest, replacedFolder: string): Promise<void> {
  const erased = await readErasedClientIds(files.sealed);
  const wanted = new Set<string>();
  for (const file of manifest.files) {
    if (isKeptOnRestore(file.path)) continue;
    const clientId = clientIdOfPath(file.path);
    if (clientId !== undefined && erased.has(clientId)) continue;
    const bytes = await files.plain.read(`${backupFolderOf(stamp)}/${file.path}`);
    if (bytes === undefined) throw new Error(`Backup ${stamp} lost ${file.path} during the restore`);
    if (folderOfPath(file.path) !== '') await files.plain.ensureFolder(folderOfPath(file.path));
    await files.plain.write(file.path, bytes);
    wanted.add(file.path);
  }
  for (const relative of await files.plain.listAll()) {
    // Changes journaled after the backup must not be replayed over it (the caseload was flushed
    // before a restore, so this is only a journal a failed flush left behind).
    if (isEditJournal(relative)) {
      await files.plain.moveAside(relative, replacedFolder);
      continue;
    }
    if (!isBackedUp(relative, files.preferencesFile) || isKeptOnRestore(relative) || wanted.has(relative)) continue;
    await files.plain.moveAside(relative, replacedFolder);
  }
}

/** Restores a backup that was verified just before, with the journal around it. */
export async function restoreBackup(files: BackupFiles, stamp: string, manifest: BackupManifest, replacedFolder: string, now: Date): Promise<void> {
  const journal: RestoreJournal = { stamp, replacedFolder, startedAt: now.toISOString() };
  await files.sealed.write(restoreJournalFile, encodeDocument(journal));
  await applyRestore(files, stamp, manifest, replacedFolder);
  await files.plain.remove(restoreJournalFile);
}

/**
 * Finishes a restore a crash interrupted, before the caseload is opened. Returns the backup's
 * stamp when one was finished. A journal that cannot be read, or names a backup that is gone, is
 * left in place and reported: guessing could mix two states of the caseload.
 */
export async function finishInterruptedRestore(files: BackupFiles): Promise<string | undefined> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await files.sealed.read(restoreJournalFile);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new Error('The restore journal cannot be read', { cause: error });
    throw error;
  }
  if (bytes === undefined) return undefined;
  const journal = journalSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  const manifest = await readBackupManifest(files, journal.stamp);
  if (!manifest) throw new Error(`The backup ${journal.stamp} named in the restore journal cannot be read`);
  await applyRestore(files, journal.stamp, manifest, journal.replacedFolder);
  await files.plain.remove(restoreJournalFile);
  return journal.stamp;
}
