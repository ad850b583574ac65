import { ApiError } from '../../api/errors';
import { clientFilePath, clientIdOfPath, type BackupReason } from '../../domain/backup/backup-manifest';
import { backupsToRemove, dailyBackupDue } from '../../domain/backup/backup-rotation';
import { backupStamp, stampTime } from '../../domain/backup/backup-stamp';
import type { AuditEvent } from '../audit/audit-trail';
import { ErasureRegisterDamagedError, readErasedClientIds } from '../privacy/erasure-register';
import type { StoreProblem } from '../storage/store-problem';
import { finishInterruptedRestore, restoreBackup } from './backup-restore';
import {
  BackupCancelledError,
  backupFolderOf,
  backupsFolder,
  createBackup,
  scanBackups,
  verifyBackup,
  verifyFile,
  writeManifest,
  type BackupFiles,
  type BackupFolder,
} from './backup-store';

export interface BackupSummary {
  stamp: string;
  createdAt: string;
  state: 'complete' | 'damaged';
  reason?: BackupReason;
  fileCount?: number;
  bytes?: number;
  clientCount?: number;
}

/** A damaged file the caseload set aside, and the newest backup holding a good copy of it. */
export interface RestoreOffer {
  file: string;
  stamp: string;
  createdAt: string;
}

export interface BackupList {
  backups: BackupSummary[];
  keep: number;
  offers: RestoreOffer[];
}

export interface BackupServiceDeps {
  files: BackupFiles;
  now: () => Date;
  appVersion: string;
  /** How many complete backups to keep (preference `backupKeep`). */
  keep: () => number;
  logError: (message: string, error: unknown) => void;
  /** Whether the caseload opened; automatic backups are made only of a caseload that did. */
  caseloadReady: () => boolean;
  /** Files set aside when the caseload opened (`app.status` problems). */
  problems: () => readonly StoreProblem[];
  /** Writes every saved change into its client file (the edit journal is not backed up). */
  settleCaseload: () => Promise<void>;
  /** Flushes and closes the caseload services before files are replaced… */
  closeCaseload: () => Promise<void>;
  /** …and opens them again on the files as they are now. */
  reopenCaseload: () => Promise<void>;
  /** An audit record through the (reopened) caseload's trail. */
  record: (event: AuditEvent) => void;
}

export interface BackupService {
  list(): Promise<BackupList>;
  /** A backup now ("back up now"), then rotation. */
  create(): Promise<BackupSummary>;
  /** Replaces the caseload by a verified backup, saving the current state as a backup first. */
  restore(stamp: string): Promise<{ stamp: string; savedAs: string }>;
  /** Puts back one file (a damaged one that was set aside) from a backup. */
  restoreFile(stamp: string, path: string): Promise<void>;
  /** Removes an erased client from every backup; how many backups held them. */
  purgeClient(clientId: string): Promise<number>;
  /** How many backups hold a client (shown before erasing). */
  countClient(clientId: string): Promise<number>;
  /** Makes the daily backup when none is younger than a day, and rotates. Never throws. */
  ensureDaily(): Promise<void>;
  /** Finishes a restore a crash interrupted; call before the caseload opens. Never throws. */
  finishInterruptedRestore(): Promise<void>;
  /** Checks for a due backup now and then every hour, until `stop`. */
  startSchedule(): void;
  /**
   * Stops the schedule; a backup in progress is given up at the next file, a restore finishes.
   * Resolves when nothing runs any more, so the key can be dropped (before locking or closing).
   */
  stop(): Promise<void>;
}

const hour = 60 * 60 * 1000;
const notFound = () => new ApiError('not_found', { messageKey: 'backups:errors.notFound' });
const damaged = () => new ApiError('conflict', { messageKey: 'backups:errors.damaged' });

function summaryOf(folder: BackupFolder): BackupSummary {
  const manifest = folder.manifest;
  if (!manifest || !folder.complete) return { stamp: folder.stamp, createdAt: stampTime(folder.stamp).toISOString(), state: 'damaged' };
  return {
    stamp: folder.stamp,
    createdAt: manifest.createdAt,
    state: 'complete',
    reason: manifest.reason,
    fileCount: manifest.files.length,
    bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
    clientCount: manifest.clientCount,
  };
}

async function erasedClients(files: BackupFiles): Promise<ReadonlySet<string>> {
  try {
    return await readErasedClientIds(files.sealed);
  } catch (error) {
    if (error instanceof ErasureRegisterDamagedError) throw new ApiError('conflict', { messageKey: 'backups:errors.registerDamaged' });
    throw error;
  }
}

/**
 * Rotating backups of the caseload inside the data folder. Every operation runs one at a time, so
 * the hourly check, a click on "back up now", a restore and an erasure never interleave.
 */
export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { files } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  // While a restore reopens the caseload, the caseload may finish an interrupted erasure and purge
  // backups: that call runs inside the restore's turn instead of waiting behind it for ever.
  let reopening = false;

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    if (reopening) return work();
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const reopen = async () => {
    reopening = true;
    try {
      await deps.reopenCaseload();
    } finally {
      reopening = false;
    }
  };

  const make = async (reason: BackupReason) => {
    const taken = new Set((await scanBackups(files)).map((folder) => folder.stamp));
    // Locking must not wait for a whole caseload to be copied; a backup before a restore is part of it and finishes.
    const cancelled = () => stopped && reason !== 'before_restore';
    await deps.settleCaseload();
    return createBackup(files, { reason, now: deps.now(), appVersion: deps.appVersion, taken, cancelled });
  };

  const rotate = async () => {
    for (const stamp of backupsToRemove(await scanBackups(files), deps.keep())) await files.plain.removeFolder(backupFolderOf(stamp));
  };

  /** Takes client files out of one backup and rewrites its manifest, so it stays verifiable. */
  const removeFromBackup = async (folder: BackupFolder, paths: ReadonlySet<string>) => {
    for (const path of paths) await files.plain.remove(`${backupFolderOf(folder.stamp)}/${path}`);
    if (!folder.manifest || !folder.manifest.files.some((file) => paths.has(file.path))) return;
    const remaining = folder.manifest.files.filter((file) => !paths.has(file.path));
    await writeManifest(files, folder.stamp, {
      ...folder.manifest,
      files: remaining,
      clientCount: remaining.filter((file) => clientIdOfPath(file.path) !== undefined).length,
    });
  };

  /** An erasure whose purge failed (or came from another copy of the folder) is finished here. */
  const purgeErased = async () => {
    const erased = await readErasedClientIds(files.sealed);
    if (erased.size === 0) return;
    for (const folder of await scanBackups(files)) {
      const listed = [...folder.present, ...(folder.manifest?.files.map((file) => file.path) ?? [])];
      const paths = new Set(listed.filter((path) => erased.has(clientIdOfPath(path) ?? '')));
      if (paths.size > 0) await removeFromBackup(folder, paths);
    }
  };

  const daily = async () => {
    if (stopped || !deps.caseloadReady()) return;
    try {
      if (dailyBackupDue(await scanBackups(files), deps.now())) await make('daily');
      await rotate();
      await purgeErased();
    } catch (error) {
      if (!(error instanceof BackupCancelledError)) deps.logError('The daily backup failed', error);
    }
  };

  const offers = async (folders: readonly BackupFolder[]): Promise<RestoreOffer[]> => {
    const wanted = deps.problems().filter((problem) => problem.movedTo !== undefined && problem.reason !== 'newer_version');
    if (wanted.length === 0) return [];
    const erased = await readErasedClientIds(files.sealed).catch(() => undefined);
    const result: RestoreOffer[] = [];
    for (const problem of wanted) {
      const clientId = clientIdOfPath(problem.file);
      if (clientId !== undefined && (erased === undefined || erased.has(clientId))) continue;
      for (const folder of folders) {
        const entry = folder.complete ? folder.manifest?.files.find((file) => file.path === problem.file) : undefined;
        if (!entry || (await verifyFile(files, folder.stamp, entry)) !== undefined) continue;
        result.push({ file: problem.file, stamp: folder.stamp, createdAt: folder.manifest!.createdAt });
        break;
      }
    }
    return result;
  };

  return {
    list: () =>
      serial(async () => {
        const folders = await scanBackups(files);
        return { backups: folders.map(summaryOf), keep: deps.keep(), offers: await offers(folders) };
      }),

    create: () =>
      serial(async () => {
        const { stamp } = await make('manual');
        deps.record({ action: 'backup', entity: 'backup', detail: stamp });
        await rotate().catch((error: unknown) => deps.logError('Rotating backups failed', error));
        const made = (await scanBackups(files)).find((folder) => folder.stamp === stamp);
        if (!made) throw new Error(`The backup ${stamp} disappeared`);
        return summaryOf(made);
      }),

    restore: (stamp) =>
      serial(async () => {
        const verified = await verifyBackup(files, stamp);
        if (!verified) throw (await scanBackups(files)).some((folder) => folder.stamp === stamp) ? damaged() : notFound();
        await erasedClients(files);
        await deps.closeCaseload();
        let reopenAfter = true;
        try {
          // Not rotated now: rotation could remove the very backup being restored.
          const saved = await make('before_restore');
          reopenAfter = false;
          await restoreBackup(files, stamp, verified.manifest, `${backupsFolder}/replaced-${saved.stamp}`, deps.now());
          reopenAfter = true;
          return { stamp, savedAs: saved.stamp };
        } finally {
          // A restore that failed halfway leaves the caseload closed: the journal finishes it at the
          // next unlock or start, before anyone can work in a mix of two states.
          if (reopenAfter) {
            await reopen();
            deps.record({ action: 'restore', entity: 'backup', detail: stamp });
          }
        }
      }),

    restoreFile: (stamp, path) =>
      serial(async () => {
        const folder = (await scanBackups(files)).find((candidate) => candidate.stamp === stamp);
        if (!folder) throw notFound();
        const entry = folder.manifest?.files.find((file) => file.path === path);
        if (!folder.manifest || !folder.complete) throw damaged();
        if (!entry) throw notFound();
        const clientId = clientIdOfPath(path);
        if (clientId !== undefined && (await erasedClients(files)).has(clientId)) {
          throw new ApiError('conflict', { messageKey: 'backups:errors.erased' });
        }
        if ((await verifyFile(files, stamp, entry)) !== undefined) throw damaged();
        const bytes = (await files.plain.read(`${backupFolderOf(stamp)}/${path}`))!;
        await deps.closeCaseload();
        try {
          // What is there now (a directory started afresh, say) is moved aside, never overwritten.
          if ((await files.plain.read(path)) !== undefined) await files.plain.moveAside(path, `${backupsFolder}/replaced-${backupStamp(deps.now())}`);
          const folderPath = path.split('/').slice(0, -1).join('/');
          if (folderPath !== '') await files.plain.ensureFolder(folderPath);
          await files.plain.write(path, bytes);
        } finally {
          await reopen();
        }
        deps.record({ action: 'restore', entity: 'backup', detail: stamp, ...(clientId ? { clientId } : {}) });
      }),

    purgeClient: (clientId) =>
      serial(async () => {
        const path = clientFilePath(clientId);
        let held = 0;
        for (const folder of await scanBackups(files)) {
          const listed = folder.manifest?.files.some((file) => file.path === path) ?? false;
          if (!listed && !folder.present.has(path)) continue;
          held++;
          await removeFromBackup(folder, new Set([path]));
        }
        // Files a restore moved aside are named `<time>-<id>.json`.
        for (const relative of await files.plain.listAll()) {
          if (/^backups\/replaced-[^/]+\//.test(relative) && relative.endsWith(`-${clientId}.json`)) await files.plain.remove(relative);
        }
        return held;
      }),

    countClient: (clientId) =>
      serial(async () => {
        const path = clientFilePath(clientId);
        const folders = await scanBackups(files);
        return folders.filter((folder) => folder.present.has(path) || (folder.manifest?.files.some((file) => file.path === path) ?? false)).length;
      }),

    ensureDaily: () => serial(daily),

    finishInterruptedRestore: () =>
      serial(async () => {
        try {
          const finished = await finishInterruptedRestore(files);
          if (finished) deps.logError(`An interrupted restore of backup ${finished} was finished`, undefined);
        } catch (error) {
          deps.logError('An interrupted restore could not be finished', error);
        }
      }),

    startSchedule() {
      if (stopped || timer) return;
      void serial(daily);
      timer = setInterval(() => void serial(daily), hour);
      timer.unref();
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await queue;
    },
  };
}
