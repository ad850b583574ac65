import { ApiError } from '../../api/errors';
import type { CaseloadStore } from '../storage/caseload-store';
import type { ClientProjection } from '../../domain/clients/client-projection';
import type { ClientDocument } from '../storage/client-document';

export interface Clock {
  now(): Date;
}

/** Later than both now and the previous stamp, so two quick edits never share an updatedAt. */
export function nextStamp(clock: Clock, previous?: string): string {
  const now = clock.now().getTime();
  const after = previous === undefined ? now : Math.max(now, Date.parse(previous) + 1);
  return new Date(after).toISOString();
}

/**
 * The services' view of the stored client files: look-ups, and read-check-write changes that run
 * one at a time per client, so a check (such as "unchanged since the worker opened it") and the
 * write it guards can never interleave with another change to the same client.
 */
export interface ClientFiles {
  /** Every whole file, one at a time from disk: only for rare caseload-wide work that needs notes. */
  all(): AsyncIterableIterator<ClientDocument>;
  /** What the list, search, agenda and attention need of every client, from memory. */
  projections(): IterableIterator<ClientProjection>;
  /** One client's projection, from memory; undefined when there is no such client. */
  projection(id: string): ClientProjection | undefined;
  /** One client's projection, or `not_found`: for views that need no notes (programme, measures). */
  projected(id: string): ClientProjection;
  /** The client's whole file, or `not_found`. */
  get(id: string): Promise<ClientDocument>;
  change<T>(id: string, apply: (current: ClientDocument) => { document: ClientDocument; result: T }): Promise<T>;
  create(documents: readonly ClientDocument[]): Promise<void>;
  /** Called after every durable write, e.g. to refresh the caseload index. */
  onChange(listener: (document: ClientDocument) => void): void;
}

export function createClientFiles(store: CaseloadStore): ClientFiles {
  const pending = new Map<string, Promise<unknown>>();
  const listeners: ((document: ClientDocument) => void)[] = [];
  const notify = (document: ClientDocument) => listeners.forEach((listener) => listener(document));
  const get = async (id: string): Promise<ClientDocument> => {
    const document = await store.getDocument(id);
    if (!document) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
    return document;
  };
  return {
    all: () => store.documents(),
    projections: () => store.projections(),
    projection: (id) => store.getProjection(id),
    projected(id) {
      const projection = store.getProjection(id);
      if (!projection) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
      return projection;
    },
    get,
    change(id, apply) {
      const run = async () => {
        const { document, result } = apply(await get(id));
        await store.putDocument(document);
        notify(document);
        return result;
      };
      const result = (pending.get(id) ?? Promise.resolve()).then(run);
      const settled = result.catch(() => undefined);
      pending.set(id, settled);
      void settled.then(() => {
        if (pending.get(id) === settled) pending.delete(id);
      });
      return result;
    },
    async create(documents) {
      await store.createDocuments(documents);
      documents.forEach(notify);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
