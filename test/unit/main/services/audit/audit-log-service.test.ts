import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile, openAuditTrail, type AuditRecord } from '../../../../../main/services/audit/audit-trail';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const gone = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

/** A caseload whose log already names a client who was erased before this start. */
async function setUp() {
  const dir = await makeTempDir();
  const earlier = await openAuditTrail(createDataFiles(dir), () => 'Sanne', () => new Date('2025-03-09T10:00:00.000Z'));
  await earlier.record({ action: 'erase', entity: 'client', clientId: gone });
  const clock = manualClock('2025-03-10T09:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock });
  const anna = valueOf(await app.call('clients.create', { givenName: 'Anna', familyName: 'de Vries' }));
  return { dir, clock, app, anna: anna.id };
}

describe('the audit log viewer', () => {
  it('lists records newest first with the total, the chain check, the system and the clients’ current names', async () => {
    const { app, anna } = await setUp();
    const page = valueOf(await app.call('audit.list', { offset: 0, limit: 500 }));
    expect(page.system).toBe('Verbind 0.0.0-test');
    expect(page.chain).toMatchObject({ ok: true, count: 2 });
    expect(page.total).toBe(2);
    expect(page.records.map((record) => [record.seq, record.action, record.client])).toEqual([
      [2, 'create', { state: 'present', name: 'Anna de Vries' }],
      [1, 'erase', { state: 'erased' }],
    ]);
    expect(page.records[0]?.clientId).toBe(anna);
  });

  it('logs looking at the log, once per minute of paging, and with the client when narrowed to one', async () => {
    const { dir, clock, app, anna } = await setUp();
    for (let offset = 0; offset < 3; offset++) valueOf(await app.call('audit.list', { offset, limit: 1 }));
    clock.set('2025-03-10T09:05:00.000Z');
    valueOf(await app.call('audit.list', { clientId: anna, offset: 0, limit: 10 }));
    await app.close();
    const views = (await readAuditLog(dir)).filter((record) => record.entity === 'audit');
    expect(views.map((record) => [record.action, record.clientId])).toEqual([
      ['view', undefined],
      ['view', anna],
    ]);
  });

  it('filters by period, client and action, and pages', async () => {
    const { app, clock, anna } = await setUp();
    clock.set('2025-03-11T09:00:00.000Z');
    valueOf(await app.call('clients.get', { id: anna }));
    const onTenth = valueOf(await app.call('audit.list', { from: '2025-03-10', to: '2025-03-10', offset: 0, limit: 10 }));
    expect(onTenth.records.map((record) => record.action)).toEqual(['create']);
    const views = valueOf(await app.call('audit.list', { clientId: anna, action: 'view', offset: 0, limit: 10 }));
    expect(views.records.map((record) => [record.action, record.entity])).toEqual([['view', 'client']]);
    const second = valueOf(await app.call('audit.list', { offset: 1, limit: 1 }));
    expect(second.total).toBeGreaterThanOrEqual(3);
    expect(second.records).toHaveLength(1);
  });

  it('refuses a period that ends before it starts, and a page larger than 500', async () => {
    const { app } = await setUp();
    expect(errorOf(await app.call('audit.list', { from: '2025-03-11', to: '2025-03-10', offset: 0, limit: 10 }))).toMatchObject({
      code: 'invalid_input',
      messageKey: 'audit:errors.periodReversed',
    });
    expect(errorOf(await app.call('audit.list', { offset: 0, limit: 501 })).code).toBe('invalid_input');
  });

  it('shows where the chain breaks when a line was changed on disk', async () => {
    const { dir, app } = await setUp();
    const file = path.join(dir, auditFile);
    const text = await fsp.readFile(file, 'utf8');
    await fsp.writeFile(file, text.replace('"actor":"Sanne"', '"actor":"Iemand"'));
    expect(valueOf(await app.call('audit.verify', {}))).toMatchObject({ ok: false, broken: { seq: 1, reason: 'edited' } });
    expect(valueOf(await app.call('audit.list', { offset: 0, limit: 10 })).chain).toMatchObject({ ok: false });
  });

  it('exports CSV for Excel with the system, the chain and every hash, and logs the export', async () => {
    const { dir, app, anna } = await setUp();
    const exported = valueOf(await app.call('audit.export', { format: 'csv' }));
    expect(exported.fileName).toBe('verbind-auditlog-2025-03-10.csv');
    const bytes = Buffer.from(exported.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('Systeem;Verbind 0.0.0-test');
    expect(text).toContain('Controle van de keten;De auditlog is intact: 2 regels gecontroleerd');
    const stored = await readAuditLog(dir);
    for (const record of stored.slice(0, 2)) expect(text).toContain(record.hash);
    expect(text).toContain(';Verwijderde cliënt;');
    expect(text).toContain(';Anna de Vries;');
    expect(stored.at(-1)).toMatchObject({ action: 'export', entity: 'audit', detail: 'format:csv;records:2' });

    const json = valueOf(await app.call('audit.export', { format: 'json', clientId: anna }));
    const parsed = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as { records: AuditRecord[]; chain: { ok: boolean } };
    expect(parsed.records.map((record) => [record.action, record.clientId])).toEqual([['create', anna]]);
    expect(parsed.chain.ok).toBe(true);
    expect((await readAuditLog(dir)).at(-1)).toMatchObject({ action: 'export', entity: 'audit', clientId: anna, detail: 'format:json;records:1' });
  });

  it('answers app_locked while the caseload is locked', async () => {
    const dir = await makeTempDir();
    const app = await startTestCore({ dataDir: dir, encryptAtRest: true });
    expect(errorOf(await app.call('audit.list', { offset: 0, limit: 10 })).code).toBe('app_locked');
    expect(errorOf(await app.call('audit.verify', {})).code).toBe('app_locked');
    expect(errorOf(await app.call('audit.export', { format: 'csv' })).code).toBe('app_locked');
  });
});

describe('views of a client’s file', () => {
  it('are logged once per opening for contacts, appointments, programme, questionnaires and referrals', async () => {
    const { dir, app, anna } = await setUp();
    for (let i = 0; i < 3; i++) {
      valueOf(await app.call('contacts.list', { clientId: anna }));
      valueOf(await app.call('appointments.list', { clientId: anna }));
      valueOf(await app.call('programme.view', { clientId: anna }));
      valueOf(await app.call('measures.list', { clientId: anna }));
      valueOf(await app.call('measures.series', { clientId: anna, scaleId: 'de-jong-gierveld-11' }));
      valueOf(await app.call('referrals.list', { clientId: anna }));
    }
    await app.close();
    const views = (await readAuditLog(dir)).filter((record) => record.action === 'view');
    expect(views.map((record) => [record.entity, record.clientId])).toEqual([
      ['contact', anna],
      ['appointment', anna],
      ['programme', anna],
      ['measurement', anna],
      ['referral', anna],
    ]);
  });
});
