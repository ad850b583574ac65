import { z } from 'zod';

export const backupReasons = ['daily', 'manual', 'before_restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * `backups/<stamp>/manifest.json`, written last (sealed like every file): a folder without a
 * readable manifest is an unfinished or damaged backup. The hash is of the bytes as stored, so a
 * backup can be checked file by file before anything is restored from it.
 */
export const backupManifestSchema = z.strictObject({
  format: z.literal('verbind-backup'),
  schemaVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100).optional(),
  reason: z.enum(backupReasons),
  files: z.array(
    z.strictObject({
      path: z.string().min(1).max(500),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  clientCount: z.number().int().nonnegative(),
  /** Files left out because they could not be read when the backup was made (already set aside). */
  skipped: z.array(z.string().max(500)).optional(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

const clientFile = /^caseload\/clients\/([0-9a-f-]{36})\.json$/;

/** The client id when `path` is a client document, otherwise undefined. */
export function clientIdOfPath(path: string): string | undefined {
  return clientFile.exec(path)?.[1];
}

export function clientFilePath(clientId: string): string {
  return `caseload/clients/${clientId}.json`;
}
