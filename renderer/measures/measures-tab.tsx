import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoredMeasurement } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useReloadWhen } from '../components/use-reload-when';
import { MeasurementList } from './measurement-list';
import './measures.css';
import { ProgressCharts } from './progress-charts';
import { QuestionnaireForm } from './questionnaire-form';
import { useScoreWords } from './score-words';

interface MeasuresTabProps {
  clientId: string;
  revision: number;
  onChanged: () => void;
}

/**
 * "Metingen": fill in a questionnaire with the client, see the results (newest first) as topics for
 * the conversation, and their course over time beside the session stress check-ins.
 */
export function MeasuresTab({ clientId, revision, onChanged }: MeasuresTabProps) {
  const { t } = useTranslation('measures');
  const { describe } = useScoreWords();
  const formTitleId = useId();
  const startRef = useRef<HTMLButtonElement>(null);
  // The start button comes back only when the form closes: focus it after that render.
  const [focusStartRequest, setFocusStartRequest] = useState(0);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const [filling, setFilling] = useState(false);
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>();

  useEffect(() => {
    if (focusStartRequest > 0) startRef.current?.focus();
  }, [focusStartRequest]);

  const scales = useCall('measures.scales', {});
  const list = useCall('measures.list', { clientId });
  useReloadWhen(revision, list.reload);

  const measurements = list.value ?? [];
  const measuredScaleIds = [...new Set(measurements.map((result) => result.measurement.scaleId))];

  const saved = (result: ScoredMeasurement) => {
    setFilling(false);
    const definition = scales.value?.find((scale) => scale.id === result.measurement.scaleId);
    const total = result.score.ok ? `${t('score.total')}: ${describe(result.score.total, definition?.total)}.` : '';
    setMessage(t('form.saved', { result: total }).trim());
    setFocusId(result.measurement.id);
    onChanged();
  };

  return (
    <>
      <div className="section-actions">
        {!filling && (
          <button
            ref={startRef}
            type="button"
            className="button button-primary"
            disabled={scales.value === undefined}
            onClick={() => {
              setMessage('');
              setFocusId(undefined);
              setFilling(true);
            }}
          >
            {t('start')}
          </button>
        )}
      </div>
      {scales.status === 'error' && <ErrorAlert error={scales.error} onRetry={scales.reload} />}
      {filling && scales.value !== undefined && (
        <div className="card questionnaire-card">
          <h2 id={formTitleId}>{t('form.title')}</h2>
          <QuestionnaireForm
            clientId={clientId}
            scales={scales.value}
            taken={measurements.map((result) => result.measurement)}
            labelledBy={formTitleId}
            onSaved={saved}
            onCancel={() => {
              setFilling(false);
              setFocusStartRequest((n) => n + 1);
            }}
          />
        </div>
      )}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.value === undefined && list.status === 'loading' && <p className="muted">{t('results.loading')}</p>}
      {list.value !== undefined && scales.value !== undefined && (
        <>
          <MeasurementList
            clientId={clientId}
            measurements={measurements}
            scales={scales.value}
            headingRef={resultsHeadingRef}
            focusId={focusId}
            onDeleted={(deleted) => {
              setFocusId(undefined);
              setMessage(deleted ? t('results.deleted') : '');
              onChanged();
            }}
          />
          <ProgressCharts clientId={clientId} revision={revision} scales={scales.value} measuredScaleIds={measuredScaleIds} />
        </>
      )}
    </>
  );
}
