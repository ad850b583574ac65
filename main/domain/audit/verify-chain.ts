import { chainGenesis, type AuditEntry, type AuditLine } from './audit-vocabulary';

/**
 * Why the chain breaks where it does:
 * - `edited`: a record's hash does not recompute, or it does not link to the record before it;
 * - `removed`: a number is missing and nothing in the log explains it;
 * - `reordered`: the missing number turns up further on;
 * - `inserted`: a number appears a second time (a record was added or copied in);
 * - `torn`: the number is missing where an unreadable line stands, so that line was a record.
 */
export type ChainBreak = 'edited' | 'removed' | 'reordered' | 'inserted' | 'torn';

export type ChainStatus =
  | {
      ok: true;
      /** Whole records checked. */
      count: number;
      /** Unreadable lines that hide no record (a write cut off by a power cut, then retried). */
      skippedLines: number;
      /** The newest hash: an auditor who noted it earlier can see the log was not cut short since. */
      lastHash: string;
    }
  | {
      ok: false;
      count: number;
      skippedLines: number;
      /** The first record number that cannot be trusted, and the line of the log where that shows. */
      broken: { seq: number; line: number; reason: ChainBreak };
    };

/**
 * Checks the hash chain of the audit log as an auditor would: every record's hash recomputes
 * (`hashOf` is the trail's own hash over the record without its hash), names the hash of the record
 * before it, and the numbers count up from 1 without a gap. Pure: the caller reads the file.
 *
 * What a chain cannot show: records cut from the end of the log (compare `lastHash` with an earlier
 * export), or a log rewritten from scratch with fresh hashes by someone who has the unlocked data.
 */
export function verifyChain(lines: readonly AuditLine[], hashOf: (body: Omit<AuditEntry, 'hash'>) => string): ChainStatus {
  const count = lines.filter((line) => line.kind === 'record').length;
  let expected = 1;
  let prev = chainGenesis;
  let skippedLines = 0;
  // The first unreadable line since the last good record: where a missing record would have stood.
  let tornLine: number | undefined;
  const broken = (seq: number, line: number, reason: ChainBreak): ChainStatus => ({ ok: false, count, skippedLines, broken: { seq, line, reason } });
  const appearsAfter = (seq: number, index: number) =>
    lines.slice(index + 1).some((later) => later.kind === 'record' && later.entry.seq === seq);

  for (const [index, line] of lines.entries()) {
    if (line.kind === 'torn') {
      skippedLines++;
      tornLine ??= line.line;
      continue;
    }
    const { hash, ...body } = line.entry;
    const { seq } = line.entry;
    if (hashOf(body) !== hash) return broken(seq, line.line, 'edited');
    if (seq === expected) {
      if (line.entry.prev !== prev) return broken(seq, line.line, appearsAfter(seq, index) ? 'inserted' : 'edited');
      expected++;
      prev = hash;
      tornLine = undefined;
      continue;
    }
    if (seq > expected) {
      if (appearsAfter(expected, index)) return broken(expected, line.line, 'reordered');
      return tornLine === undefined ? broken(expected, line.line, 'removed') : broken(expected, tornLine, 'torn');
    }
    return broken(seq, line.line, 'inserted');
  }
  return { ok: true, count, skippedLines, lastHash: prev };
}
