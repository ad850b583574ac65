import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptedDataFiles } from '../../../../../main/services/crypto/encrypted-data-files';
import { forClient, readAuditLog, readAuditRecords, verifyAuditLines } from '../../../../../main/services/audit/audit-reader';
import { auditFile, openAuditTrail } from '../../../../../main/services/audit/audit-trail';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';

const anna = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const bram = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

async function encryptedLog() {
  const disk = createMemoryDataFiles();
  const files = encryptedDataFiles(disk, randomBytes(32));
  const trail = await openAuditTrail(files, () => 'Sanne', () => new Date('2025-03-10T09:00:00.000Z'));
  await trail.record({ action: 'view', entity: 'client', clientId: anna });
  await trail.record({ action: 'change', entity: 'client', clientId: bram });
  await trail.record({ action: 'view', entity: 'contact', clientId: anna });
  return { disk, files };
}

describe('reading the audit log back', () => {
  it('reads an encrypted log as records and finds its chain intact', async () => {
    const { files } = await encryptedLog();
    const log = await readAuditLog(files);
    expect(log.records.map((record) => [record.seq, record.action, record.clientId])).toEqual([
      [1, 'view', anna],
      [2, 'change', bram],
      [3, 'view', anna],
    ]);
    expect(verifyAuditLines(log.lines)).toMatchObject({ ok: true, count: 3 });
  });

  it('reports a record whose encrypted bytes were changed as torn, at its number', async () => {
    const { disk, files } = await encryptedLog();
    const lines = new TextDecoder().decode(disk.files.get(auditFile)).split('\n');
    // The header line, then one sealed record per line (with empty lines between): change one
    // character inside the second record's sealed bytes.
    const second = lines.findIndex((line, index) => index > 0 && line !== '' && lines.slice(1, index).some((earlier) => earlier !== ''));
    const target = lines[second] ?? '';
    lines[second] = `${target.slice(0, 20)}${target[20] === 'A' ? 'B' : 'A'}${target.slice(21)}`;
    disk.files.set(auditFile, new TextEncoder().encode(lines.join('\n')));

    const log = await readAuditLog(files);
    expect(log.records.map((record) => record.seq)).toEqual([1, 3]);
    expect(verifyAuditLines(log.lines)).toMatchObject({ ok: false, broken: { seq: 2, line: 2, reason: 'torn' } });
  });

  it('gives other services the records, all or those about one client', async () => {
    const { files } = await encryptedLog();
    expect((await readAuditRecords(files, { clientId: anna })).map((record) => record.seq)).toEqual([1, 3]);
    const all = await readAuditRecords(files);
    expect(forClient(all, bram).map((record) => record.seq)).toEqual([2]);
  });

  it('reads a log that does not exist yet as empty and intact', async () => {
    const log = await readAuditLog(createMemoryDataFiles());
    expect(log.records).toEqual([]);
    expect(verifyAuditLines(log.lines)).toEqual({ ok: true, count: 0, skippedLines: 0, lastHash: '0'.repeat(64) });
  });
});
