import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../main/api/api-types';
import { EditingItem, ItemActions } from '../components/editable-item';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { useEditButtonFocus } from '../components/use-edit-button-focus';
import { currentLanguage } from '../i18n/i18n';
import { AppointmentForm } from './appointment-form';

interface AppointmentItemProps {
  clientId: string;
  appointment: Appointment;
  editing: boolean;
  onEdit: () => void;
  onEditDone: (message?: string) => void;
  onCancelAppointment: () => void;
  onReload: () => void;
}

/** One appointment: when and what as its heading, then length, place and note; or its edit form. */
export function AppointmentItem({ clientId, appointment, editing, onEdit, onEditDone, onCancelAppointment, onReload }: AppointmentItemProps) {
  const { t, i18n } = useTranslation(['appointments', 'contacts']);
  const headingId = useId();
  const editRef = useEditButtonFocus(editing);

  if (editing) {
    return (
      <EditingItem className="appointment-item" headingId={headingId} title={t('form.editTitle')}>
        <AppointmentForm
          key={appointment.updatedAt}
          clientId={clientId}
          appointment={appointment}
          onSaved={(_saved, message) => onEditDone(message)}
          onCancel={() => onEditDone()}
          onReload={onReload}
          labelledBy={headingId}
        />
      </EditingItem>
    );
  }

  const meta = [
    t('list.duration', { count: appointment.durationMinutes }),
    appointment.location === undefined ? undefined : t('list.location', { location: appointment.location }),
  ].filter((part): part is string => part !== undefined);

  return (
    <article className="appointment-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="appointment-heading">
        <time dateTime={appointment.start}>{formatWeekdayDateTime(appointment.start, currentLanguage(i18n))}</time> –{' '}
        {t(`contacts:types.${appointment.type}`)}
      </h3>
      <p className="contact-meta">{meta.join(' · ')}</p>
      {appointment.note !== undefined && <p className="contact-summary">{appointment.note}</p>}
      <ItemActions editRef={editRef} editLabel={t('list.edit')} removeLabel={t('list.cancel')} onEdit={onEdit} onRemove={onCancelAppointment} />
    </article>
  );
}
