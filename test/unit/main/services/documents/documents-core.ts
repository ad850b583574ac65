import type { DocumentJobView, DocumentRequestInput } from '../../../../../main/api/contract/documents';
import type { CoreOptions } from '../../../../../main/app/start-core';
import type { ClientDocument } from '../../../../../main/services/storage/client-document';
import { documentBytes, manualClock, memoryStore, valueOf, writeClientFile, type TestCore } from '../../support/core';
import { organisationName } from './document-fixtures';

export const documentDay = '2026-12-04';

/** Settings as a worker fills them in: organisation, sender, no logo unless given. */
export const workerSettings = {
  language: 'nl',
  workerName: 'Sanne Visser',
  workerRole: 'Sociaal werker',
  workerPhone: '06 9876 5432',
  workerEmail: 'sanne@welzijnoost.nl',
  organisationName,
  organisationAddress: 'Dorpsstraat 1, 1234 AB Utrecht',
  organisationPhone: '030 123 4567',
  organisationEmail: 'info@welzijnoost.nl',
};

/** A core on a folder holding the given client files, on 4 December 2026 at 11:00 in Amsterdam. */
export async function documentsCore(
  start: (options: Partial<CoreOptions> & { dataDir: string }) => Promise<TestCore>,
  dir: string,
  documents: readonly ClientDocument[] = [],
  options: { settings?: Record<string, unknown>; core?: Partial<CoreOptions> } = {},
): Promise<TestCore> {
  for (const document of documents) await writeClientFile(dir, document.client.id, documentBytes(document));
  return start({
    dataDir: dir,
    clock: manualClock(`${documentDay}T10:00:00.000Z`),
    preferences: memoryStore({ ...workerSettings, ...options.settings }),
    ...options.core,
  });
}

export interface FollowedJob {
  final: Exclude<DocumentJobView, { state: 'running' }>;
  /** Every distinct running state seen while polling, as `done/total`. */
  progress: string[];
  jobId: string;
}

/** Starts a document and polls its status between turns of the event loop until it is done or failed. */
export async function makeDocument(app: TestCore, request: DocumentRequestInput): Promise<FollowedJob> {
  const { jobId } = valueOf(await app.call('documents.start', { request }));
  const progress: string[] = [];
  for (;;) {
    const view = valueOf(await app.call('documents.status', { jobId }));
    if (view.state !== 'running') return { final: view, progress, jobId };
    const step = `${view.done}/${view.total}`;
    if (progress.at(-1) !== step) progress.push(step);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The finished PDF's bytes, or a failure that says why. */
export async function documentBytesOf(app: TestCore, request: DocumentRequestInput): Promise<{ bytes: Uint8Array; fileName: string; pages: number }> {
  const { final } = await makeDocument(app, request);
  if (final.state !== 'done') throw new Error(`Expected a document, got ${JSON.stringify(final)}`);
  return { bytes: new Uint8Array(Buffer.from(final.contentBase64, 'base64')), fileName: final.fileName, pages: final.pages };
}
