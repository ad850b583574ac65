import { createHash } from 'node:crypto';
import { keyRingFile } from '../crypto/key-ring';
import { backupManifestSchema, clientIdOfPath, type BackupManifest, type BackupReason } from '../../domain/backup/backup-manifest';
import { isBackedUp } from '../../domain/backup/backup-selection';
import { backupStamp, isBackupStamp, newestFirst } from '../../domain/backup/backup-stamp';
import { EnvelopeError } from '../crypto/file-envelope';
import { clientDocumentMigrations, clientDocumentSchema, clientDocumentVersion } from '../storage/client-document';
import type { DataFiles } from '../storage/data-files';
import { decodeDocument, DecodeError, encodeDocument } from '../storage/json-codec';
import { folderView } from './backup-folder-view';

export const backupsFolder = 'backups';
export const backupFolderOf = (stamp: string) => `${backupsFolder}/${stamp}`;
const manifestOf = (stamp: string) => `${backupFolderOf(stamp)}/manifest.json`;

/** The data folder three ways: raw bytes for copying, the encrypted view, and that view of any backup. */
export interface BackupFiles {
  /** Bytes as stored (sealed when encrypted): what a backup copies. */
  plain: DataFiles;
  /** The data folder as the services see it (decrypted); the same as `plain` when not encrypted. */
  sealed: DataFiles;
  /** The decrypted view of a folder laid out like the data folder; identity when not encrypted. */
  view(inner: DataFiles): DataFiles;
  preferencesFile: string;
}

export interface BackupFolder {
  stamp: string;
  /** Paths inside the backup, relative to it. */
  present: ReadonlySet<string>;
  /** Undefined when the manifest is missing or cannot be read: an unfinished or damaged backup. */
  manifest: BackupManifest | undefined;
  complete: boolean;
}

export type FileProblem = 'missing' | 'changed' | 'unreadable' | 'not_json' | 'invalid_schema' | 'newer_version';

/** A backup given up halfway (the app is locking or closing); its folder has no manifest and rotates away. */
export class BackupCancelledError extends Error {
  constructor() {
    super('The backup was stopped before it was finished');
    this.name = 'BackupCancelledError';
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The decrypted view of one backup: each file opens with the path it had in the data folder. */
export function backupView(files: BackupFiles, stamp: string): DataFiles {
  return files.view(folderView(files.plain, backupFolderOf(stamp)));
}

/**
 * Whether a file can be used: it decrypts, and a client document decodes with the current schema
 * and belongs to the client it is named after. Other JSON files must at least be JSON.
 */
export async function checkFile(view: DataFiles, relative: string): Promise<FileProblem | undefined> {
  try {
    const bytes = await view.read(relative);
    if (bytes === undefined) return 'missing';
    const clientId = clientIdOfPath(relative);
    if (clientId !== undefined) {
      const document = decodeDocument(bytes, clientDocumentSchema, clientDocumentMigrations, clientDocumentVersion);
      if (document.client.id !== clientId) return 'invalid_schema';
    } else if (relative.endsWith('.json')) {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    return undefined;
  } catch (error) {
    if (error instanceof EnvelopeError) return 'unreadable';
    if (error instanceof DecodeError) return error.reason;
    if (error instanceof SyntaxError || error instanceof TypeError) return 'not_json';
    throw error;
  }
}

/** A manifest that cannot be decrypted or parsed is a damaged backup; a failing disk is an error. */
async function readManifest(files: BackupFiles, stamp: string): Promise<BackupManifest | undefined> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await files.sealed.read(manifestOf(stamp));
  } catch (error) {
    if (error instanceof EnvelopeError) return undefined;
    throw error;
  }
  if (bytes === undefined) return undefined;
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every backup folder, newest first, from one listing of the data folder. */
export async function scanBackups(files: BackupFiles): Promise<BackupFolder[]> {
  const present = new Map<string, Set<string>>();
  for (const relative of await files.plain.listAll()) {
    const match = /^backups\/([^/]+)\/(.+)$/.exec(relative);
    if (!match?.[1] || !match[2] || !isBackupStamp(match[1])) continue;
    const inside = present.get(match[1]) ?? new Set<string>();
    inside.add(match[2]);
    present.set(match[1], inside);
  }
  const folders: BackupFolder[] = [];
  for (const stamp of [...present.keys()].sort(newestFirst)) {
    const inside = present.get(stamp)!;
    const manifest = await readManifest(files, stamp);
    const complete = manifest !== undefined && manifest.files.every((file) => inside.has(file.path));
    folders.push({ stamp, present: inside, manifest, complete });
  }
  return folders;
}

export async function writeManifest(files: BackupFiles, stamp: string, manifest: BackupManifest): Promise<void> {
  await files.sealed.write(manifestOf(stamp), encodeDocument(manifest));
}

const folderOfPath = (relative: string) => relative.split('/').slice(0, -1).join('/');

/**
 * Copies every caseload file, as stored, into `backups/<stamp>/`, reads each copy back through the
 * decrypting view (so a backup only holds files that can be restored; one that cannot is left out
 * and named in the manifest), and writes the manifest last.
 */
export async function createBackup(
  files: BackupFiles,
  options: { reason: BackupReason; now: Date; appVersion?: string; taken: ReadonlySet<string>; cancelled?: () => boolean },
): Promise<{ stamp: string; manifest: BackupManifest }> {
  const stamp = backupStamp(options.now, (candidate) => options.taken.has(candidate));
  const folder = backupFolderOf(stamp);
  const view = backupView(files, stamp);
  const entries: BackupManifest['files'] = [];
  const skipped: string[] = [];
  const made = new Set<string>();
  for (const relative of await files.plain.listAll()) {
    if (!isBackedUp(relative, files.preferencesFile)) continue;
    if (options.cancelled?.()) throw new BackupCancelledError();
    const bytes = await files.plain.read(relative);
    if (bytes === undefined) continue; // removed since the listing
    const target = `${folder}/${relative}`;
    if (!made.has(folderOfPath(target))) {
      await files.plain.ensureFolder(folderOfPath(target));
      made.add(folderOfPath(target));
    }
    await files.plain.write(target, bytes);
    if ((await checkFile(view, relative)) !== undefined) {
      await files.plain.remove(target);
      skipped.push(relative);
      continue;
    }
    entries.push({ path: relative, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: BackupManifest = {
    format: 'verbind-backup',
    schemaVersion: 1,
    createdAt: options.now.toISOString(),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    reason: options.reason,
    files: entries,
    clientCount: entries.filter((entry) => clientIdOfPath(entry.path) !== undefined).length,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  await files.plain.ensureFolder(folder);
  // The key ring goes along (it is only as strong as the passphrase, like the original): a damaged
  // keyring.json would otherwise make the caseload and every backup unreadable at once.
  const ring = await files.plain.read(keyRingFile);
  if (ring !== undefined) await files.plain.write(`${folder}/${keyRingFile}`, ring);
  await writeManifest(files, stamp, manifest);
  return { stamp, manifest };
}

export interface VerifiedBackup {
  stamp: string;
  manifest: BackupManifest;
}

/**
 * A backup is restorable only when its manifest opens and every file it lists is there, unchanged
 * (the hash of the stored bytes) and readable. Returns the first problem found, or the backup.
 */
export async function verifyBackup(files: BackupFiles, stamp: string): Promise<VerifiedBackup | undefined> {
  const manifest = await readManifest(files, stamp);
  if (!manifest) return undefined;
  const view = backupView(files, stamp);
  for (const file of manifest.files) {
    if ((await verifyFile(files, stamp, file, view)) !== undefined) return undefined;
  }
  return { stamp, manifest };
}

/** One file of a backup: present with the recorded hash, and readable. */
export async function verifyFile(
  files: BackupFiles,
  stamp: string,
  file: BackupManifest['files'][number],
  view: DataFiles = backupView(files, stamp),
): Promise<FileProblem | undefined> {
  const bytes = await files.plain.read(`${backupFolderOf(stamp)}/${file.path}`);
  if (bytes === undefined) return 'missing';
  if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) return 'changed';
  return checkFile(view, file.path);
}

export async function readBackupManifest(files: BackupFiles, stamp: string): Promise<BackupManifest | undefined> {
  return readManifest(files, stamp);
}
