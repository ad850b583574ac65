import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';
import { DirectoryServiceSelect } from './directory-service-select';
import { FreeDestinationFields } from './free-destination-fields';
import type { DestinationSource, ReferralBinding } from './referral-form-values';

const sources: readonly DestinationSource[] = ['directory', 'free'];

/** Where the client is referred to: an entry of the sociale kaart, or a destination typed in once. */
export function DestinationPicker({ binding, services }: { binding: ReferralBinding; services: readonly ServiceEntry[] | undefined }) {
  const { t } = useTranslation('referrals');
  const legendId = useId();
  const { values, set } = binding;

  // A referral kept its own copy of an entry that has since left the directory: go on with that copy.
  const missing =
    values.source === 'directory' &&
    values.serviceId !== '' &&
    services !== undefined &&
    !services.some((service) => service.id === values.serviceId);
  useEffect(() => {
    if (missing) {
      set('source', 'free');
      set('serviceId', '');
    }
  }, [missing, set]);

  return (
    <fieldset className="destination-picker" aria-labelledby={legendId}>
      <legend id={legendId} className="field-label-large">
        {t('form.destination')}
      </legend>
      <div className="radio-row" role="radiogroup" aria-label={t('form.source')}>
        {sources.map((source) => (
          <label key={source} className="radio">
            <input
              type="radio"
              name={`${legendId}-source`}
              value={source}
              checked={values.source === source}
              onChange={() => set('source', source)}
            />
            {t(`form.sources.${source}`)}
          </label>
        ))}
      </div>
      {values.source === 'directory' ? (
        <DirectoryServiceSelect binding={binding} services={services} />
      ) : (
        <FreeDestinationFields binding={binding} />
      )}
    </fieldset>
  );
}
