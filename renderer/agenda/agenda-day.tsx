import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaDay } from '../../main/api/api-types';
import { localDate } from '../../main/domain/agenda/local-date';
import { formatShortDate, formatTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { AgendaMeasurements } from '../measures/agenda-measurements';
import { AgendaSessions } from '../programme/agenda-sessions';
import { Link } from '../router/link';
import type { AgreementRef } from './use-tick-off';
import { endOf } from './week';

type AppointmentItem = AgendaDay['appointments'][number];
type AgreementItem = AgendaDay['agreements'][number];

function AppointmentEntry({ item }: { item: AppointmentItem }) {
  const { t, i18n } = useTranslation(['agenda', 'contacts']);
  const language = currentLanguage(i18n);
  const { appointment } = item;
  const end = endOf(appointment.start, appointment.durationMinutes);
  return (
    <li className="agenda-item">
      <p className="agenda-time">
        <time dateTime={appointment.start}>{formatTime(appointment.start, language)}</time>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t('until')}</span>
        <time dateTime={end}>{formatTime(end, language)}</time>
      </p>
      <div className="agenda-what">
        <Link to={{ name: 'client', id: item.clientId }} className="agenda-client">
          {item.clientName}
        </Link>
        <p className="agenda-detail">
          {t(`contacts:types.${appointment.type}`)}
          {' · '}
          {t('duration', { count: appointment.durationMinutes })}
          {appointment.location !== undefined && (
            <>
              {' · '}
              {appointment.location}
            </>
          )}
        </p>
        {appointment.note !== undefined && <p className="agenda-note multiline">{appointment.note}</p>}
      </div>
    </li>
  );
}

function AgreementEntry({
  item,
  busy,
  onSetDone,
}: {
  item: AgreementItem;
  busy: boolean;
  onSetDone: (ref: AgreementRef, done: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['agenda', 'contacts']);
  const language = currentLanguage(i18n);
  const id = useId();
  const { agreement } = item;
  const done = agreement.doneAt !== undefined;
  return (
    <li className={done ? 'agenda-item agreement-done' : 'agenda-item'}>
      <input
        id={id}
        type="checkbox"
        className="agreement-check"
        checked={done}
        disabled={busy}
        aria-describedby={`${id}-who`}
        onChange={(event) => onSetDone({ clientId: item.clientId, contactId: item.contactId, agreement }, event.target.checked)}
      />
      <div className="agenda-what">
        <label htmlFor={id} className="agreement-text">
          {agreement.text}
        </label>
        <p id={`${id}-who`} className="agenda-detail">
          <Link to={{ name: 'client', id: item.clientId }}>{item.clientName}</Link>
          {' · '}
          {t('agreementOwner', { owner: t(`contacts:owners.${agreement.owner}`) })}
          {done && agreement.doneAt !== undefined && (
            <>
              {' · '}
              {t('contacts:agreements.doneOn', { date: formatShortDate(localDate(new Date(agreement.doneAt)), language) })}
            </>
          )}
        </p>
      </div>
    </li>
  );
}

/** One day: appointments in time order, programme sessions, then the agreements due that day with a tick box each. */
export function AgendaDayContent({
  day,
  busyId,
  onSetDone,
  headingLevel,
}: {
  day: AgendaDay;
  busyId: string | undefined;
  onSetDone: (ref: AgreementRef, done: boolean) => void;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation('agenda');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {day.appointments.length > 0 && (
        <>
          <Heading className="agenda-subtitle">{t('appointments', { count: day.appointments.length })}</Heading>
          <ul className="agenda-list">
            {day.appointments.map((item) => (
              <AppointmentEntry key={item.appointment.id} item={item} />
            ))}
          </ul>
        </>
      )}
      <AgendaSessions items={day.sessions} headingLevel={headingLevel} />
      <AgendaMeasurements items={day.measurements} headingLevel={headingLevel} />
      {day.agreements.length > 0 && (
        <>
          <Heading className="agenda-subtitle">{t('agreementsDue', { count: day.agreements.length })}</Heading>
          <ul className="agenda-list">
            {day.agreements.map((item) => (
              <AgreementEntry key={item.agreement.id} item={item} busy={busyId === item.agreement.id} onSetDone={onSetDone} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function isEmptyDay(day: AgendaDay): boolean {
  return day.appointments.length === 0 && day.agreements.length === 0 && day.sessions.length === 0 && day.measurements.length === 0;
}
