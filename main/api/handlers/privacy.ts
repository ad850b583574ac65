import type { PrivacyService } from '../../services/privacy/privacy-service';
import type { Handlers } from '../dispatcher';

type PrivacyCalls =
  | 'privacy.consents'
  | 'privacy.recordConsent'
  | 'privacy.accessExportJson'
  | 'privacy.erasePreview'
  | 'privacy.erase'
  | 'privacy.retentionDue'
  | 'privacy.eraseMany';

export function privacyHandlers(privacy: () => PrivacyService): Pick<Handlers, PrivacyCalls> {
  return {
    'privacy.consents': async ({ clientId }) => privacy().consents(clientId),
    'privacy.recordConsent': async ({ clientId, ...consent }) => privacy().recordConsent(clientId, consent),
    'privacy.accessExportJson': async ({ clientId }) => privacy().accessExportJson(clientId),
    'privacy.erasePreview': async ({ clientId }) => privacy().erasePreview(clientId),
    'privacy.erase': async ({ clientId, confirmName }) => privacy().erase(clientId, confirmName),
    'privacy.retentionDue': async () => privacy().retentionDue(),
    'privacy.eraseMany': async ({ clientIds }) => privacy().eraseMany(clientIds),
  };
}
