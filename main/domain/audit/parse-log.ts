import type { AuditEntry, AuditLine } from './audit-vocabulary';

const optionalText = ['clientId', 'entityId', 'detail'] as const;

function isEntry(value: unknown): value is AuditEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.seq === 'number' &&
    Number.isSafeInteger(record.seq) &&
    ['at', 'actor', 'action', 'entity', 'prev', 'hash'].every((key) => typeof record[key] === 'string') &&
    optionalText.every((key) => record[key] === undefined || typeof record[key] === 'string')
  );
}

/**
 * The log's text as lines in file order. Line numbers count the non-empty lines (one per record),
 * so they mean the same in a plain and an encrypted log. A line that is not a whole record — cut
 * off by a power cut, or unreadable because its bytes changed — is kept as `torn`: the chain check
 * decides whether something is missing there. The parsed object is kept as it is (key order
 * included), because its hash is taken over exactly that.
 */
export function parseAuditLog(text: string): AuditLine[] {
  const lines: AuditLine[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    line++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    lines.push(isEntry(parsed) ? { kind: 'record', line, entry: parsed } : { kind: 'torn', line });
  }
  return lines;
}

/** Only the whole records, in file order. */
export function entriesOf(lines: readonly AuditLine[]): AuditEntry[] {
  return lines.flatMap((line) => (line.kind === 'record' ? [line.entry] : []));
}
