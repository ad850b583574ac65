import type { ClientIndex } from '../../services/clients/client-index';
import type { ClientService } from '../../services/clients/client-service';
import type { Handlers } from '../dispatcher';

type ClientCalls = 'clients.list' | 'clients.get' | 'clients.overview' | 'clients.create' | 'clients.update' | 'clients.changeStatus';

export function clientHandlers(
  services: () => { clients: ClientService; index: ClientIndex; overview: (id: string) => ReturnType<Handlers['clients.overview']> },
): Pick<Handlers, ClientCalls> {
  return {
    'clients.list': async (query) => services().index.list(query),
    'clients.get': async ({ id }) => services().clients.get(id),
    'clients.overview': async ({ id }) => services().overview(id),
    'clients.create': async (fields) => services().clients.create(fields),
    'clients.update': async ({ id, expectedUpdatedAt, fields }) => services().clients.updateProfile(id, expectedUpdatedAt, fields),
    'clients.changeStatus': async ({ id, expectedUpdatedAt, to, reason, note }) =>
      services().clients.changeStatus(id, expectedUpdatedAt, { to, reason, note }),
  };
}
