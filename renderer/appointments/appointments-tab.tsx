import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { useReloadWhen } from '../components/use-reload-when';
import { currentLanguage } from '../i18n/i18n';
import { AppointmentForm } from './appointment-form';
import { AppointmentItem } from './appointment-item';
import { isUpcoming } from './appointment-values';

interface AppointmentsTabProps {
  clientId: string;
  revision: number;
  onChanged: () => void;
  /** Each new value opens the planning form (e.g. "Afspraak plannen" on the overview). */
  planRequest: number;
}

/** Planned appointments (soonest first) and past ones (latest first); plan, change, cancel. */
export function AppointmentsTab({ clientId, revision, onChanged, planRequest }: AppointmentsTabProps) {
  const { t, i18n } = useTranslation(['appointments', 'contacts']);
  const api = useApi();
  const language = currentLanguage(i18n);
  const upcomingId = useId();
  const pastId = useId();
  const formTitleId = useId();
  const planButtonRef = useRef<HTMLButtonElement>(null);
  const [planning, setPlanning] = useState(planRequest > 0);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [cancelling, setCancelling] = useState<Appointment | undefined>();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [focusPlan, setFocusPlan] = useState(0);

  const list = useCall('appointments.list', { clientId });
  useReloadWhen(revision, list.reload);

  useEffect(() => {
    if (planRequest > 0) setPlanning(true);
  }, [planRequest]);
  useEffect(() => {
    if (focusPlan > 0) planButtonRef.current?.focus();
  }, [focusPlan]);

  const now = Date.now();
  const all = list.value ?? [];
  const upcoming = all.filter((appointment) => isUpcoming(appointment, now));
  const past = all.filter((appointment) => !isUpcoming(appointment, now)).reverse();

  const closePlanning = (saved?: string) => {
    setPlanning(false);
    setFocusPlan((n) => n + 1);
    if (saved !== undefined) {
      setMessage(saved);
      onChanged();
    }
  };

  const confirmCancel = async (appointment: Appointment) => {
    setCancelling(undefined);
    setFailure(undefined);
    try {
      await api.call('appointments.delete', { clientId, appointmentId: appointment.id });
      setMessage(t('list.cancelled'));
      setFocusPlan((n) => n + 1);
    } catch (caught) {
      setFailure(toApiCallError(caught));
    }
    onChanged();
  };

  const renderList = (items: readonly Appointment[], labelId: string) => (
    <ul className="appointment-list" aria-labelledby={labelId}>
      {items.map((appointment) => (
        <li key={appointment.id}>
          <AppointmentItem
            clientId={clientId}
            appointment={appointment}
            editing={editingId === appointment.id}
            onEdit={() => {
              setMessage('');
              setEditingId(appointment.id);
            }}
            onEditDone={(saved) => {
              setEditingId(undefined);
              if (saved !== undefined) {
                setMessage(saved);
                onChanged();
              }
            }}
            onCancelAppointment={() => setCancelling(appointment)}
            onReload={onChanged}
          />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <div className="section-actions">
        {!planning && (
          <button ref={planButtonRef} type="button" className="button button-primary" onClick={() => setPlanning(true)}>
            {t('plan')}
          </button>
        )}
      </div>
      {planning && (
        <div className="card">
          <h2 id={formTitleId}>{t('form.newTitle')}</h2>
          <AppointmentForm
            clientId={clientId}
            labelledBy={formTitleId}
            onSaved={(_saved, text) => closePlanning(text)}
            onCancel={() => closePlanning()}
          />
        </div>
      )}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {failure && <ErrorAlert error={failure} />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.value === undefined && list.status === 'loading' && <p className="muted">{t('list.loading')}</p>}
      {list.value !== undefined && (
        <>
          <section className="card" aria-labelledby={upcomingId}>
            <h2 id={upcomingId}>{t('list.upcoming')}</h2>
            {upcoming.length === 0 ? <p className="empty-note">{t('list.noneUpcoming')}</p> : renderList(upcoming, upcomingId)}
          </section>
          <section className="card" aria-labelledby={pastId}>
            <h2 id={pastId}>{t('list.past')}</h2>
            {past.length === 0 ? <p className="empty-note">{t('list.nonePast')}</p> : renderList(past, pastId)}
          </section>
        </>
      )}
      {cancelling && (
        <ConfirmDialog
          title={t('cancelDialog.title')}
          body={t('cancelDialog.body', {
            type: t(`contacts:types.${cancelling.type}`),
            when: formatWeekdayDateTime(cancelling.start, language),
          })}
          confirmLabel={t('cancelDialog.confirm')}
          cancelLabel={t('cancelDialog.cancel')}
          onConfirm={() => void confirmCancel(cancelling)}
          onCancel={() => setCancelling(undefined)}
        />
      )}
    </>
  );
}
