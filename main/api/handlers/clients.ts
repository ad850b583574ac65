import type { ClientService } from '../../services/clients/client-service';
import type { Handlers } from '../dispatcher';

export function clientHandlers(clients: () => ClientService): Pick<Handlers, 'clients.list' | 'clients.get' | 'clients.create' | 'clients.update'> {
  return {
    'clients.list': async (input) => clients().list(input),
    'clients.get': async ({ id }) => clients().get(id),
    'clients.create': async (fields) => clients().create(fields),
    'clients.update': async ({ id, expectedUpdatedAt, fields }) => clients().update(id, expectedUpdatedAt, fields),
  };
}
