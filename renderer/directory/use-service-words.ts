import { useTranslation } from 'react-i18next';
import type { ServiceFormat, ServiceKind, ServicePhase } from '../../main/api/api-types';

/**
 * A service's kind, format and phases in words, the same on the directory, the referral form and
 * the referrals: "Ontmoetingsplek · In een groep · Past bij: verbinden, nazorg".
 */
export function useServiceWords() {
  const { t } = useTranslation('directory');
  const kind = (value: ServiceKind) => t(`kinds.${value}`);
  const format = (value: ServiceFormat) => t(`formats.${value}`);
  const phases = (values: readonly ServicePhase[]) =>
    values.length === 0 ? t('item.noPhases') : t('item.phases', { phases: values.map((phase) => t(`phases.${phase}`)).join(', ') });
  const summary = (service: { kind: ServiceKind; format: ServiceFormat; phases: readonly ServicePhase[] }) =>
    [kind(service.kind), format(service.format), phases(service.phases)].join(' · ');
  return { kind, format, phases, summary };
}
