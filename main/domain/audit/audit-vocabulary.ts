/**
 * The words of the audit log, without zod, so the renderer can build its filters and labels from
 * the same lists. `services/audit/audit-reader.ts` checks at compile time that they match the
 * trail's own types, so a new action cannot be written without appearing here.
 */
export const auditActionNames = ['view', 'create', 'change', 'delete', 'import', 'export', 'erase', 'restore', 'backup', 'unlock', 'lock'] as const;
export type AuditActionName = (typeof auditActionNames)[number];

export const auditEntityNames = [
  'client',
  'contact',
  'agreement',
  'appointment',
  'caseload',
  'programme',
  'template',
  'measurement',
  'service',
  'referral',
  'consent',
  'document',
  'audit',
  'backup',
] as const;
export type AuditEntityName = (typeof auditEntityNames)[number];

/** Every chain starts from this "previous hash", so the first record is bound to the start. */
export const chainGenesis = '0'.repeat(64);

/**
 * One record as read back from the log. Action and entity are kept as written: a log from a newer
 * app may hold words this one does not know, and they still count in the chain.
 */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  clientId?: string;
  entityId?: string;
  detail?: string;
  prev: string;
  hash: string;
}

/** A line of the log in file order: a whole record, or a line that is not one (torn or unreadable). */
export type AuditLine = { kind: 'record'; line: number; entry: AuditEntry } | { kind: 'torn'; line: number };
