import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoredMeasurement } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { formatDate } from '../i18n/formatting';
import './measures.css';
import { useScoreWords } from './score-words';

/** The newest measurement of each scale, in the order of the list (newest first). */
export function latestPerScale(measurements: readonly ScoredMeasurement[]): ScoredMeasurement[] {
  const seen = new Set<string>();
  return measurements.filter((result) => {
    if (seen.has(result.measurement.scaleId)) return false;
    seen.add(result.measurement.scaleId);
    return true;
  });
}

/**
 * "Laatste meting" on the client's overview: per scale the latest total in words and its date, or
 * "Nog geen metingen". It reads again whenever the overview does (`changeKey` changes), so a
 * questionnaire just saved shows here too.
 */
export function LatestMeasurements({ clientId, changeKey }: { clientId: string; changeKey: unknown }) {
  const { t } = useTranslation('measures');
  const { describe, language } = useScoreWords();
  const titleId = useId();
  const list = useCall('measures.list', { clientId });
  const scales = useCall('measures.scales', {});
  const { reload } = list;
  const firstKey = useRef(changeKey);

  useEffect(() => {
    if (firstKey.current === changeKey) return;
    firstKey.current = changeKey;
    reload();
  }, [changeKey, reload]);

  const latest = latestPerScale(list.value ?? []);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('latest.title')}</h2>
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.value === undefined && list.status === 'loading' && <p className="muted">{t('latest.loading')}</p>}
      {list.value !== undefined &&
        (latest.length === 0 ? (
          <p className="empty-note">{t('latest.none')}</p>
        ) : (
          <>
            <ul className="latest-measurements">
              {latest.map(({ measurement, score }) => {
                const definition = scales.value?.find((scale) => scale.id === measurement.scaleId);
                const words = score.ok ? describe(score.total, definition?.total) : t('score.notScored');
                return (
                  <li key={measurement.id}>
                    <span className="latest-scale">{definition?.name[language] ?? measurement.scaleId}</span>
                    <br />
                    <strong>{words}</strong>{' '}
                    <span className="muted">
                      {t('latest.on', { date: formatDate(measurement.takenOn, language) })}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="field-hint">{t('latest.aid')}</p>
          </>
        ))}
    </section>
  );
}
