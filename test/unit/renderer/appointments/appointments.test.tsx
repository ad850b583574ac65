import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppointmentFieldsInput } from '../../../../main/api/api-types';
import { FakeApi, renderApp } from '../render-app';

async function withAnna() {
  const api = new FakeApi({ workerName: 'Maria' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  return { api, anna };
}

function addAppointment(api: FakeApi, clientId: string, fields: Partial<AppointmentFieldsInput> = {}) {
  return api.direct('appointments.create', {
    clientId,
    fields: { start: '2025-06-10T10:00:00+02:00', durationMinutes: 60, type: 'home_visit', ...fields },
  });
}

function listItems(name: 'Gepland' | 'Geweest'): HTMLElement[] {
  return within(screen.getByRole('region', { name })).queryAllByRole('article');
}

/** datetime-local is filled in as one value, as a browser's picker does. */
function setDateTime(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

describe('appointments', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00'), toFake: ['Date'] });
    window.localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plans an appointment from the overview; it shows as the next appointment', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    const next = await screen.findByRole('region', { name: 'Volgende afspraak' });
    expect(next).toHaveTextContent('Er staat nog geen afspraak gepland.');
    await user.click(within(next).getByRole('button', { name: 'Afspraak plannen' }));

    expect(screen.getByRole('tab', { name: 'Afspraken' })).toHaveAttribute('aria-selected', 'true');
    const form = screen.getByRole('form', { name: 'Nieuwe afspraak' });
    const start = within(form).getByLabelText('Datum en tijd');
    expect(start).toHaveFocus();
    setDateTime(start, '2025-06-10T14:30');
    await user.clear(within(form).getByLabelText('Duur in minuten'));
    await user.type(within(form).getByLabelText('Duur in minuten'), '45');
    await user.selectOptions(within(form).getByLabelText('Soort afspraak'), 'Op kantoor');
    await user.type(within(form).getByLabelText('Locatie'), 'Buurthuis De Linde');
    await user.type(within(form).getByLabelText('Notitie'), 'Samen naar{Enter}de koffieochtend');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('De afspraak op dinsdag 10 juni 2025 om 14:30 is gepland.')).toBeInTheDocument();
    expect(api.callsTo('appointments.create')).toEqual([
      {
        clientId: anna.id,
        fields: {
          start: expect.stringMatching(/^2025-06-10T14:30:00[+-]\d{2}:\d{2}$/) as unknown as string,
          durationMinutes: 45,
          type: 'office',
          location: 'Buurthuis De Linde',
          note: 'Samen naar\nde koffieochtend',
        },
      },
    ]);
    expect(screen.getByRole('button', { name: 'Afspraak plannen' })).toHaveFocus();
    await waitFor(() => expect(listItems('Gepland')).toHaveLength(1));
    const planned = listItems('Gepland')[0]!;
    expect(within(planned).getByRole('heading', { level: 3 })).toHaveTextContent('dinsdag 10 juni 2025 om 14:30 – Op kantoor');
    expect(planned).toHaveTextContent('45 minuten · Locatie: Buurthuis De Linde');
    expect(within(planned).getByText(/Samen naar/).textContent).toBe('Samen naar\nde koffieochtend');

    await user.click(screen.getByRole('tab', { name: 'Overzicht' }));
    const overviewNext = screen.getByRole('region', { name: 'Volgende afspraak' });
    await waitFor(() => expect(overviewNext).toHaveTextContent('dinsdag 10 juni 2025 om 14:30'));
    expect(overviewNext).toHaveTextContent('Op kantoor · 45 minuten · Locatie: Buurthuis De Linde');
  }, 20_000);

  it('needs a date and time before planning', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await user.click(await screen.findByRole('tab', { name: 'Afspraken' }));
    await user.click(screen.getByRole('button', { name: 'Afspraak plannen' }));

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const start = screen.getByLabelText('Datum en tijd');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription('Vul de datum en tijd van de afspraak in.');
    expect(start).toHaveFocus();
    expect(api.callsTo('appointments.create')).toEqual([]);
  });

  it('lists planned appointments soonest first and past ones apart', async () => {
    const { api, anna } = await withAnna();
    await addAppointment(api, anna.id, { start: '2025-06-20T09:00:00+02:00', type: 'phone' });
    await addAppointment(api, anna.id, { start: '2025-05-01T09:00:00+02:00', type: 'office' });
    await addAppointment(api, anna.id, { start: '2025-06-10T09:00:00+02:00', type: 'home_visit' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('tab', { name: 'Afspraken' }));
    await waitFor(() => expect(listItems('Gepland')).toHaveLength(2));
    expect(listItems('Gepland').map((item) => within(item).getByRole('heading').textContent)).toEqual([
      expect.stringContaining('Huisbezoek'),
      expect.stringContaining('Telefonisch'),
    ]);
    expect(listItems('Geweest')).toHaveLength(1);
    expect(listItems('Geweest')[0]).toHaveTextContent('Op kantoor');
  });

  it('changes an appointment in place', async () => {
    const { api, anna } = await withAnna();
    const appointment = await addAppointment(api, anna.id);
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await user.click(await screen.findByRole('tab', { name: 'Afspraken' }));
    await waitFor(() => expect(listItems('Gepland')).toHaveLength(1));

    await user.click(within(listItems('Gepland')[0]!).getByRole('button', { name: 'Wijzigen' }));
    const form = screen.getByRole('form', { name: 'Afspraak wijzigen' });
    expect(within(form).getByLabelText('Duur in minuten')).toHaveValue(60);
    await user.type(within(form).getByLabelText('Locatie'), 'Bij Anna thuis');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(listItems('Gepland')[0]).toHaveTextContent('Locatie: Bij Anna thuis'));
    expect(api.callsTo('appointments.update')).toEqual([
      expect.objectContaining({ appointmentId: appointment.id, expectedUpdatedAt: appointment.updatedAt }),
    ]);
    expect(within(listItems('Gepland')[0]!).getByRole('button', { name: 'Wijzigen' })).toHaveFocus();
  });

  it('asks before cancelling, naming the appointment, and removes it', async () => {
    const { api, anna } = await withAnna();
    await addAppointment(api, anna.id, { type: 'video' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await user.click(await screen.findByRole('tab', { name: 'Afspraken' }));
    await waitFor(() => expect(listItems('Gepland')).toHaveLength(1));
    const when = listItems('Gepland')[0]!.querySelector('time')?.textContent ?? '';

    await user.click(within(listItems('Gepland')[0]!).getByRole('button', { name: 'Afzeggen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Afspraak afzeggen?' });
    expect(dialog).toHaveAccessibleDescription(`De afspraak ‘Videogesprek’ op ${when} wordt uit de agenda gehaald. Laat het de cliënt zelf weten.`);
    await user.keyboard('{Escape}');
    expect(listItems('Gepland')).toHaveLength(1);

    await user.click(within(listItems('Gepland')[0]!).getByRole('button', { name: 'Afzeggen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Afspraak afzeggen' }));

    expect(await screen.findByText('De afspraak is afgezegd.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Gepland' })).toHaveTextContent('Er staat geen afspraak gepland.'));
    expect(await api.direct('appointments.list', { clientId: anna.id })).toEqual([]);
  });
});
