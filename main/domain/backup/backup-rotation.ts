import { newestFirst, stampTime } from './backup-stamp';

export interface BackupFolderState {
  stamp: string;
  /** A readable manifest with every file it lists present. */
  complete: boolean;
}

const day = 24 * 60 * 60 * 1000;

/** A new daily backup is due when no complete backup is younger than a day (or the clock went back). */
export function dailyBackupDue(backups: readonly BackupFolderState[], now: Date): boolean {
  return !backups.some((backup) => {
    if (!backup.complete) return false;
    const age = now.getTime() - stampTime(backup.stamp).getTime();
    return age >= 0 && age < day;
  });
}

/**
 * Which backup folders to remove: complete ones beyond the newest `keep` (every reason counts, so
 * the folder stays bounded), and damaged or unfinished ones older than the newest complete one. A
 * damaged folder newer than that is left alone: it may be a backup still being written, and it is
 * never restored from anyway.
 */
export function backupsToRemove(backups: readonly BackupFolderState[], keep: number): string[] {
  const sorted = [...backups].sort((a, b) => newestFirst(a.stamp, b.stamp));
  const complete = sorted.filter((backup) => backup.complete);
  const newestComplete = complete[0];
  const remove = complete.slice(Math.max(1, keep)).map((backup) => backup.stamp);
  if (newestComplete) {
    const newestTime = stampTime(newestComplete.stamp).getTime();
    for (const backup of sorted) if (!backup.complete && stampTime(backup.stamp).getTime() < newestTime) remove.push(backup.stamp);
  }
  return remove.sort(newestFirst);
}
