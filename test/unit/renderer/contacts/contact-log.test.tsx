import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFieldsInput } from '../../../../main/api/api-types';
import { FakeApi, renderApp } from '../render-app';

async function withAnna() {
  const api = new FakeApi({ workerName: 'Maria' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  return { api, anna };
}

function addContact(api: FakeApi, clientId: string, fields: Partial<ContactFieldsInput> = {}) {
  return api.direct('contacts.create', {
    clientId,
    fields: { at: '2025-05-20T10:00:00+02:00', type: 'home_visit', summary: 'Koffie gedronken.', ...fields },
  });
}

/** The entries of the timeline, newest first. */
function entries(): HTMLElement[] {
  const timeline = screen.getByRole('region', { name: 'Eerdere contacten' });
  return within(timeline).queryAllByRole('article');
}

async function openContactLog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('tab', { name: 'Contactlog' }));
  return screen.getByRole('form', { name: 'Contact vastleggen' });
}

describe('contact log', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00'), toFake: ['Date'] });
    window.localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs a contact with the keyboard only: the time is now, Ctrl+Enter saves, and it lands on top', async () => {
    const { api, anna } = await withAnna();
    await addContact(api, anna.id, { summary: 'Eerder bezoek.' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    const overviewTab = await screen.findByRole('tab', { name: 'Overzicht' });
    overviewTab.focus();
    await user.keyboard('{ArrowRight}');
    await user.tab();
    const when = screen.getByLabelText('Datum en tijd');
    expect(when).toHaveFocus();
    expect(when).toHaveValue('2025-06-01T12:00');
    await user.tab();
    expect(screen.getByLabelText('Soort contact')).toHaveFocus();
    expect(screen.getByLabelText('Soort contact')).toHaveValue('home_visit');
    await user.tab();
    await user.keyboard('45');
    await user.tab();
    await user.keyboard('dochter Sanne');
    await user.tab();
    expect(screen.getByLabelText('Verslag')).toHaveFocus();
    await user.keyboard('Het gaat beter.{Enter}{Enter}  Wil naar de koffieochtend.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('Het contact van 1 juni 2025 om 12:00 is opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('contacts.create')).toEqual([
      {
        clientId: anna.id,
        fields: {
          at: expect.stringMatching(/^2025-06-01T12:00:00[+-]\d{2}:\d{2}$/) as unknown as string,
          type: 'home_visit',
          durationMinutes: 45,
          present: 'dochter Sanne',
          summary: 'Het gaat beter.\n\n  Wil naar de koffieochtend.',
          agreements: [],
        },
      },
    ]);
    // Ready for the next one: empty, focused on the first field.
    expect(screen.getByLabelText('Verslag')).toHaveValue('');
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(null);
    expect(screen.getByLabelText('Datum en tijd')).toHaveFocus();

    await waitFor(() => expect(entries()).toHaveLength(2));
    const [newest, older] = entries();
    expect(within(newest!).getByRole('heading', { level: 3 })).toHaveTextContent('1 juni 2025 om 12:00 – Huisbezoek');
    expect(newest).toHaveTextContent('45 minuten · Aanwezig: dochter Sanne');
    const summary = within(newest!).getByText(/Het gaat beter\./);
    expect(summary.textContent).toBe('Het gaat beter.\n\n  Wil naar de koffieochtend.');
    expect(summary).toHaveClass('contact-summary');
    expect(newest).toHaveTextContent('Vastgelegd door Maria op');
    expect(older).toHaveTextContent('Eerder bezoek.');
  }, 20_000);

  it('remembers the type of contact logged last', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const form = await openContactLog(user);

    await user.selectOptions(within(form).getByLabelText('Soort contact'), 'Telefonisch');
    await user.type(within(form).getByLabelText('Verslag'), 'Even gebeld.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(within(form).getByLabelText('Soort contact')).toHaveValue('phone');
  });

  it('adds agreements with Enter, and ticks them off so that it stays ticked', async () => {
    const { api, anna } = await withAnna();
    const first = renderApp({ api, hash: `#/clients/${anna.id}` });
    const { user } = first;
    const form = await openContactLog(user);

    await user.click(within(form).getByRole('button', { name: 'Actiepunt toevoegen' }));
    const row1 = within(form).getByRole('group', { name: 'Actiepunt 1' });
    expect(within(row1).getByLabelText('Omschrijving')).toHaveFocus();
    await user.keyboard('Huisarts bellen{Enter}');
    const row2 = within(form).getByRole('group', { name: 'Actiepunt 2' });
    expect(within(row2).getByLabelText('Omschrijving')).toHaveFocus();
    await user.keyboard('Naar de koffieochtend');
    await user.selectOptions(within(row2).getByLabelText('Wie doet het'), 'Cliënt');
    await user.type(within(row1).getByLabelText('Uiterlijk op'), '2025-06-05');
    await user.click(within(form).getByLabelText('Verslag'));
    await user.keyboard('Afspraken gemaakt.{Control>}{Enter}{/Control}');

    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(api.callsTo('contacts.create')[0]?.fields.agreements).toEqual([
      { text: 'Huisarts bellen', owner: 'worker', due: '2025-06-05' },
      { text: 'Naar de koffieochtend', owner: 'client' },
    ]);
    const entry = entries()[0]!;
    const doctor = within(entry).getByRole('checkbox', { name: 'Huisarts bellen' });
    expect(doctor).not.toBeChecked();
    expect(doctor).toHaveAccessibleDescription('Begeleider · uiterlijk 5 juni 2025');
    expect(within(entry).getByRole('checkbox', { name: 'Naar de koffieochtend' })).toHaveAccessibleDescription('Cliënt');

    await user.click(doctor);
    expect(doctor).toBeChecked();
    expect(await screen.findByText('Actiepunt ‘Huisarts bellen’ is afgevinkt.')).toBeInTheDocument();
    expect(api.callsTo('contacts.setAgreementDone')).toEqual([
      expect.objectContaining({ clientId: anna.id, done: true }),
    ]);

    // Open the file again: the tick was stored.
    first.unmount();
    const second = renderApp({ api, hash: `#/clients/${anna.id}` });
    const openList = await screen.findByRole('region', { name: 'Openstaande actiepunten' });
    expect(within(openList).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['Naar de koffieochtend']);
    await openContactLog(second.user);
    await waitFor(() => expect(entries()).toHaveLength(1));
    const stored = within(entries()[0]!).getByRole('checkbox', { name: 'Huisarts bellen' });
    expect(stored).toBeChecked();
    expect(stored).toHaveAccessibleDescription(/afgerond op/);
  }, 20_000);

  it('takes a tick back when it could not be saved, and says why', async () => {
    const { api, anna } = await withAnna();
    await addContact(api, anna.id, { agreements: [{ text: 'Huisarts bellen', owner: 'worker' }] });
    api.failWith('contacts.setAgreementDone', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);
    await waitFor(() => expect(entries()).toHaveLength(1));

    const box = within(entries()[0]!).getByRole('checkbox', { name: 'Huisarts bellen' });
    await user.click(box);

    expect(await screen.findByText(/Het actiepunt ‘Huisarts bellen’ kon niet worden bijgewerkt\./)).toBeInTheDocument();
    expect(box).not.toBeChecked();
  });

  it('ticks off an open agreement on the overview and can take it back there', async () => {
    const { api, anna } = await withAnna();
    await addContact(api, anna.id, { agreements: [{ text: 'Huisarts bellen', owner: 'worker', due: '2025-05-25' }] });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    const openList = await screen.findByRole('region', { name: 'Openstaande actiepunten' });
    const box = within(openList).getByRole('checkbox', { name: 'Huisarts bellen' });
    expect(box).toHaveAccessibleDescription('Begeleider · uiterlijk 25 mei 2025 · te laat');
    await user.click(box);
    expect(await within(openList).findByText('Actiepunt ‘Huisarts bellen’ is afgevinkt.')).toBeInTheDocument();
    // Still in view, ticked, so a slip can be undone.
    await waitFor(() => expect(within(openList).getByRole('checkbox', { name: 'Huisarts bellen' })).toBeChecked());
    await user.click(within(openList).getByRole('checkbox', { name: 'Huisarts bellen' }));
    expect(await within(openList).findByText('Actiepunt ‘Huisarts bellen’ staat weer open.')).toBeInTheDocument();
    await waitFor(() => expect(within(openList).getByRole('checkbox', { name: 'Huisarts bellen' })).not.toBeChecked());
  });

  it('corrects a contact in place and says who changed it', async () => {
    const { api, anna } = await withAnna();
    const contact = await addContact(api, anna.id, {
      summary: 'Eerste versie.',
      agreements: [{ text: 'Huisarts bellen', owner: 'worker' }],
    });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);
    await waitFor(() => expect(entries()).toHaveLength(1));

    await user.click(within(entries()[0]!).getByRole('button', { name: 'Bewerken' }));
    const form = screen.getByRole('form', { name: 'Contact bewerken' });
    expect(within(form).getByLabelText('Datum en tijd')).toHaveFocus();
    expect(within(form).getByLabelText('Verslag')).toHaveValue('Eerste versie.');
    expect(within(form).getByRole('group', { name: 'Actiepunt 1' })).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Verslag'));
    await user.type(within(form).getByLabelText('Verslag'), 'Tweede versie.{Enter}Met een extra regel.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Contact bewerken' })).not.toBeInTheDocument());
    expect(api.callsTo('contacts.update')).toEqual([
      {
        clientId: anna.id,
        contactId: contact.id,
        expectedUpdatedAt: contact.updatedAt,
        fields: expect.objectContaining({
          summary: 'Tweede versie.\nMet een extra regel.',
          agreements: [{ id: contact.agreements[0]?.id, text: 'Huisarts bellen', owner: 'worker' }],
        }) as unknown as ContactFieldsInput,
      },
    ]);
    const entry = entries()[0]!;
    await waitFor(() => expect(within(entry).getByText(/Tweede versie\./).textContent).toBe('Tweede versie.\nMet een extra regel.'));
    expect(entry).toHaveTextContent('Laatst gewijzigd door Maria op');
    expect(within(entry).getByRole('button', { name: 'Bewerken' })).toHaveFocus();
    expect(screen.getByText(/De wijziging in het contact van 20 mei 2025 om \d\d:00 is opgeslagen\./)).toBeInTheDocument();
  });

  it('says when a contact was changed elsewhere and loads the latest version', async () => {
    const { api, anna } = await withAnna();
    const contact = await addContact(api, anna.id, { summary: 'Eerste versie.' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);
    await waitFor(() => expect(entries()).toHaveLength(1));
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Bewerken' }));
    await api.direct('contacts.update', {
      clientId: anna.id,
      contactId: contact.id,
      expectedUpdatedAt: contact.updatedAt,
      fields: { at: contact.at, type: 'home_visit', summary: 'Door een collega aangevuld.' },
    });

    const form = screen.getByRole('form', { name: 'Contact bewerken' });
    await user.type(within(form).getByLabelText('Verslag'), ' Mijn aanvulling.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Intussen ergens anders gewijzigd');
    expect(alert).toHaveTextContent('Dit contact is intussen ergens anders gewijzigd.');
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() =>
      expect(within(screen.getByRole('form', { name: 'Contact bewerken' })).getByLabelText('Verslag')).toHaveValue('Door een collega aangevuld.'),
    );
  });

  it('asks before deleting, naming the contact, and removes it', async () => {
    const { api, anna } = await withAnna();
    await addContact(api, anna.id, { at: '2025-05-20T10:00:00+02:00', type: 'phone', summary: 'Gebeld.' });
    await addContact(api, anna.id, { at: '2025-05-27T14:30:00+02:00', type: 'home_visit', summary: 'Bezocht.' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);
    await waitFor(() => expect(entries()).toHaveLength(2));
    const phoneCall = entries()[1]!;
    const when = within(phoneCall).getByRole('heading', { level: 3 }).querySelector('time')?.textContent ?? '';

    await user.click(within(phoneCall).getByRole('button', { name: 'Verwijderen' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Contact verwijderen?' });
    expect(dialog).toHaveAccessibleDescription(
      `Je verwijdert het contact ‘Telefonisch’ van ${when}, met het verslag en de actiepunten. Dit kun je niet ongedaan maken.`,
    );
    expect(within(dialog).getByRole('button', { name: 'Niet verwijderen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Niet verwijderen' }));
    expect(entries()).toHaveLength(2);
    expect(api.callsTo('contacts.delete')).toEqual([]);

    await user.click(within(entries()[1]!).getByRole('button', { name: 'Verwijderen' }));
    dialog = screen.getByRole('alertdialog', { name: 'Contact verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));

    expect(await screen.findByText('Het contact is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toHaveTextContent('Bezocht.');
    expect(screen.getByRole('heading', { level: 2, name: 'Eerdere contacten' })).toHaveFocus();
    expect(await api.direct('contacts.list', { clientId: anna.id })).toHaveLength(1);
  });

  it('filters the timeline by type and says when none match', async () => {
    const { api, anna } = await withAnna();
    await addContact(api, anna.id, { type: 'phone', summary: 'Gebeld.' });
    await addContact(api, anna.id, { type: 'home_visit', summary: 'Bezocht.' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);
    await waitFor(() => expect(entries()).toHaveLength(2));

    await user.selectOptions(screen.getByLabelText('Toon alleen'), 'Telefonisch');
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toHaveTextContent('Gebeld.');

    await user.selectOptions(screen.getByLabelText('Toon alleen'), 'Videogesprek');
    expect(await screen.findByText('Er is geen contact van de soort ‘Videogesprek’.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Toon alleen'), 'Alle soorten contact');
    await waitFor(() => expect(entries()).toHaveLength(2));
  });

  it('says what to do when nothing has been logged yet', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openContactLog(user);

    expect(await screen.findByText(/Er is nog geen contact vastgelegd\. Vul het formulier hierboven in/)).toBeInTheDocument();
  });

  it('puts a problem with an agreement on that agreement', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const form = await openContactLog(user);

    await user.click(within(form).getByRole('button', { name: 'Actiepunt toevoegen' }));
    const row = within(form).getByRole('group', { name: 'Actiepunt 1' });
    await user.type(within(row).getByLabelText('Uiterlijk op'), '2025-06-05');
    fireEvent.change(within(form).getByLabelText('Duur in minuten'), { target: { value: '30' } });
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    const text = within(row).getByLabelText('Omschrijving');
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveAccessibleDescription('Beschrijf wat er is afgesproken.');
    expect(text).toHaveFocus();
    expect(await api.direct('contacts.list', { clientId: anna.id })).toEqual([]);
  });

  it('shows the log in English with English dates', async () => {
    const api = new FakeApi({ language: 'en', workerName: 'Maria' });
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    await addContact(api, anna.id, { type: 'phone', durationMinutes: 1 });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('tab', { name: 'Contact log' }));
    expect(screen.getByRole('form', { name: 'Log a contact' })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Earlier contacts' });
    await waitFor(() => expect(within(timeline).getAllByRole('article')).toHaveLength(1));
    expect(within(timeline).getByRole('article')).toHaveTextContent(/20 May 2025.*Phone call/);
    expect(within(timeline).getByRole('article')).toHaveTextContent('1 minute');
  });
});
