import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AverageChangeOutcome, Language, MeasurementMoment, ScaleDefinition } from '../../main/api/api-types';
import { measurementMoments } from '../../main/domain/measures/measurement-moments';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { currentLanguage } from '../i18n/i18n';
import { ScoreChangeTable, type ChangeRow } from './score-change-table';

const isMoment = (value: string): value is MeasurementMoment => (measurementMoments as readonly string[]).includes(value);

function rowsOf(outcome: Extract<AverageChangeOutcome, { ok: true }>, definition: ScaleDefinition, language: Language, totalLabel: string): ChangeRow[] {
  return [
    { id: 'total', label: totalLabel, summary: outcome.total },
    ...definition.subscales.flatMap((subscale) => {
      const summary = outcome.subscales[subscale.id];
      return summary === undefined ? [] : [{ id: subscale.id, label: subscale.name[language], summary }];
    }),
  ];
}

/** The outcome for one scale and pair of moments, with what was left out said in words. */
function ChangeResult({ definition, from, to }: { definition: ScaleDefinition; from: MeasurementMoment; to: MeasurementMoment }) {
  const { t, i18n } = useTranslation(['reports', 'measures']);
  const language = currentLanguage(i18n);
  const change = useCall('measures.caseloadChange', { scaleId: definition.id, from, to });
  const outcome = change.value;

  return (
    <div className="score-change-result" aria-busy={change.status === 'loading'}>
      {change.status === 'error' && <ErrorAlert error={change.error} onRetry={change.reload} />}
      {outcome === undefined && change.status === 'loading' && <p className="muted">{t('change.loading')}</p>}
      {outcome !== undefined && !outcome.ok && <p className="notice">{t('change.mixedScales')}</p>}
      {outcome?.ok === true && outcome.total.n === 0 && <p className="empty-note">{t('change.none')}</p>}
      {outcome?.ok === true && outcome.total.n > 0 && (
        <>
          <ScoreChangeTable
            caption={definition.name[language]}
            fromLabel={t('change.meanFrom', { moment: t(`measures:moments.${from}`) })}
            toLabel={t('change.meanTo', { moment: t(`measures:moments.${to}`) })}
            rows={rowsOf(outcome, definition, language, t('change.total'))}
          />
          <p>{t('change.clients', { count: outcome.total.n })}</p>
          <p className="field-hint">{t('change.direction')}</p>
        </>
      )}
      {outcome?.ok === true && outcome.total.withPartial > 0 && <p className="field-hint">{t('change.withPartial', { count: outcome.total.withPartial })}</p>}
      {outcome?.ok === true && outcome.total.withoutBoth > 0 && <p className="field-hint">{t('change.withoutBoth', { count: outcome.total.withoutBoth })}</p>}
    </div>
  );
}

/**
 * The caseload's average change on one questionnaire between two moments (intake → end by
 * default), per total and subscale, without names. The worker picks scale and moments.
 */
export function ScoreChange() {
  const { t, i18n } = useTranslation(['reports', 'measures']);
  const language = currentLanguage(i18n);
  const ids = { title: useId(), scale: useId(), from: useId(), to: useId() };
  const scales = useCall('measures.scales', {});
  const [chosenScale, setChosenScale] = useState<string | undefined>();
  const [from, setFrom] = useState<MeasurementMoment>('intake');
  const [to, setTo] = useState<MeasurementMoment>('end');
  const definition = scales.value?.find((scale) => scale.id === chosenScale) ?? scales.value?.[0];

  const momentSelect = (id: string, label: string, value: MeasurementMoment, onChange: (moment: MeasurementMoment) => void) => (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => {
          if (isMoment(event.target.value)) onChange(event.target.value);
        }}
      >
        {measurementMoments.map((moment) => (
          <option key={moment} value={moment}>
            {t(`measures:moments.${moment}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('change.title')}</h2>
      <p className="section-intro">{t('change.hint')}</p>
      {scales.status === 'error' && <ErrorAlert error={scales.error} onRetry={scales.reload} />}
      {definition !== undefined && (
        <>
          <div className="toolbar">
            <div className="field field-inline">
              <label htmlFor={ids.scale}>{t('change.scale')}</label>
              <select id={ids.scale} className="input" value={definition.id} onChange={(event) => setChosenScale(event.target.value)}>
                {(scales.value ?? []).map((scale) => (
                  <option key={scale.id} value={scale.id}>
                    {scale.name[language]}
                  </option>
                ))}
              </select>
            </div>
            {momentSelect(ids.from, t('change.from'), from, setFrom)}
            {momentSelect(ids.to, t('change.to'), to, setTo)}
          </div>
          {from === to ? <p className="empty-note">{t('change.sameMoment')}</p> : <ChangeResult definition={definition} from={from} to={to} />}
        </>
      )}
    </section>
  );
}
