import { ApiError } from '../../api/errors';
import { toSummary, type Client, type ClientFields, type ClientSummary } from '../../domain/clients/client';
import { compareByName, matchesClient, type ClientFilter } from '../../domain/clients/client-search';
import type { CaseloadStore } from '../storage/caseload-store';

export interface ClientService {
  list(filter: ClientFilter): ClientSummary[];
  get(id: string): Client;
  create(fields: ClientFields): Promise<Client>;
  update(id: string, expectedUpdatedAt: string, fields: ClientFields): Promise<Client>;
}

export interface Clock {
  now(): Date;
}

/** Later than both now and the previous stamp, so two quick edits never share an updatedAt. */
function nextStamp(clock: Clock, previous?: string): string {
  const now = clock.now().getTime();
  const after = previous === undefined ? now : Math.max(now, Date.parse(previous) + 1);
  return new Date(after).toISOString();
}

function withFields(base: Pick<Client, 'id' | 'createdAt' | 'updatedAt'>, fields: ClientFields): Client {
  const client: Client = { ...base, givenName: fields.givenName, familyName: fields.familyName, status: fields.status };
  if (fields.dateOfBirth !== undefined) client.dateOfBirth = fields.dateOfBirth;
  if (fields.phone !== undefined) client.phone = fields.phone;
  if (fields.email !== undefined) client.email = fields.email;
  if (fields.address !== undefined) client.address = fields.address;
  return client;
}

export function createClientService(store: CaseloadStore, clock: Clock, newId: () => string): ClientService {
  // The conflict check and the write of one client must not interleave with another change to it,
  // or two edits from the same copy both pass the check and the first is silently lost.
  const pending = new Map<string, Promise<unknown>>();
  const oneAtATime = <T>(id: string, change: () => Promise<T>): Promise<T> => {
    const result = (pending.get(id) ?? Promise.resolve()).then(change);
    const settled = result.catch(() => undefined);
    pending.set(id, settled);
    void settled.then(() => {
      if (pending.get(id) === settled) pending.delete(id);
    });
    return result;
  };
  const get = (id: string): Client => {
    const client = store.getClient(id);
    if (!client) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
    return client;
  };
  return {
    list(filter) {
      const result: ClientSummary[] = [];
      for (const client of store.clients()) {
        const summary = toSummary(client);
        if (matchesClient(summary, filter)) result.push(summary);
      }
      return result.sort(compareByName);
    },
    get,
    async create(fields) {
      const stamp = nextStamp(clock);
      const client = withFields({ id: newId(), createdAt: stamp, updatedAt: stamp }, fields);
      await store.putClient(client);
      return client;
    },
    update(id, expectedUpdatedAt, fields) {
      return oneAtATime(id, async () => {
        const current = get(id);
        if (current.updatedAt !== expectedUpdatedAt) {
          throw new ApiError('conflict', { messageKey: 'errors:clientChangedElsewhere' });
        }
        const client = withFields({ id, createdAt: current.createdAt, updatedAt: nextStamp(clock, current.updatedAt) }, fields);
        await store.putClient(client);
        return client;
      });
    },
  };
}
