import { ApiError } from '../../api/errors';
import { applyProfile, type Client, type ClientFields, type ClientProfile, type ClientStatus, type CloseReason } from '../../domain/clients/client';
import { checkTransition } from '../../domain/clients/status-lifecycle';
import type { AuditTrail } from '../audit/audit-trail';
import { clientDocumentVersion, type ClientDocument } from '../storage/client-document';
import { nextStamp, type Clock, type ClientFiles } from './client-files';

export type { Clock } from './client-files';

export interface StatusChangeRequest {
  to: ClientStatus;
  reason?: CloseReason | undefined;
  note?: string | undefined;
}

export interface ClientService {
  get(id: string): Promise<Client>;
  create(fields: ClientFields): Promise<Client>;
  /** Adds many clients in one all-or-nothing step (CSV import); returns how many. */
  createMany(fields: readonly ClientFields[]): Promise<number>;
  updateProfile(id: string, expectedUpdatedAt: string, profile: ClientProfile): Promise<Client>;
  changeStatus(id: string, expectedUpdatedAt: string, change: StatusChangeRequest): Promise<Client>;
}

const refusalKeys = {
  not_allowed: 'clients:status.refused.notAllowed',
  same_status: 'clients:status.refused.sameStatus',
  reason_required: 'clients:status.refused.reasonRequired',
  reason_not_expected: 'clients:status.refused.reasonNotExpected',
} as const;

function assertUnchanged(client: Client, expectedUpdatedAt: string): void {
  if (client.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'errors:clientChangedElsewhere' });
}

export function createClientService(
  files: ClientFiles,
  audit: AuditTrail,
  clock: Clock,
  newId: () => string,
  actor: () => string,
): ClientService {
  const newDocument = (fields: ClientFields): ClientDocument => {
    const stamp = nextStamp(clock);
    const { status, ...profile } = fields;
    const client = applyProfile(
      {
        id: newId(),
        status,
        statusHistory: [{ to: status, at: stamp, by: actor() }],
        createdAt: stamp,
        updatedAt: stamp,
      },
      profile,
    ) as Client;
    return { schemaVersion: clientDocumentVersion, client, contacts: [], appointments: [], programmes: [], measurements: [], referrals: [], consents: [] };
  };

  return {
    async get(id) {
      const { client } = await files.get(id);
      void audit.record({ action: 'view', entity: 'client', clientId: id }).catch(() => undefined);
      return client;
    },
    async create(fields) {
      const document = newDocument(fields);
      await files.create([document]);
      await audit.record({ action: 'create', entity: 'client', clientId: document.client.id });
      return document.client;
    },
    async createMany(list) {
      const documents = list.map(newDocument);
      await files.create(documents);
      await audit.record({ action: 'import', entity: 'caseload', detail: `clients:${documents.length}` });
      return documents.length;
    },
    async updateProfile(id, expectedUpdatedAt, profile) {
      const client = await files.change(id, (current) => {
        assertUnchanged(current.client, expectedUpdatedAt);
        const base: Record<string, unknown> = {
          id,
          status: current.client.status,
          statusHistory: current.client.statusHistory,
          createdAt: current.client.createdAt,
          updatedAt: nextStamp(clock, current.client.updatedAt),
        };
        const updated = applyProfile(base, profile) as Client;
        return { document: { ...current, client: updated }, result: updated };
      });
      await audit.record({ action: 'change', entity: 'client', clientId: id });
      return client;
    },
    async changeStatus(id, expectedUpdatedAt, change) {
      const client = await files.change(id, (current) => {
        assertUnchanged(current.client, expectedUpdatedAt);
        const refusal = checkTransition(current.client.status, change.to, change.reason);
        if (refusal) throw new ApiError('invalid_input', { messageKey: refusalKeys[refusal] });
        const at = nextStamp(clock, current.client.updatedAt);
        const step: Client['statusHistory'][number] = { from: current.client.status, to: change.to, at, by: actor() };
        if (change.reason !== undefined) step.reason = change.reason;
        if (change.note !== undefined && change.note.trim() !== '') step.note = change.note.trim();
        const updated: Client = {
          ...current.client,
          status: change.to,
          statusHistory: [...current.client.statusHistory, step],
          updatedAt: at,
        };
        return { document: { ...current, client: updated }, result: updated };
      });
      await audit.record({ action: 'change', entity: 'client', clientId: id, detail: `status:${client.statusHistory.at(-2)?.to}→${client.status}` });
      return client;
    },
  };
}
