import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../../main/domain/clients/client';
import { chainProblems, errorOf, manualClock, memoryStore, readAuditLog, useCores, valueOf, type TestCore } from '../../support/core';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

async function setUp(workerName?: string) {
  const dir = await makeTempDir();
  const clock = manualClock('2025-03-01T09:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock, preferences: memoryStore(workerName === undefined ? {} : { workerName }) });
  const client = valueOf(await app.call('clients.create', { givenName: 'Zoë', familyName: 'Jansen' }));
  return { dir, clock, app, client };
}

function change(app: TestCore, client: Client, to: string, extra: Record<string, unknown> = {}) {
  return app.call('clients.changeStatus', { id: client.id, expectedUpdatedAt: client.updatedAt, to, ...extra });
}

describe('clients.changeStatus through the dispatcher', () => {
  it('walks the whole path, closes with a reason, reopens, and keeps every step dated with who did it', async () => {
    const { app, clock, client } = await setUp('Sanne de Wit');
    let current = client;
    const steps: [string, string, Record<string, unknown>][] = [
      ['2025-03-03T10:00:00.000Z', 'intake', {}],
      ['2025-03-10T10:00:00.000Z', 'active', { note: '  Plan gemaakt  ' }],
      ['2025-05-01T10:00:00.000Z', 'aftercare', {}],
      ['2025-06-01T10:00:00.000Z', 'closed', { reason: 'goal_reached' }],
      ['2025-09-01T10:00:00.000Z', 'intake', {}],
    ];
    for (const [at, to, extra] of steps) {
      clock.set(at);
      current = valueOf(await change(app, current, to, extra));
    }

    expect(current.status).toBe('intake');
    expect(current.statusHistory).toEqual([
      { to: 'registered', at: '2025-03-01T09:00:00.000Z', by: 'Sanne de Wit' },
      { from: 'registered', to: 'intake', at: '2025-03-03T10:00:00.000Z', by: 'Sanne de Wit' },
      { from: 'intake', to: 'active', at: '2025-03-10T10:00:00.000Z', by: 'Sanne de Wit', note: 'Plan gemaakt' },
      { from: 'active', to: 'aftercare', at: '2025-05-01T10:00:00.000Z', by: 'Sanne de Wit' },
      { from: 'aftercare', to: 'closed', at: '2025-06-01T10:00:00.000Z', by: 'Sanne de Wit', reason: 'goal_reached' },
      { from: 'closed', to: 'intake', at: '2025-09-01T10:00:00.000Z', by: 'Sanne de Wit' },
    ]);
    expect(current.updatedAt).toBe('2025-09-01T10:00:00.000Z');
    expect(valueOf(await app.call('clients.get', { id: client.id }))).toEqual(current);
    expect(valueOf(await app.call('clients.list', { status: 'intake' })).map((row) => row.id)).toEqual([client.id]);
    expect(valueOf(await app.call('clients.list', { status: 'closed' }))).toEqual([]);
  });

  it('reopens a closed case straight into active work', async () => {
    const { app, client } = await setUp();
    const closed = valueOf(await change(app, client, 'closed', { reason: 'declined_further_help' }));
    const reopened = valueOf(await change(app, closed, 'active'));
    expect(reopened.status).toBe('active');
    expect(reopened.statusHistory.at(-1)).toMatchObject({ from: 'closed', to: 'active' });
    expect(reopened.statusHistory.at(-1)).not.toHaveProperty('reason');
  });

  it('records the OS account as who did it while no worker name is set in Settings', async () => {
    const { app, client } = await setUp();
    const account = os.userInfo().username;
    expect(client.statusHistory[0]?.by).toBe(account);
    expect(valueOf(await change(app, client, 'intake')).statusHistory.at(-1)?.by).toBe(account);
  });

  it('uses the worker name as soon as it is set, without a restart', async () => {
    const { app, client } = await setUp();
    valueOf(await app.call('preferences.update', { workerName: 'Joost' }));
    expect(valueOf(await change(app, client, 'intake')).statusHistory.at(-1)?.by).toBe('Joost');
  });

  it.each([
    ['a step that is not allowed', 'active', {}, 'clients:status.refused.notAllowed'],
    ['closing without a reason', 'closed', {}, 'clients:status.refused.reasonRequired'],
    ['a close reason on a step that does not close', 'intake', { reason: 'moved' }, 'clients:status.refused.reasonNotExpected'],
    ['the status it already has', 'registered', {}, 'clients:status.refused.sameStatus'],
  ])('refuses %s with a translated reason and changes nothing', async (_label, to, extra, messageKey) => {
    const { app, dir, client } = await setUp();
    const before = await snapshotTree(path.join(dir, 'caseload'));
    expect(errorOf(await change(app, client, to, extra))).toEqual({ code: 'invalid_input', messageKey });
    expect(valueOf(await app.call('clients.get', { id: client.id }))).toEqual(client);
    expect(await snapshotTree(path.join(dir, 'caseload'))).toEqual(before);
  });

  it('refuses a change made from a stale copy with conflict, and keeps the newer status', async () => {
    const { app, dir, client, clock } = await setUp();
    clock.set('2025-03-02T09:00:00.000Z');
    const intake = valueOf(await change(app, client, 'intake'));
    const before = await snapshotTree(path.join(dir, 'caseload'));

    // A second window still shows the client as registered and closes the case.
    expect(errorOf(await change(app, client, 'closed', { reason: 'moved' }))).toEqual({
      code: 'conflict',
      messageKey: 'errors:clientChangedElsewhere',
    });
    expect(valueOf(await app.call('clients.get', { id: client.id }))).toEqual(intake);
    expect(await snapshotTree(path.join(dir, 'caseload'))).toEqual(before);
    // A profile edit from before the status change is stale too: the status step moved updatedAt.
    expect(
      errorOf(await app.call('clients.update', { id: client.id, expectedUpdatedAt: client.updatedAt, fields: { givenName: 'Z', familyName: 'J' } })).code,
    ).toBe('conflict');
  });

  it('keeps the status through a profile edit, and the history through a restart', async () => {
    const { app, dir, client } = await setUp('Sanne');
    const active = valueOf(await change(app, valueOf(await change(app, client, 'intake')), 'active'));
    const edited = valueOf(
      await app.call('clients.update', { id: client.id, expectedUpdatedAt: active.updatedAt, fields: { givenName: 'Zoë', familyName: 'Jansen-Bos' } }),
    );
    expect(edited.status).toBe('active');
    expect(edited.statusHistory).toEqual(active.statusHistory);
    await app.close();

    const again = await startTestCore({ dataDir: dir });
    expect(valueOf(await again.call('clients.get', { id: client.id }))).toEqual(edited);
  });

  it('answers not_found for a client that does not exist', async () => {
    const { app } = await setUp();
    expect(
      errorOf(await app.call('clients.changeStatus', { id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10', expectedUpdatedAt: '2025-01-01T00:00:00.000Z', to: 'intake' })),
    ).toEqual({ code: 'not_found', messageKey: 'errors:clientNotFound' });
  });

  it('writes an audit record per step naming the step, on an intact chain', async () => {
    const { app, dir, client } = await setUp('Sanne');
    const intake = valueOf(await change(app, client, 'intake'));
    valueOf(await change(app, intake, 'closed', { reason: 'referred_on', note: 'Naar de huisarts vanwege zorgen' }));

    const log = await readAuditLog(dir);
    expect(chainProblems(log)).toEqual([]);
    expect(log.filter((record) => record.detail?.startsWith('status:'))).toEqual([
      expect.objectContaining({ action: 'change', entity: 'client', clientId: client.id, actor: 'Sanne', detail: 'status:registered→intake' }),
      expect.objectContaining({ action: 'change', entity: 'client', clientId: client.id, actor: 'Sanne', detail: 'status:intake→closed' }),
    ]);
    expect(JSON.stringify(log)).not.toContain('huisarts');
  });
});
