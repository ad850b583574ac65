import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { CallName, CallOutput } from '../../../../main/api/contract';
import type { ApiErrorData, ApiResult } from '../../../../main/api/errors';
import { startCore, type CoreOptions, type VerbindCore } from '../../../../main/app/start-core';
import type { Client, ClientStatus } from '../../../../main/domain/clients/client';
import { auditFile, hashRecord, type AuditRecord } from '../../../../main/services/audit/audit-trail';
import type { Clock } from '../../../../main/services/clients/client-service';
import type { KeyValueStore } from '../../../../main/services/preferences/preferences';
import { clientDocumentVersion, type ClientDocument } from '../../../../main/services/storage/client-document';

export interface TestCore {
  readonly core: VerbindCore;
  /** A call as the renderer would make it: any input, typed result. */
  call<N extends CallName>(name: N, input: unknown): Promise<ApiResult<CallOutput<N>>>;
  close(): Promise<void>;
}

/**
 * Starts cores on real folders and closes every core still open after each test (before the
 * temp folders are removed, since vitest runs after-hooks in reverse order of registration).
 * Register it after `useTempDirs()`.
 */
export function useCores(): (options: Partial<CoreOptions> & { dataDir: string }) => Promise<TestCore> {
  const open = new Set<TestCore>();
  afterEach(async () => {
    for (const testCore of [...open]) await testCore.close();
  });
  return async (options) => {
    const core = await startCore({ version: '0.0.0-test', preferences: memoryStore(), logError: () => undefined, ...options });
    let closed = false;
    const testCore: TestCore = {
      core,
      call: async <N extends CallName>(name: N, input: unknown) =>
        (await core.dispatch(name, input, { transport: 'test' })) as ApiResult<CallOutput<N>>,
      async close() {
        if (closed) return;
        closed = true;
        open.delete(testCore);
        await core.close();
      },
    };
    open.add(testCore);
    return testCore;
  };
}

/** A KeyValueStore in memory, for tests where preferences are not the subject. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { readonly data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

/** A clock the test moves by hand; it never moves by itself. */
export function manualClock(start = '2025-03-01T09:00:00.000Z'): Clock & { set(iso: string): void } {
  let current = new Date(start);
  return { now: () => new Date(current), set: (iso) => (current = new Date(iso)) };
}

export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected a value, got the refusal ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf(result: ApiResult<unknown>): ApiErrorData {
  if (result.ok) throw new Error(`Expected a refusal, got the value ${JSON.stringify(result.value)}`);
  return result.error;
}

export const clientsFolder = path.join('caseload', 'clients');

/**
 * A client record as version 1 of the app stored it: before flags, the status history and the
 * contact log. Tests write these as "existing data", so every start also exercises the migration.
 */
export interface V1Client {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth?: string;
  phone?: string;
  email?: string;
  address?: string;
  status: ClientStatus;
  createdAt: string;
  updatedAt: string;
}

/** A stored client document, by default as version 1 wrote it (`caseload/clients/<id>.json`). */
export function clientDocumentBytes(client: V1Client | Client, schemaVersion = 1): Buffer {
  return Buffer.from(`${JSON.stringify({ schemaVersion, client }, null, 2)}\n`);
}

export function sampleClient(id: string, overrides: Partial<V1Client> = {}): V1Client {
  return {
    id,
    givenName: 'Anna',
    familyName: 'de Vries',
    status: 'active',
    createdAt: '2025-01-02T10:00:00.000Z',
    updatedAt: '2025-01-02T10:00:00.000Z',
    ...overrides,
  };
}

/** A current client document: an empty contact log, no appointments, programmes or measurements. */
export function sampleDocument(id: string, overrides: Partial<Client> = {}): ClientDocument {
  const base = sampleClient(id);
  const client: Client = {
    ...base,
    flags: [],
    statusHistory: [{ to: base.status, at: base.createdAt, by: 'Test' }],
    ...overrides,
  };
  return { schemaVersion: clientDocumentVersion, client, contacts: [], appointments: [], programmes: [], measurements: [], referrals: [], consents: [] };
}

export function documentBytes(document: ClientDocument): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
}

export async function writeClientFile(dataDir: string, id: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dataDir, clientsFolder, `${id}.json`);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, bytes);
  return file;
}

/** The audit log as records, one per line (a torn line would throw, which is what tests want). */
export async function readAuditLog(dataDir: string): Promise<AuditRecord[]> {
  const text = await fsp.readFile(path.join(dataDir, auditFile), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditRecord);
}

/** Checks the hash chain the way an auditor would: each record names its predecessor's hash and its own recomputes. */
export function chainProblems(records: readonly AuditRecord[]): string[] {
  const problems: string[] = [];
  let prev = '0'.repeat(64);
  records.forEach((record, index) => {
    const { hash, ...body } = record;
    if (record.prev !== prev) problems.push(`record ${index + 1}: prev does not name the record before it`);
    if (hashRecord(body) !== hash) problems.push(`record ${index + 1}: hash does not recompute`);
    if (record.seq !== index + 1) problems.push(`record ${index + 1}: seq is ${record.seq}`);
    prev = hash;
  });
  return problems;
}
