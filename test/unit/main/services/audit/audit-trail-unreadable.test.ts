import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditFile, openAuditTrail } from '../../../../../main/services/audit/audit-trail';
import { encryptedDataFiles } from '../../../../../main/services/crypto/encrypted-data-files';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';

const now = () => new Date('2025-03-10T09:00:00.000Z');
const clientId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';

describe('the audit trail when its encrypted log cannot be read at all', () => {
  it('sets the damaged log aside untouched, reports it, and records the next changes in a new log', async () => {
    const disk = createMemoryDataFiles();
    const files = encryptedDataFiles(disk, new Uint8Array(randomBytes(32)));
    const first = await openAuditTrail(files, () => 'Sanne', now);
    await first.record({ action: 'create', entity: 'client', clientId });
    await first.flush();
    // The header line is damaged (a bad sector, a sync tool): no record can be trusted as a log.
    const damaged = Uint8Array.from(disk.files.get(auditFile)!);
    damaged[0] = 0x58;
    disk.files.set(auditFile, damaged);

    const trail = await openAuditTrail(files, () => 'Sanne', now);
    expect(trail.problems).toEqual([expect.objectContaining({ file: auditFile, reason: 'unreadable', movedTo: expect.stringMatching(/^audit\/quarantine\//) })]);
    const movedTo = trail.problems![0]!.movedTo!;
    expect(disk.files.get(movedTo)).toEqual(damaged);

    await trail.record({ action: 'change', entity: 'client', clientId });
    await trail.flush();
    const lines = new TextDecoder().decode(await files.read(auditFile)).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as { seq: number; action: string })).toEqual([expect.objectContaining({ seq: 1, action: 'change' })]);
  });
});
