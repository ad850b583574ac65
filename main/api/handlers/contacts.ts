import type { ContactService } from '../../services/contacts/contact-service';
import type { Handlers } from '../dispatcher';

type ContactCalls = 'contacts.list' | 'contacts.create' | 'contacts.update' | 'contacts.delete' | 'contacts.setAgreementDone';

export function contactHandlers(contacts: () => ContactService): Pick<Handlers, ContactCalls> {
  return {
    'contacts.list': async ({ clientId, type }) => contacts().list(clientId, type),
    'contacts.create': async ({ clientId, fields }) => contacts().create(clientId, fields),
    'contacts.update': async ({ clientId, contactId, expectedUpdatedAt, fields }) =>
      contacts().update(clientId, contactId, expectedUpdatedAt, fields),
    'contacts.delete': async ({ clientId, contactId, expectedUpdatedAt }) => {
      await contacts().remove(clientId, contactId, expectedUpdatedAt);
      return { deleted: true as const };
    },
    'contacts.setAgreementDone': async ({ clientId, contactId, agreementId, done }) =>
      contacts().setAgreementDone(clientId, contactId, agreementId, done),
  };
}
