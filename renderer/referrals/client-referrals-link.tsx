import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../main/api/api-types';
import { Link } from '../router/link';

/** The client's name, leading straight to their Verwijzingen tab. */
export function ClientReferralsLink({
  client,
  className,
}: {
  client: Pick<ClientSummary, 'id' | 'givenName' | 'familyName'>;
  className?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <Link to={{ name: 'client', id: client.id, tab: 'referrals' }} className={className}>
      {t('fullName', { givenName: client.givenName, familyName: client.familyName })}
    </Link>
  );
}
