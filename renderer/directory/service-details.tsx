import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';

type Detail = 'contactPerson' | 'phone' | 'email' | 'website' | 'address' | 'openingHours' | 'targetGroups' | 'notes';

const details: readonly Detail[] = ['contactPerson', 'phone', 'email', 'website', 'address', 'openingHours', 'targetGroups', 'notes'];

/** How to reach a service and for whom it is, only what is filled in. */
export function ServiceDetails({ service, only = details }: { service: Partial<Pick<ServiceEntry, Detail>>; only?: readonly Detail[] }) {
  const { t } = useTranslation('directory');
  const shown = only.filter((detail) => service[detail] !== undefined && service[detail] !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="details details-compact service-details">
      {shown.map((detail) => (
        <Fragment key={detail}>
          <dt>{t(`form.labels.${detail}`)}</dt>
          <dd className="multiline">{service[detail]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
