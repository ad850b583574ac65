import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ListStatus } from '../components/list-status';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { useEditableList } from '../components/use-editable-list';
import { useFocusRequest } from '../components/use-focus-request';
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
  const [planButtonRef, focusPlanButton] = useFocusRequest<HTMLButtonElement>();
  const [planning, setPlanning] = useState(planRequest > 0);

  const list = useCall('appointments.list', { clientId });
  useReloadWhen(revision, list.reload);
  const editable = useEditableList<Appointment>({
    onChanged,
    remove: (appointment) => api.call('appointments.delete', { clientId, appointmentId: appointment.id }),
    removedMessage: t('list.cancelled'),
    onRemoved: focusPlanButton,
  });
  const { removing } = editable;

  useEffect(() => {
    if (planRequest > 0) setPlanning(true);
  }, [planRequest]);

  const now = Date.now();
  const all = list.value ?? [];
  const upcoming = all.filter((appointment) => isUpcoming(appointment, now));
  const past = all.filter((appointment) => !isUpcoming(appointment, now)).reverse();

  const closePlanning = (saved?: string) => {
    setPlanning(false);
    focusPlanButton();
    if (saved !== undefined) {
      editable.setMessage(saved);
      onChanged();
    }
  };

  const renderList = (items: readonly Appointment[], labelId: string) => (
    <ul className="appointment-list" aria-labelledby={labelId}>
      {items.map((appointment) => (
        <li key={appointment.id}>
          <AppointmentItem
            clientId={clientId}
            appointment={appointment}
            {...editable.editProps(appointment)}
            onCancelAppointment={() => editable.askRemove(appointment)}
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
      <ListStatus message={editable.message} failure={editable.failure} list={list} loadingLabel={t('list.loading')} />
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
      {removing && (
        <ConfirmDialog
          title={t('cancelDialog.title')}
          body={t('cancelDialog.body', {
            type: t(`contacts:types.${removing.type}`),
            when: formatWeekdayDateTime(removing.start, language),
          })}
          confirmLabel={t('cancelDialog.confirm')}
          cancelLabel={t('cancelDialog.cancel')}
          onConfirm={() => void editable.confirmRemove(removing)}
          onCancel={editable.keep}
        />
      )}
    </>
  );
}
