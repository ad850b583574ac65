import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '../../../../../main/services/audit/audit-trail';
import { createBackupService, type BackupServiceDeps } from '../../../../../main/services/backup/backup-service';
import type { BackupFiles } from '../../../../../main/services/backup/backup-store';
import { encryptedDataFiles } from '../../../../../main/services/crypto/encrypted-data-files';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import type { StoreProblem } from '../../../../../main/services/storage/store-problem';
import { documentBytes, sampleDocument } from '../../support/core';

export const ids = {
  anna: '11111111-1111-4111-8111-111111111111',
  bram: '22222222-2222-4222-8222-222222222222',
  cor: '33333333-3333-4333-8333-333333333333',
};
export const clientPath = (id: string) => `caseload/clients/${id}.json`;
const encode = (text: string) => new TextEncoder().encode(text);

/** A data folder encrypted with a random key, the way the unlocked app sees it. */
export function encryptedFolder(dir: string, plain: DataFiles = createDataFiles(dir)) {
  const key = new Uint8Array(randomBytes(32));
  const files: BackupFiles = { plain, sealed: encryptedDataFiles(plain, key), view: (inner) => encryptedDataFiles(inner, key), preferencesFile: 'preferences.json' };
  return { dir, key, files };
}

/** Two clients, the store marker, an audit record, and the files a backup must leave out. */
export async function seedCaseload(files: BackupFiles, familyName = 'de Vries'): Promise<void> {
  await files.sealed.ensureFolder('caseload/clients');
  await files.sealed.ensureFolder('audit');
  await files.sealed.write('caseload/store.json', encode('{"schemaVersion":1,"createdAt":"2025-01-01T00:00:00.000Z"}\n'));
  await files.sealed.write(clientPath(ids.anna), documentBytes(sampleDocument(ids.anna, { familyName })));
  await files.sealed.write(clientPath(ids.bram), documentBytes(sampleDocument(ids.bram, { givenName: 'Bram' })));
  await files.sealed.append('audit/audit-log.jsonl', encode('{"seq":1}\n'));
  await files.plain.write('keyring.json', encode('{"ring":true}\n'));
  await files.plain.write('preferences.json', encode('{"language":"nl"}\n'));
  await files.plain.ensureFolder('caseload/quarantine');
  await files.plain.write('caseload/quarantine/old.json', encode('broken'));
}

export async function familyNameOf(files: BackupFiles, id: string): Promise<string | undefined> {
  const bytes = await files.sealed.read(clientPath(id));
  return bytes === undefined ? undefined : (JSON.parse(new TextDecoder().decode(bytes)) as { client: { familyName: string } }).client.familyName;
}

export async function flipByte(dir: string, relative: string, from = 40): Promise<void> {
  const file = path.join(dir, relative);
  const bytes = await fsp.readFile(file);
  bytes[from] = bytes[from]! ^ 0xff;
  await fsp.writeFile(file, bytes);
}

/** The service with a hand-moved clock and the caseload's open/close counted. */
export function backupService(files: BackupFiles, overrides: Partial<BackupServiceDeps> = {}) {
  let now = new Date('2025-03-01T09:00:00.000Z');
  const events: AuditEvent[] = [];
  const caseload = { settled: 0, closed: 0, reopened: 0, problems: [] as StoreProblem[], keep: 14, errors: [] as unknown[] };
  const service = createBackupService({
    files,
    now: () => new Date(now),
    appVersion: '1.2.3',
    keep: () => caseload.keep,
    logError: (_message, error) => void caseload.errors.push(error),
    caseloadReady: () => true,
    problems: () => caseload.problems,
    settleCaseload: async () => void caseload.settled++,
    closeCaseload: async () => void caseload.closed++,
    reopenCaseload: async () => void caseload.reopened++,
    record: (event) => void events.push(event),
    ...overrides,
  });
  return {
    service,
    events,
    caseload,
    setNow: (iso: string) => (now = new Date(iso)),
  };
}
