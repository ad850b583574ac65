import { createHash } from 'node:crypto';
import type { DataFiles } from '../storage/data-files';
import { DecodeError, readStored } from '../storage/json-codec';
import type { StoreProblem } from '../storage/store-problem';

export const auditActions = ['view', 'create', 'change', 'delete', 'import', 'export', 'erase', 'restore', 'backup', 'unlock', 'lock'] as const;
export type AuditAction = (typeof auditActions)[number];
export type AuditEntity =
  | 'client'
  | 'contact'
  | 'agreement'
  | 'appointment'
  | 'caseload'
  | 'programme'
  | 'template'
  | 'measurement'
  | 'service'
  | 'referral'
  | 'consent'
  | 'document'
  | 'audit'
  | 'backup';

/** What happened, to which record; never the content itself (the log must not leak notes). */
export interface AuditEvent {
  action: AuditAction;
  entity: AuditEntity;
  clientId?: string;
  entityId?: string;
  /** A short, non-personal detail such as `status:intake→active` or `rows:47`. */
  detail?: string;
}

export interface AuditRecord extends AuditEvent {
  seq: number;
  at: string;
  actor: string;
  /** Hash of the previous record: removing or editing a record breaks the chain. */
  prev: string;
  hash: string;
}

export interface AuditTrail {
  /** Appends one record; `at` is when it happened (default: now), kept when a record is retried. */
  record(event: AuditEvent, at?: Date): Promise<void>;
  /** Resolves when every record already asked for is written (or failed): used before closing. */
  flush(): Promise<void>;
  /** A log that could not be read at all and was set aside (a new log was started), for the worker to be told. */
  readonly problems?: readonly StoreProblem[];
}

export const auditFile = 'audit/audit-log.jsonl';
const genesis = '0'.repeat(64);

export function hashRecord(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

/**
 * An append-only, hash-chained log of who did what to which client and when (NEN 7513 style).
 * Each record is synced to disk before the change it describes is acknowledged to the worker.
 */
export async function openAuditTrail(files: DataFiles, actor: () => string, now: () => Date): Promise<AuditTrail> {
  await files.ensureFolder('audit');
  const problems: StoreProblem[] = [];
  let stored: Uint8Array | undefined;
  try {
    stored = await readStored(files, auditFile);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    // The whole log is unreadable (its header was damaged): keep it aside for an auditor, never
    // write after it, and start a new log so the worker's changes are still recorded.
    const movedTo = await files.moveAside(auditFile, 'audit/quarantine');
    problems.push({ file: auditFile, reason: 'unreadable', movedTo, at: now().toISOString() });
  }
  const existing = new TextDecoder().decode(stored ?? new Uint8Array());
  const lines = existing.split('\n').filter((line) => line.trim() !== '');
  let seq = 0;
  let prev = genesis;
  // The chain resumes after the last whole record. A torn last line (power cut mid-append) is kept
  // as it is, but skipped: resuming from genesis would restart seq at 1 and break the chain.
  for (let index = lines.length - 1; index >= 0; index--) {
    try {
      const parsed = JSON.parse(lines[index] ?? '') as Partial<AuditRecord>;
      if (typeof parsed.seq === 'number' && typeof parsed.hash === 'string') {
        seq = parsed.seq;
        prev = parsed.hash;
        break;
      }
    } catch {
      // not a whole record; look further back
    }
  }
  // A torn line has no line end; without one, the next record would be glued onto it and be lost too.
  let lineBreakFirst = existing !== '' && !existing.endsWith('\n');
  let queue = Promise.resolve();
  return {
    record(event, at) {
      const write = queue.then(async () => {
        const body: Omit<AuditRecord, 'hash'> = { seq: seq + 1, at: (at ?? now()).toISOString(), actor: actor(), ...event, prev };
        const record: AuditRecord = { ...body, hash: hashRecord(body) };
        try {
          await files.append(auditFile, new TextEncoder().encode(`${lineBreakFirst ? '\n' : ''}${JSON.stringify(record)}\n`));
        } catch (error) {
          lineBreakFirst = true; // a failed append may have left part of a line behind
          throw error;
        }
        lineBreakFirst = false;
        seq = record.seq;
        prev = record.hash;
      });
      queue = write.catch(() => undefined);
      return write;
    },
    flush: () => queue,
    problems,
  };
}
