import { ApiError } from '../../api/errors';
import { erasureCounts, erasureDetail, type ErasureCounts } from '../../domain/privacy/erasure-counts';
import type { AuditTrail } from '../audit/audit-trail';
import type { Clock, ClientFiles } from '../clients/client-files';
import type { ClientIndex } from '../clients/client-index';
import type { CaseloadStore } from '../storage/caseload-store';
import type { DataFiles } from '../storage/data-files';
import { readErasedClientIds, registerErasures } from './erasure-register';

/** How backups learn about an erasure; the backup service provides them (0 while there is none). */
export interface BackupPurge {
  /** How many kept backups still hold the client. */
  countInBackups: (clientId: string) => Promise<number>;
  /** Removes the client from every kept backup it can; resolves with how many were rewritten. */
  purgeFromBackups: (clientId: string) => Promise<number>;
}

export interface ClientErasureDeps extends BackupPurge {
  dataFiles: DataFiles;
  store: CaseloadStore;
  files: ClientFiles;
  index: ClientIndex;
  audit: AuditTrail;
  clock: Clock;
  logError: (message: string, error: unknown) => void;
}

export interface ErasureOutcome {
  counts: ErasureCounts;
  /** Backups the client was removed from; undefined when that failed (it is retried at rotation). */
  backupsPurged: number | undefined;
}

/**
 * Removes a client completely. The order is what makes a crash safe: the id goes into the register
 * of erased clients first, then the file is removed, then backups are purged. A crash leaves either
 * nothing erased, or the register already naming the client; `reapplyErasures` at start-up then
 * removes a file that is still there, and a restore never brings the client back.
 */
export function createClientErasure(deps: ClientErasureDeps) {
  const { store, files, index, audit, clock } = deps;
  const inProgress = new Set<string>();

  async function erase(clientId: string): Promise<ErasureOutcome> {
    if (inProgress.has(clientId)) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
    const document = await files.get(clientId);
    inProgress.add(clientId);
    try {
      const counts = erasureCounts(document);
      await registerErasures(deps.dataFiles, [clientId], clock.now());
      await store.removeDocument(clientId);
      index.forget(clientId);
      // The tombstone: that a client file was erased and how much it held, nothing about the person.
      await audit.record({ action: 'erase', entity: 'client', clientId, detail: erasureDetail(counts) });
      let backupsPurged: number | undefined;
      try {
        backupsPurged = await deps.purgeFromBackups(clientId);
        if (backupsPurged > 0) await audit.record({ action: 'erase', entity: 'backup', clientId, detail: `backups:${backupsPurged}` });
      } catch (error) {
        deps.logError('Could not remove an erased client from the backups', error);
      }
      return { counts, backupsPurged };
    } finally {
      inProgress.delete(clientId);
    }
  }

  /** Finishes an erasure a crash interrupted: a file whose id is in the register goes again. */
  async function reapplyErasures(): Promise<number> {
    const erased = await readErasedClientIds(deps.dataFiles);
    let count = 0;
    for (const clientId of erased) {
      if (!store.getProjection(clientId)) continue;
      await store.removeDocument(clientId);
      index.forget(clientId);
      await audit.record({ action: 'erase', entity: 'client', clientId, detail: 'completed-after-restart' });
      count += 1;
    }
    return count;
  }

  return { erase, reapplyErasures };
}
export type ClientErasure = ReturnType<typeof createClientErasure>;
