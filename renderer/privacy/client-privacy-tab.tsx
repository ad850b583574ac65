import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { AccessSection } from './access-section';
import { ConsentSection } from './consent-section';
import { EraseSection } from './erase-section';
import './privacy.css';

/** The client's Privacy tab: consent per purpose, the access request, and erasing the whole file. */
export function ClientPrivacyTab({ client, revision, onChanged }: { client: Client; revision: number; onChanged: () => void }) {
  const { t } = useTranslation('common');
  const name = t('fullName', { givenName: client.givenName, familyName: client.familyName });
  return (
    <>
      <ConsentSection clientId={client.id} revision={revision} onChanged={onChanged} />
      <AccessSection clientId={client.id} />
      <EraseSection clientId={client.id} name={name} />
    </>
  );
}
