import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditLine } from '../../../../../main/domain/audit/audit-vocabulary';
import { parseAuditLog } from '../../../../../main/domain/audit/parse-log';
import { verifyChain } from '../../../../../main/domain/audit/verify-chain';
import { hashRecord, openAuditTrail, type AuditRecord } from '../../../../../main/services/audit/audit-trail';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';

const clientId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const hashOf = (body: Omit<AuditEntry, 'hash'>) => hashRecord(body as Omit<AuditRecord, 'hash'>);

/** A log of `count` records as the real trail writes it, as text lines. */
async function writtenLog(count: number): Promise<string[]> {
  const files = createMemoryDataFiles();
  const trail = await openAuditTrail(files, () => 'Sanne', () => new Date('2025-03-10T09:00:00.000Z'));
  for (let i = 0; i < count; i++) await trail.record({ action: i % 2 ? 'view' : 'change', entity: 'client', clientId, detail: `n:${i + 1}` });
  const text = new TextDecoder().decode(await files.read('audit/audit-log.jsonl'));
  return text.split('\n').filter((line) => line !== '');
}

const check = (lines: readonly string[]) => verifyChain(parseAuditLog(lines.join('\n')), hashOf);

describe('checking the audit chain', () => {
  it('passes a log the trail wrote, counting its records and naming the last hash', async () => {
    const lines = await writtenLog(5);
    const last = JSON.parse(lines[4] ?? '') as AuditRecord;
    expect(check(lines)).toEqual({ ok: true, count: 5, skippedLines: 0, lastHash: last.hash });
  });

  it('passes an empty log', () => {
    expect(verifyChain([], hashOf)).toMatchObject({ ok: true, count: 0 });
  });

  it('finds a record edited afterwards, at that record', async () => {
    const lines = await writtenLog(5);
    lines[2] = (lines[2] ?? '').replace('"actor":"Sanne"', '"actor":"Iemand anders"');
    expect(check(lines)).toMatchObject({ ok: false, count: 5, broken: { seq: 3, line: 3, reason: 'edited' } });
  });

  it('finds an edit whose hash was made again, where the next record no longer links to it', async () => {
    const lines = await writtenLog(4);
    const record = JSON.parse(lines[1] ?? '') as AuditRecord;
    const { hash: _old, ...body } = { ...record, detail: 'n:anders' };
    lines[1] = JSON.stringify({ ...body, hash: hashRecord(body) });
    expect(check(lines)).toMatchObject({ ok: false, broken: { seq: 3, line: 3, reason: 'edited' } });
  });

  it('finds a removed record, naming the missing number', async () => {
    const lines = await writtenLog(5);
    lines.splice(1, 1);
    expect(check(lines)).toMatchObject({ ok: false, count: 4, broken: { seq: 2, line: 2, reason: 'removed' } });
  });

  it('finds removed records at the very start', async () => {
    const lines = await writtenLog(4);
    expect(check(lines.slice(2))).toMatchObject({ ok: false, broken: { seq: 1, reason: 'removed' } });
  });

  it('finds records put in another order', async () => {
    const lines = await writtenLog(5);
    [lines[1], lines[2]] = [lines[2] ?? '', lines[1] ?? ''];
    expect(check(lines)).toMatchObject({ ok: false, count: 5, broken: { seq: 2, line: 2, reason: 'reordered' } });
  });

  it('finds a record inserted with a correct hash and a number already taken', async () => {
    const lines = await writtenLog(4);
    const second = JSON.parse(lines[1] ?? '') as AuditRecord;
    const { hash: _hash, ...forged } = { ...second, seq: 3, prev: second.hash, action: 'view' as const, detail: 'n:ingevoegd' };
    lines.splice(2, 0, JSON.stringify({ ...forged, hash: hashRecord(forged) }));
    expect(check(lines)).toMatchObject({ ok: false, count: 5, broken: { seq: 3, line: 4, reason: 'inserted' } });
  });

  it('finds a record copied in a second time', async () => {
    const lines = await writtenLog(3);
    lines.splice(2, 0, lines[0] ?? '');
    expect(check(lines)).toMatchObject({ ok: false, broken: { seq: 1, line: 3, reason: 'inserted' } });
  });

  it('finds an unreadable line where a record is missing, and calls it torn', async () => {
    const lines = await writtenLog(4);
    lines[1] = '<unreadable record>';
    expect(check(lines)).toMatchObject({ ok: false, count: 3, broken: { seq: 2, line: 2, reason: 'torn' } });
  });

  it('passes a write cut off by a power cut that the next record continues past, and says a line was skipped', async () => {
    const lines = await writtenLog(3);
    // What the trail leaves after a failed append: part of a line, then the retried record on its own line.
    const third = lines[2] ?? '';
    const withTorn = [lines[0] ?? '', lines[1] ?? '', third.slice(0, 40), third];
    expect(check(withTorn)).toMatchObject({ ok: true, count: 3, skippedLines: 1 });
  });

  it('passes a truncated log: a cut through the last record is skipped, and records cut off whole leave an earlier last hash', async () => {
    const lines = await writtenLog(5);
    const full = check(lines);
    const cutMidLine = check([...lines.slice(0, 4), (lines[4] ?? '').slice(0, 30)]);
    expect(cutMidLine).toMatchObject({ ok: true, count: 4, skippedLines: 1 });
    const cutWhole = check(lines.slice(0, 3));
    expect(cutWhole).toMatchObject({ ok: true, count: 3, skippedLines: 0 });
    // A chain cannot see its own end cut off; the last hash noted in an earlier export can.
    if (!full.ok || !cutWhole.ok) throw new Error('expected intact');
    expect(cutWhole.lastHash).not.toBe(full.lastHash);
  });

  it('treats a line that is JSON but not a record as torn', () => {
    const lines: AuditLine[] = parseAuditLog('{"seq":"1"}\n[1,2]\n');
    expect(lines).toEqual([
      { kind: 'torn', line: 1 },
      { kind: 'torn', line: 2 },
    ]);
  });
});
