import { ApiError } from '../../api/errors';
import { filterServices, type ServiceFilter } from '../../domain/directory/service-search';
import type { ServiceEntry, ServiceFields } from '../../domain/directory/service-entry';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock } from '../clients/client-files';
import type { DirectoryStore } from './directory-store';

/**
 * The services a worker refers clients to (the sociale kaart). Not about a client, so the audit
 * records name no client; like every record, they never hold a name or a note.
 */
export interface DirectoryService {
  list(filter: ServiceFilter): ServiceEntry[];
  /** The entry, or undefined (a referral then says the service is gone). */
  find(serviceId: string): ServiceEntry | undefined;
  create(fields: ServiceFields): Promise<ServiceEntry>;
  update(serviceId: string, expectedUpdatedAt: string, fields: ServiceFields): Promise<ServiceEntry>;
  remove(serviceId: string, expectedUpdatedAt: string): Promise<void>;
}

/** Stored without keys for empty fields, like every other record. */
export function toEntry(fields: ServiceFields, base: Pick<ServiceEntry, 'id' | 'createdAt' | 'updatedAt'>): ServiceEntry {
  const entry: ServiceEntry = { ...base, name: fields.name, kind: fields.kind, format: fields.format, phases: fields.phases };
  for (const key of ['contactPerson', 'phone', 'email', 'website', 'address', 'openingHours', 'targetGroups', 'notes'] as const) {
    const value = fields[key];
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}

function existing(services: readonly ServiceEntry[], serviceId: string, expectedUpdatedAt: string): ServiceEntry {
  const entry = services.find((candidate) => candidate.id === serviceId);
  if (!entry) throw new ApiError('not_found', { messageKey: 'directory:errors.notFound' });
  if (entry.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'directory:errors.changedElsewhere' });
  return entry;
}

export function createDirectoryService(store: DirectoryStore, audit: AuditTrail, clock: Clock, newId: () => string): DirectoryService {
  return {
    list: (filter) => filterServices(store.all(), filter),
    find: (serviceId) => store.all().find((entry) => entry.id === serviceId),
    async create(fields) {
      const created = await store.change((services) => {
        const stamp = nextStamp(clock);
        const entry = toEntry(fields, { id: newId(), createdAt: stamp, updatedAt: stamp });
        return { services: [...services, entry], result: entry };
      });
      await audit.record({ action: 'create', entity: 'service', entityId: created.id });
      return created;
    },
    async update(serviceId, expectedUpdatedAt, fields) {
      const updated = await store.change((services) => {
        const before = existing(services, serviceId, expectedUpdatedAt);
        const entry = toEntry(fields, { id: before.id, createdAt: before.createdAt, updatedAt: nextStamp(clock, before.updatedAt) });
        return { services: services.map((candidate) => (candidate.id === serviceId ? entry : candidate)), result: entry };
      });
      await audit.record({ action: 'change', entity: 'service', entityId: serviceId });
      return updated;
    },
    async remove(serviceId, expectedUpdatedAt) {
      await store.change((services) => {
        existing(services, serviceId, expectedUpdatedAt);
        return { services: services.filter((candidate) => candidate.id !== serviceId), result: undefined };
      });
      await audit.record({ action: 'delete', entity: 'service', entityId: serviceId });
    },
  };
}
