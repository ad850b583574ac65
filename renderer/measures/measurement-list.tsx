import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition, ScoredMeasurement } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
import { MeasurementResult, useResultTitle } from './measurement-result';

interface MeasurementListProps {
  clientId: string;
  measurements: readonly ScoredMeasurement[];
  scales: readonly ScaleDefinition[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The result to move focus to (just saved). */
  focusId: string | undefined;
  /** After a deletion was tried: whether it was deleted (a refusal shows here). */
  onDeleted: (deleted: boolean) => void;
}

/**
 * The client's questionnaires, newest first, with the reminder that a result is a topic for the
 * conversation. Deleting one asks first; focus then continues at the list's heading.
 */
export function MeasurementList({ clientId, measurements, scales, headingRef, focusId, onDeleted }: MeasurementListProps) {
  const { t } = useTranslation('measures');
  const api = useApi();
  const headingId = useId();
  const titleOf = useResultTitle();
  const [deleting, setDeleting] = useState<ScoredMeasurement | undefined>();
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const definitionOf = (scaleId: string) => scales.find((scale) => scale.id === scaleId);

  const confirmDelete = async (result: ScoredMeasurement) => {
    setDeleting(undefined);
    setFailure(undefined);
    let deleted = false;
    try {
      await api.call('measures.delete', { clientId, measurementId: result.measurement.id });
      deleted = true;
    } catch (caught) {
      setFailure(toApiCallError(caught));
    }
    headingRef.current?.focus();
    onDeleted(deleted);
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 ref={headingRef} id={headingId} tabIndex={-1}>
        {t('results.title')}
      </h2>
      <p className="conversation-aid">{t('results.aid')}</p>
      {failure && <ErrorAlert error={failure} />}
      {measurements.length === 0 ? (
        <p className="empty-note">{t('results.empty')}</p>
      ) : (
        <ul className="measure-list" aria-labelledby={headingId}>
          {measurements.map((result) => (
            <li key={result.measurement.id}>
              <MeasurementResult
                result={result}
                definition={definitionOf(result.measurement.scaleId)}
                focus={focusId === result.measurement.id}
                onDelete={() => setDeleting(result)}
              />
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', titleOf(deleting, definitionOf(deleting.measurement.scaleId)))}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}
