import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';

type ChainStatus = CallOutput<'audit.verify'>;

/**
 * What the check of the hash chain found, above everything else on the page: intact with the
 * number of lines, or a plain warning that names the first line that cannot be trusted and what to
 * do now. An interrupted write that hides nothing is mentioned, not alarmed about.
 */
export function ChainBanner({ chain, system }: { chain: ChainStatus; system: string }) {
  const { t } = useTranslation('audit');
  if (!chain.ok) {
    const { seq, line, reason } = chain.broken;
    return (
      <div className="alert alert-error chain-banner" role="alert" data-testid="chain-status">
        <h2>{t('chain.brokenTitle')}</h2>
        <p>{t('chain.brokenAt', { seq, line, reason: t(`reasons.${reason}`) })}</p>
        <p>{t('chain.brokenMeaning')}</p>
        <p className="chain-system">{t('system', { system })}</p>
      </div>
    );
  }
  return (
    <div className="alert chain-banner chain-intact" role="status" data-testid="chain-status">
      <p className="chain-headline">{t('chain.intact', { count: chain.count })}</p>
      {chain.skippedLines > 0 && <p>{t('chain.skipped', { count: chain.skippedLines })}</p>}
      <p className="chain-system">
        {t('system', { system })} · {t('chain.lastHash', { hash: chain.lastHash.slice(0, 16) })}
      </p>
    </div>
  );
}
