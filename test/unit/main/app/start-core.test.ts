import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contract, type CallName } from '../../../../main/api/contract';
import { agendaHandlers } from '../../../../main/api/handlers/agenda';
import { clientHandlers } from '../../../../main/api/handlers/clients';
import { contactHandlers } from '../../../../main/api/handlers/contacts';
import { directoryHandlers } from '../../../../main/api/handlers/directory';
import { documentHandlers } from '../../../../main/api/handlers/documents';
import { securityHandlers } from '../../../../main/api/handlers/security';
import { measureHandlers } from '../../../../main/api/handlers/measures';
import { preferenceHandlers } from '../../../../main/api/handlers/preferences';
import { programmeHandlers } from '../../../../main/api/handlers/programme';
import { referralHandlers } from '../../../../main/api/handlers/referrals';
import { transferHandlers } from '../../../../main/api/handlers/transfer';
import { auditHandlers } from '../../../../main/api/handlers/audit';
import { backupHandlers } from '../../../../main/api/handlers/backups';
import { privacyHandlers } from '../../../../main/api/handlers/privacy';
import { createPreferenceService } from '../../../../main/services/preferences/preferences';
import { errorOf, memoryStore, useCores, valueOf } from '../support/core';
import { snapshotTree, useTempDirs } from '../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

describe('startCore', () => {
  it('has a handler for every contract name, and answers nothing else', async () => {
    const app = await startTestCore({ dataDir: await makeTempDir() });
    const names = Object.keys(contract) as CallName[];
    const answered: string[] = [];
    for (const name of names) {
      const result = await app.call(name, {});
      if (result.ok || result.error.code !== 'unknown_call') answered.push(name);
    }
    expect(answered.sort()).toEqual([...names].sort());
    expect(errorOf(await app.call('clients.delete' as CallName, {})).code).toBe('unknown_call');
  });

  it('builds its handler map from parts that never claim the same call twice', () => {
    const unused = (() => {
      throw new Error('services are not reached while the map is built');
    }) as never;
    const clock = { now: () => new Date() };
    const parts = [
      ['app.status'],
      Object.keys(clientHandlers(unused)),
      Object.keys(contactHandlers(unused)),
      Object.keys(agendaHandlers(unused, clock, () => 4, () => 14)),
      Object.keys(preferenceHandlers(createPreferenceService(memoryStore()))),
      Object.keys(transferHandlers(unused, clock)),
      Object.keys(programmeHandlers(unused)),
      Object.keys(measureHandlers(unused)),
      Object.keys(directoryHandlers(unused)),
      Object.keys(referralHandlers(unused)),
      Object.keys(documentHandlers(unused, undefined)),
      Object.keys(securityHandlers(unused)),
      Object.keys(backupHandlers(unused)),
      Object.keys(privacyHandlers(unused)),
      Object.keys(auditHandlers(unused)),
    ];
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(contract).sort());
  });

  it('reports a fresh data folder as ready, with version and folder, and marks it as a caseload', async () => {
    const dir = await makeTempDir();
    const app = await startTestCore({ dataDir: dir, version: '1.2.3' });
    expect(valueOf(await app.call('app.status', {}))).toEqual({ version: '1.2.3', dataDir: dir, store: 'ready', problems: [] });
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'caseload/store.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      createdAt: expect.any(String),
    });
  });

  it('refuses a second core on a folder that is in use, and opens it once the first has closed', async () => {
    const dir = await makeTempDir();
    const first = await startTestCore({ dataDir: dir });
    valueOf(await first.call('clients.create', { givenName: 'Anna', familyName: 'Jansen' }));

    const second = await startTestCore({ dataDir: dir });
    expect(valueOf(await second.call('app.status', {})).store).toBe('locked');
    expect(errorOf(await second.call('clients.list', {}))).toEqual({ code: 'store_locked', messageKey: 'errors:storeLocked' });
    expect(errorOf(await second.call('clients.create', { givenName: 'B', familyName: 'C' })).code).toBe('store_locked');
    expect(valueOf(await second.call('preferences.get', {})).language).toBe('nl');
    await second.close();
    // Closing the refused core must not unlock the folder for a third one.
    expect(valueOf(await (await startTestCore({ dataDir: dir })).call('app.status', {})).store).toBe('locked');
    expect(valueOf(await first.call('clients.list', {}))).toHaveLength(1);

    await first.close();
    const third = await startTestCore({ dataDir: dir });
    expect(valueOf(await third.call('app.status', {})).store).toBe('ready');
    expect(valueOf(await third.call('clients.list', {}))).toHaveLength(1);
  });

  it('reports a folder it cannot open as unavailable and logs why, without crashing', async () => {
    const parent = await makeTempDir();
    const dir = path.join(parent, 'data');
    await fsp.mkdir(path.join(dir, 'caseload'), { recursive: true });
    await fsp.writeFile(path.join(dir, 'caseload/clients'), 'a file where the clients folder should be');
    const logError = vi.fn();
    const app = await startTestCore({ dataDir: dir, logError });
    expect(valueOf(await app.call('app.status', {})).store).toBe('unavailable');
    expect(errorOf(await app.call('clients.list', {})).code).toBe('store_unavailable');
    expect(logError).toHaveBeenCalledWith('Could not open the caseload', expect.anything());
  });

  it('answers internal for a crash inside a call, logs it, and writes nothing outside the data folder', async () => {
    const parent = await makeTempDir();
    const dir = path.join(parent, 'data');
    const logError = vi.fn();
    const app = await startTestCore({ dataDir: dir, logError, newId: () => '../../../escaped' });
    const before = await snapshotTree(parent);

    expect(await app.call('clients.create', { givenName: 'A', familyName: 'B' })).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors:internal' },
    });
    expect(logError).toHaveBeenCalledWith('Call clients.create failed', expect.any(Error));
    expect(await snapshotTree(parent)).toEqual(before);
    expect(valueOf(await app.call('clients.list', {}))).toEqual([]);
  });
});
