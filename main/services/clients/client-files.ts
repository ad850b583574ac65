import { ApiError } from '../../api/errors';
import type { CaseloadStore } from '../storage/caseload-store';
import type { ClientProjection } from '../../domain/clients/client-projection';
import type { Contact } from '../../domain/contacts/contact';
import type { ClientDocument } from '../storage/client-document';
import { createKeyedTurns } from '../storage/keyed-turns';

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
  /**
   * Adds a contact to a client's log, in turn with the client's other changes, without reading the
   * client's file (logging a contact is the most frequent edit); `not_found` when there is no client.
   */
  addContact(id: string, make: (client: ClientProjection) => Contact): Promise<Contact>;
  create(documents: readonly ClientDocument[]): Promise<void>;
  /** Called after every durable write with the client's new projection, e.g. to refresh the caseload index. */
  onChange(listener: (projection: ClientProjection) => void): void;
}

export function createClientFiles(store: CaseloadStore): ClientFiles {
  const listeners: ((projection: ClientProjection) => void)[] = [];
  const notify = (id: string) => {
    const projection = store.getProjection(id);
    if (projection) listeners.forEach((listener) => listener(projection));
  };
  const get = async (id: string): Promise<ClientDocument> => {
    const document = await store.getDocument(id);
    if (!document) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
    return document;
  };
  /** One change per client at a time, in the order asked. */
  const turns = createKeyedTurns();
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
    change: (id, apply) =>
      turns.run(id, async () => {
        const { document, result } = apply(await get(id));
        await store.putDocument(document);
        notify(id);
        return result;
      }),
    addContact: (id, make) =>
      turns.run(id, async () => {
        const projection = store.getProjection(id);
        if (!projection) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
        const contact = make(projection);
        await store.addContact(id, contact);
        notify(id);
        return contact;
      }),
    async create(documents) {
      await store.createDocuments(documents);
      documents.forEach((document) => notify(document.client.id));
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
