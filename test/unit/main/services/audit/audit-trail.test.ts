import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile, hashRecord, openAuditTrail, type AuditEvent } from '../../../../../main/services/audit/audit-trail';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import { chainProblems, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { fsError } from '../../support/faulty-fs';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const clientId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const view: AuditEvent = { action: 'view', entity: 'client', clientId };

async function open(dir: string, files: DataFiles = createDataFiles(dir)) {
  const clock = manualClock('2025-03-10T09:00:00.000Z');
  return openAuditTrail(files, () => 'Sanne', () => clock.now());
}

describe('the audit trail', () => {
  it('chains its records: each names the hash of the one before, each hash recomputes, seq counts up from 1', async () => {
    const dir = await makeTempDir();
    const trail = await open(dir);
    await trail.record({ action: 'create', entity: 'client', clientId });
    await trail.record(view);
    await trail.record({ action: 'change', entity: 'client', clientId, detail: 'status:intake→active' });

    const records = await readAuditLog(dir);
    expect(records).toHaveLength(3);
    expect(chainProblems(records)).toEqual([]);
    expect(records[0]).toMatchObject({ seq: 1, prev: '0'.repeat(64), actor: 'Sanne', at: '2025-03-10T09:00:00.000Z', action: 'create' });
    expect(records[1]?.prev).toBe(records[0]?.hash);
    expect(records[2]?.prev).toBe(records[1]?.hash);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3]);
  });

  it('lets a checker see an edited or removed record', async () => {
    const dir = await makeTempDir();
    const trail = await open(dir);
    for (let i = 0; i < 3; i++) await trail.record(view);
    const records = await readAuditLog(dir);

    const edited = records.map((record, i) => (i === 1 ? { ...record, actor: 'Iemand anders' } : record));
    expect(chainProblems(edited)).toEqual(['record 2: hash does not recompute']);
    expect(chainProblems([records[0], records[2]].filter((r) => r !== undefined))).toContain('record 2: prev does not name the record before it');
    const { hash: _hash, ...body } = records[0] ?? ({} as never);
    expect(hashRecord(body)).toBe(records[0]?.hash);
  });

  it('keeps the order of records asked for at the same moment', async () => {
    const dir = await makeTempDir();
    const trail = await open(dir);
    const ids = Array.from({ length: 20 }, (_, i) => `entity-${i}`);
    await Promise.all(ids.map((entityId) => trail.record({ ...view, entityId })));
    const records = await readAuditLog(dir);
    expect(records.map((record) => record.entityId)).toEqual(ids);
    expect(chainProblems(records)).toEqual([]);
  });

  it('continues the chain after a reopen, instead of starting a new one', async () => {
    const dir = await makeTempDir();
    const first = await open(dir);
    await first.record(view);
    await first.record(view);
    const again = await open(dir);
    await again.record({ action: 'change', entity: 'client', clientId });

    const records = await readAuditLog(dir);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(chainProblems(records)).toEqual([]);
  });

  it('rejects a record it could not write, and chains the next one on the last record that was written', async () => {
    const dir = await makeTempDir();
    const disk = createDataFiles(dir);
    let fail = false;
    const trail = await open(dir, {
      ...disk,
      append: async (relative, data) => {
        if (fail) throw fsError('ENOSPC', 'append');
        return disk.append(relative, data);
      },
    });
    await trail.record(view);
    fail = true;
    await expect(trail.record(view)).rejects.toMatchObject({ code: 'ENOSPC' });
    fail = false;
    await trail.record(view);
    const records = await readAuditLog(dir);
    expect(records.map((record) => record.seq)).toEqual([1, 2]);
    expect(chainProblems(records)).toEqual([]);
  });

  it('keeps the next record readable after an append that failed halfway (disk full mid-line)', async () => {
    const dir = await makeTempDir();
    const disk = createDataFiles(dir);
    let failHalfway = false;
    const trail = await open(dir, {
      ...disk,
      append: async (relative, data) => {
        if (!failHalfway) return disk.append(relative, data);
        await disk.append(relative, data.subarray(0, Math.floor(data.length / 2)));
        throw fsError('ENOSPC', 'append');
      },
    });
    await trail.record(view);
    failHalfway = true;
    await expect(trail.record(view)).rejects.toMatchObject({ code: 'ENOSPC' });
    failHalfway = false;
    await trail.record({ action: 'change', entity: 'client', clientId });

    const lines = (await fsp.readFile(path.join(dir, auditFile), 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(3);
    const whole = [lines[0], lines[2]].map((line) => JSON.parse(line ?? '') as Parameters<typeof chainProblems>[0][number]);
    expect(whole.map((record) => [record.seq, record.action])).toEqual([
      [1, 'view'],
      [2, 'change'],
    ]);
    expect(chainProblems(whole)).toEqual([]);
  });

  it('logs each view of a client file, and a close waits for that record before the folder is let go', async () => {
    const dir = await makeTempDir();
    const clock = manualClock('2025-03-10T09:00:00.000Z');
    const app = await startTestCore({ dataDir: dir, clock });
    const created = valueOf(await app.call('clients.create', { givenName: 'Anna', familyName: 'Jansen' }));
    for (let i = 0; i < 5; i++) {
      // Minutes apart: views of the same file within a minute count as one opening.
      clock.set(`2025-03-10T09:0${i + 1}:30.000Z`);
      valueOf(await app.call('clients.get', { id: created.id }));
    }
    await app.close();

    const records = await readAuditLog(dir);
    expect(records.map((record) => record.action)).toEqual(['create', 'view', 'view', 'view', 'view', 'view']);
    expect(chainProblems(records)).toEqual([]);

    // The next process continues the same chain, with no two records claiming one seq.
    const again = await startTestCore({ dataDir: dir });
    valueOf(await again.call('clients.get', { id: created.id }));
    await again.close();
    expect(chainProblems(await readAuditLog(dir))).toEqual([]);
  });

  describe('after a power cut in the middle of an append (a torn last line)', () => {
    async function tornLog(dir: string): Promise<string> {
      const trail = await open(dir);
      await trail.record(view);
      await trail.record(view);
      const file = path.join(dir, auditFile);
      const text = await fsp.readFile(file, 'utf8');
      const torn = `${text}{"seq":3,"at":"2025-03-10T09:00:00.000Z","actor":"San`;
      await fsp.writeFile(file, torn);
      return torn;
    }

    it('keeps the torn bytes, writes the next record on a line of its own, and continues from the last whole record', async () => {
      const dir = await makeTempDir();
      const torn = await tornLog(dir);
      const trail = await open(dir);
      await trail.record({ action: 'change', entity: 'client', clientId });

      const text = await fsp.readFile(path.join(dir, auditFile), 'utf8');
      expect(text.startsWith(torn)).toBe(true);
      const lines = text.split('\n').filter((line) => line !== '');
      expect(lines).toHaveLength(4);
      const whole = [lines[0], lines[1], lines[3]].map((line) => JSON.parse(line ?? '') as Parameters<typeof chainProblems>[0][number]);
      expect(whole.map((record) => record.seq)).toEqual([1, 2, 3]);
      expect(chainProblems(whole)).toEqual([]);
    });

    it('does not stop the app: it opens ready and records the next change', async () => {
      const dir = await makeTempDir();
      await tornLog(dir);
      const app = await startTestCore({ dataDir: dir });
      expect(valueOf(await app.call('app.status', {})).store).toBe('ready');
      const created = valueOf(await app.call('clients.create', { givenName: 'Anna', familyName: 'Jansen' }));
      const lines = (await fsp.readFile(path.join(dir, auditFile), 'utf8')).split('\n').filter((line) => line !== '');
      expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ seq: 3, action: 'create', clientId: created.id });
    });
  });
});
