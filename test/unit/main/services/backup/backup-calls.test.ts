import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const newClient = { givenName: 'Zoë', familyName: 'Bakker' };

async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('never happened');
}

describe('backups through the API', () => {
  it('backs up now, and restoring takes the caseload back to that moment (an unencrypted folder)', async () => {
    const dataDir = await makeTempDir();
    const clock = manualClock();
    const app = await startTestCore({ dataDir, clock });
    const zoe = valueOf(await app.call('clients.create', newClient));
    const made = valueOf(await app.call('backups.create', {}));
    expect(made).toMatchObject({ state: 'complete', reason: 'manual', clientCount: 1 });

    clock.set('2025-03-02T09:00:00.000Z');
    valueOf(await app.call('clients.create', { givenName: 'Later', familyName: 'Toegevoegd' }));
    expect(errorOf(await app.call('backups.restore', { stamp: made.stamp })).code).toBe('invalid_input');
    const restored = valueOf(await app.call('backups.restore', { stamp: made.stamp, confirmed: true }));

    expect(valueOf(await app.call('clients.list', {})).map((client) => client.id)).toEqual([zoe.id]);
    const list = valueOf(await app.call('backups.list', {}));
    expect(list.backups.map((backup) => [backup.stamp, backup.reason, backup.clientCount])).toEqual([
      [restored.savedAs, 'before_restore', 2],
      [made.stamp, 'manual', 1],
    ]);
    expect(list.keep).toBe(14);
    const records = await readAuditLog(dataDir);
    expect(records.filter((record) => record.entity === 'backup').map((record) => [record.action, record.detail])).toEqual([
      ['backup', made.stamp],
      ['restore', made.stamp],
    ]);
  });

  it('finishes an interrupted restore at the next start, before the caseload opens', async () => {
    const dataDir = await makeTempDir();
    const first = await startTestCore({ dataDir });
    const made = valueOf(await first.call('backups.create', {}));
    valueOf(await first.call('clients.create', newClient));
    await first.close();
    const journal = { stamp: made.stamp, replacedFolder: 'backups/replaced-test', startedAt: '2025-03-01T09:00:00.000Z' };
    await fsp.writeFile(path.join(dataDir, 'backups/restore-journal.json'), JSON.stringify(journal));

    const next = await startTestCore({ dataDir });
    expect(valueOf(await next.call('clients.list', {}))).toEqual([]);
    expect(await fsp.readdir(path.join(dataDir, 'backups/replaced-test'))).toHaveLength(1);
    await expect(fsp.access(path.join(dataDir, 'backups/restore-journal.json'))).rejects.toThrow();
  });

  it('makes the daily backup when the caseload opens, when asked to', async () => {
    const app = await startTestCore({ dataDir: await makeTempDir(), automaticBackups: true });
    const list = await eventually(async () => {
      const value = valueOf(await app.call('backups.list', {}));
      return value.backups.length > 0 ? value : undefined;
    });
    expect(list.backups).toEqual([expect.objectContaining({ reason: 'daily', state: 'complete' })]);
  });

  it('answers app_locked while locked; once unlocked, the encrypted caseload is backed up by itself', async () => {
    const dataDir = await makeTempDir();
    const app = await startTestCore({ dataDir, encryptAtRest: true });
    expect(errorOf(await app.call('backups.list', {})).code).toBe('app_locked');
    expect(errorOf(await app.call('backups.create', {})).code).toBe('app_locked');
    valueOf(await app.call('security.setup', { passphrase: 'een lange wachtzin', understood: true }));
    valueOf(await app.call('clients.create', newClient));
    const [daily] = await eventually(async () => {
      const value = valueOf(await app.call('backups.list', {})).backups;
      return value.length > 0 ? value : undefined;
    });
    expect(daily).toMatchObject({ reason: 'daily', state: 'complete' });
    const manifest = await fsp.readFile(path.join(dataDir, 'backups', daily!.stamp, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain('verbind-backup');
    const made = valueOf(await app.call('backups.create', {}));
    valueOf(await app.call('clients.create', { givenName: 'Na', familyName: 'De back-up' }));
    valueOf(await app.call('backups.restore', { stamp: made.stamp, confirmed: true }));
    expect(valueOf(await app.call('clients.list', {})).map((client) => client.givenName)).toEqual(['Zoë']);

    valueOf(await app.call('security.lock', {}));
    expect(errorOf(await app.call('backups.restore', { stamp: daily!.stamp, confirmed: true })).code).toBe('app_locked');
  });
});
