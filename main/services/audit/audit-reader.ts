import { entriesOf, parseAuditLog } from '../../domain/audit/parse-log';
import type { AuditActionName, AuditEntityName, AuditEntry, AuditLine } from '../../domain/audit/audit-vocabulary';
import { verifyChain, type ChainStatus } from '../../domain/audit/verify-chain';
import type { DataFiles } from '../storage/data-files';
import { auditFile, hashRecord, type AuditAction, type AuditEntity, type AuditRecord } from './audit-trail';

// The renderer's lists (domain) and the trail's types must be the same words: a new action added
// to the trail fails to compile here until the viewer knows it too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameActions: Same<AuditAction, AuditActionName> = true;
const sameEntities: Same<AuditEntity, AuditEntityName> = true;
void sameActions;
void sameEntities;

export interface AuditLog {
  /** Every line in file order, torn ones included (for the chain check). */
  lines: AuditLine[];
  /** The whole records, oldest first. */
  records: AuditEntry[];
}

/** The chain check with the trail's own hash, so reader and writer can never disagree on it. */
export function verifyAuditLines(lines: readonly AuditLine[]): ChainStatus {
  return verifyChain(lines, (body) => hashRecord(body as Omit<AuditRecord, 'hash'>));
}

/**
 * Reads the audit log through the DataFiles door (decrypted in the app; an unreadable record comes
 * back as a line that is not a record, which is kept as `torn`). A missing log is an empty one.
 */
export async function readAuditLog(files: DataFiles): Promise<AuditLog> {
  const bytes = await files.read(auditFile);
  const lines = parseAuditLog(bytes === undefined ? '' : new TextDecoder().decode(bytes));
  return { lines, records: entriesOf(lines) };
}

/**
 * The whole records, oldest first: for other services (a client's access export, a backup check).
 * With `clientId`, only the records about that client.
 */
export async function readAuditRecords(files: DataFiles, filter: { clientId?: string } = {}): Promise<AuditEntry[]> {
  const { records } = await readAuditLog(files);
  return filter.clientId === undefined ? records : forClient(records, filter.clientId);
}

/** The records about one client (views, changes, exports of their file), oldest first. */
export function forClient(records: readonly AuditEntry[], clientId: string): AuditEntry[] {
  return records.filter((record) => record.clientId === clientId);
}
