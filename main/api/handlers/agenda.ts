import { buildAgenda, maxAgendaDays } from '../../domain/agenda/agenda';
import { daysBetween, localDate } from '../../domain/agenda/local-date';
import { buildAttention } from '../../domain/attention/attention';
import type { AppointmentService } from '../../services/agenda/appointment-service';
import type { ClientIndex } from '../../services/clients/client-index';
import type { Clock } from '../../services/clients/client-files';
import type { Handlers } from '../dispatcher';
import { ApiError } from '../errors';

type AgendaCalls = 'appointments.list' | 'appointments.create' | 'appointments.update' | 'appointments.delete' | 'agenda.days' | 'attention.list';

export function agendaHandlers(
  services: () => { appointments: AppointmentService; index: ClientIndex },
  clock: Clock,
  attentionWeeks: () => number,
  referralFollowUpDays: () => number,
): Pick<Handlers, AgendaCalls> {
  return {
    'appointments.list': async ({ clientId }) => services().appointments.list(clientId),
    'appointments.create': async ({ clientId, fields }) => services().appointments.create(clientId, fields),
    'appointments.update': async ({ clientId, appointmentId, expectedUpdatedAt, fields }) =>
      services().appointments.update(clientId, appointmentId, expectedUpdatedAt, fields),
    'appointments.delete': async ({ clientId, appointmentId }) => {
      await services().appointments.remove(clientId, appointmentId);
      return { deleted: true as const };
    },
    'agenda.days': async ({ from, to }) => {
      const span = daysBetween(from, to);
      if (span < 0 || span >= maxAgendaDays) throw new ApiError('invalid_input', { messageKey: 'agenda:validation.rangeInvalid' });
      return buildAgenda([...services().index.entries()].map((entry) => entry.file), from, to, localDate(clock.now()));
    },
    'attention.list': async () => buildAttention(services().index.entries(), clock.now(), attentionWeeks(), referralFollowUpDays()),
  };
}
