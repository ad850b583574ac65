import type { BackupService } from '../../services/backup/backup-service';
import type { Handlers } from '../dispatcher';

type BackupCalls = 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreFile';

/** `backups()` answers `app_locked` (or why the folder cannot be used) like every caseload call. */
export function backupHandlers(backups: () => BackupService): Pick<Handlers, BackupCalls> {
  return {
    'backups.list': async () => backups().list(),
    'backups.create': async () => backups().create(),
    'backups.restore': async ({ stamp }) => backups().restore(stamp),
    'backups.restoreFile': async ({ stamp, path }) => {
      await backups().restoreFile(stamp, path);
      return { restored: true as const };
    },
  };
}
