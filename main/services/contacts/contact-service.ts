import { ApiError } from '../../api/errors';
import {
  compareContactsNewestFirst,
  mergeAgreements,
  type Contact,
  type ContactFields,
  type ContactType,
} from '../../domain/contacts/contact';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock, type ClientFiles } from '../clients/client-files';
import type { ClientDocument } from '../storage/client-document';

export interface ContactService {
  list(clientId: string, type?: ContactType): Promise<Contact[]>;
  create(clientId: string, fields: ContactFields): Promise<Contact>;
  update(clientId: string, contactId: string, expectedUpdatedAt: string, fields: ContactFields): Promise<Contact>;
  remove(clientId: string, contactId: string, expectedUpdatedAt: string): Promise<void>;
  setAgreementDone(clientId: string, contactId: string, agreementId: string, done: boolean): Promise<Contact>;
}

function findContact(document: ClientDocument, contactId: string): Contact {
  const contact = document.contacts.find((candidate) => candidate.id === contactId);
  if (!contact) throw new ApiError('not_found', { messageKey: 'errors:contactNotFound' });
  return contact;
}

function replaceContact(document: ClientDocument, contact: Contact): ClientDocument {
  return { ...document, contacts: document.contacts.map((existing) => (existing.id === contact.id ? contact : existing)) };
}

/** Stored times are UTC, so they sort as text and read the same after a change of time zone. */
function toStored(fields: ContactFields, base: Pick<Contact, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'agreements'>): Contact {
  const contact: Contact = {
    ...base,
    at: new Date(fields.at).toISOString(),
    type: fields.type,
    summary: fields.summary,
  };
  if (fields.durationMinutes !== undefined) contact.durationMinutes = fields.durationMinutes;
  if (fields.present !== undefined && fields.present.trim() !== '') contact.present = fields.present.trim();
  return contact;
}

export function createContactService(files: ClientFiles, audit: AuditTrail, clock: Clock, newId: () => string, actor: () => string): ContactService {
  return {
    async list(clientId, type) {
      const { contacts } = await files.get(clientId);
      // Seeing a client's contact log is a view of their file (NEN 7513); repeats are thinned by the trail.
      void audit.record({ action: 'view', entity: 'contact', clientId }).catch(() => undefined);
      return contacts.filter((contact) => type === undefined || contact.type === type).sort(compareContactsNewestFirst);
    },
    async create(clientId, fields) {
      const contact = await files.addContact(clientId, () => {
        const stamp = nextStamp(clock);
        return toStored(fields, {
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          createdBy: actor(),
          updatedBy: actor(),
          agreements: mergeAgreements([], fields.agreements, newId),
        });
      });
      await audit.record({ action: 'create', entity: 'contact', clientId, entityId: contact.id });
      return contact;
    },
    async update(clientId, contactId, expectedUpdatedAt, fields) {
      const contact = await files.change(clientId, (current) => {
        const existing = findContact(current, contactId);
        if (existing.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'errors:contactChangedElsewhere' });
        const updated = toStored(fields, {
          id: existing.id,
          createdAt: existing.createdAt,
          createdBy: existing.createdBy,
          updatedAt: nextStamp(clock, existing.updatedAt),
          updatedBy: actor(),
          agreements: mergeAgreements(existing.agreements, fields.agreements, newId),
        });
        return { document: replaceContact(current, updated), result: updated };
      });
      await audit.record({ action: 'change', entity: 'contact', clientId, entityId: contactId });
      return contact;
    },
    async remove(clientId, contactId, expectedUpdatedAt) {
      await files.change(clientId, (current) => {
        const existing = findContact(current, contactId);
        if (existing.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'errors:contactChangedElsewhere' });
        return { document: { ...current, contacts: current.contacts.filter((contact) => contact.id !== contactId) }, result: undefined };
      });
      await audit.record({ action: 'delete', entity: 'contact', clientId, entityId: contactId });
    },
    async setAgreementDone(clientId, contactId, agreementId, done) {
      const contact = await files.change(clientId, (current) => {
        const existing = findContact(current, contactId);
        if (!existing.agreements.some((agreement) => agreement.id === agreementId)) {
          throw new ApiError('not_found', { messageKey: 'errors:agreementNotFound' });
        }
        const agreements = existing.agreements.map((agreement) => {
          if (agreement.id !== agreementId) return agreement;
          if (done) return { ...agreement, doneAt: agreement.doneAt ?? clock.now().toISOString() };
          const { doneAt: _doneAt, ...open } = agreement;
          return open;
        });
        const updated: Contact = { ...existing, agreements, updatedAt: nextStamp(clock, existing.updatedAt), updatedBy: actor() };
        return { document: replaceContact(current, updated), result: updated };
      });
      await audit.record({ action: 'change', entity: 'agreement', clientId, entityId: agreementId, detail: done ? 'done' : 'reopened' });
      return contact;
    },
  };
}
