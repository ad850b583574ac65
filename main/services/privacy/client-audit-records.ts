import { readAuditRecords } from '../audit/audit-reader';
import type { DataFiles } from '../storage/data-files';

/** One line of the audit log as an access request shows it: when, what, who. */
export interface ClientAuditRecord {
  at: string;
  action: string;
  entity: string;
  actor: string;
  detail?: string;
}

/**
 * The audit records about one client, oldest first, through the audit log's own reader (decrypted
 * like any other read; torn lines skipped). Only what the client may see: no hashes or sequence.
 */
export async function auditRecordsAbout(files: DataFiles, clientId: string): Promise<ClientAuditRecord[]> {
  return (await readAuditRecords(files, { clientId })).map((record) => {
    const entry: ClientAuditRecord = { at: record.at, action: record.action, entity: record.entity, actor: record.actor };
    if (record.detail !== undefined) entry.detail = record.detail;
    return entry;
  });
}
