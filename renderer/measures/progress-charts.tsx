import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useReloadWhen } from '../components/use-reload-when';
import { currentLanguage } from '../i18n/i18n';
import { ScoreChart } from './score-chart';
import { StressChart } from './stress-chart';

interface ProgressChartsProps {
  clientId: string;
  revision: number;
  scales: readonly ScaleDefinition[];
  /** Scales this client has measurements of, the most recently used first. */
  measuredScaleIds: readonly string[];
}

/**
 * "Verloop": the chosen scale's scores over time and the session stress check-ins, each as a chart
 * readable without colour and as a table.
 */
export function ProgressCharts({ clientId, revision, scales, measuredScaleIds }: ProgressChartsProps) {
  const { t, i18n } = useTranslation('measures');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | undefined>();
  const scaleId = chosen !== undefined && measuredScaleIds.includes(chosen) ? chosen : (measuredScaleIds[0] ?? scales[0]?.id ?? '');
  const definition = scales.find((scale) => scale.id === scaleId);
  const data = useCall('measures.series', { clientId, scaleId });
  const preferences = useCall('preferences.get', {});
  useReloadWhen(revision, data.reload);

  const points = data.value?.scores.scaleId === scaleId ? data.value.scores.points : [];
  const stress = data.value?.stress ?? [];

  return (
    <section className="card progress-charts" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('chart.title')}</h2>
      {measuredScaleIds.length > 1 && (
        <div className="field field-inline">
          <label htmlFor={selectId}>{t('chart.scale')}</label>
          <select id={selectId} className="input" value={scaleId} onChange={(event) => setChosen(event.target.value)}>
            {measuredScaleIds.map((id) => (
              <option key={id} value={id}>
                {scales.find((scale) => scale.id === id)?.name[language] ?? id}
              </option>
            ))}
          </select>
        </div>
      )}
      {data.status === 'error' && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.value === undefined && data.status === 'loading' && <p className="muted">{t('chart.loading')}</p>}
      {data.value !== undefined && (
        <>
          {measuredScaleIds.length === 0 ? (
            <p className="empty-note">{t('chart.empty')}</p>
          ) : definition === undefined || points.length === 0 ? (
            <p className="empty-note">{t('chart.noScores')}</p>
          ) : (
            <ScoreChart definition={definition} series={data.value.scores} language={language} />
          )}
          {stress.length === 0 ? (
            <p className="empty-note">{t('chart.stressEmpty')}</p>
          ) : (
            <StressChart stress={stress} threshold={preferences.value?.stressThreshold} language={language} />
          )}
        </>
      )}
    </section>
  );
}
