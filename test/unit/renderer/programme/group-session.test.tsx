import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

async function caseload() {
  const api = new FakeApi();
  const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
  const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  return { api, zoe, kees, anna };
}

async function sessionRecord(api: FakeApi, clientId: string, session: number) {
  const view = await api.direct('programme.view', { clientId });
  return view.run?.sessions.find((candidate) => candidate.number === session);
}

describe('group sessions', () => {
  it('starts a group of two clients chosen from the caseload', async () => {
    const { api, zoe, kees } = await caseload();
    const { user } = renderApp({ api, hash: '#/programmes' });

    const groups = await screen.findByRole('region', { name: 'Groepen' });
    expect(await within(groups).findByText('Er lopen nog geen groepen.')).toBeInTheDocument();
    await user.click(within(groups).getByRole('button', { name: 'Groep starten' }));
    const form = within(groups).getByRole('form', { name: 'Groep starten' });
    await user.type(within(form).getByLabelText('Naam van de groep'), 'Dinsdaggroep');
    fireEvent.change(within(form).getByLabelText('Eerste bijeenkomst'), { target: { value: '2025-03-04T14:00' } });

    // One client is not enough: said in words before anything is sent.
    const members = within(form).getByRole('group', { name: 'Deelnemers' });
    await user.click(await within(members).findByRole('checkbox', { name: 'Zoë de Vries' }));
    await user.click(within(form).getByRole('button', { name: 'Groep starten' }));
    expect(within(form).getByText('Kies minstens twee cliënten.')).toBeInTheDocument();
    expect(api.callsTo('programme.startGroup')).toHaveLength(0);

    // The search narrows the list; the chosen client stays listed.
    await user.type(within(members).getByLabelText('Zoek een cliënt'), 'Bakker');
    await waitFor(() => expect(within(members).queryByRole('checkbox', { name: 'Anna de Boer' })).not.toBeInTheDocument());
    expect(within(members).getByRole('checkbox', { name: 'Zoë de Vries' })).toBeChecked();
    await user.click(within(members).getByRole('checkbox', { name: 'Kees Bakker' }));
    expect(within(members).getByText('2 cliënten gekozen')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Groep starten' }));

    expect(await within(groups).findByText('De groep Dinsdaggroep is gestart.')).toBeInTheDocument();
    expect(await within(groups).findByRole('heading', { name: 'Dinsdaggroep' })).toBeInTheDocument();
    const sessions = await within(groups).findByRole('navigation', { name: 'Bijeenkomsten van Dinsdaggroep' });
    expect(within(sessions).getAllByRole('link')).toHaveLength(8);
    const [group] = await api.direct('programme.groups', {});
    expect(group?.members.map((member) => member.clientId).sort()).toEqual([zoe.id, kees.id].sort());
    expect(within(sessions).getByRole('link', { name: 'Bijeenkomst 1' })).toHaveAttribute('href', `#/groups/${group?.id}/1`);
    expect((await sessionRecord(api, zoe.id, 2))?.plannedAt).toBe(new Date(2025, 2, 11, 14, 0).toISOString());
  });

  it('holds one session for the group and saves attendance, stress and a note per member', async () => {
    const { api, zoe, kees } = await caseload();
    const group = await api.direct('programme.startGroup', {
      name: 'Dinsdaggroep',
      templateId: 'verbind-8-weeks',
      firstSessionAt: new Date(2025, 2, 4, 14, 0).toISOString(),
      clientIds: [zoe.id, kees.id],
    });
    const { user } = renderApp({ api, hash: `#/groups/${group.id}/1` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dinsdaggroep · bijeenkomst 1' })).toBeInTheDocument();
    // The guide once.
    expect(screen.getAllByRole('heading', { name: 'Gespreksvragen' })).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'In een groep' })).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'Aanwezigheid – Zoë de Vries' })).getByRole('radio', { name: 'Aanwezig' }));
    await user.selectOptions(screen.getByLabelText('Spanning begin – Zoë de Vries'), '7');
    expect(screen.getByText(/^7 is hoog/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Spanning eind – Zoë de Vries'), '4');
    await user.type(screen.getByLabelText('Korte notitie – Zoë de Vries'), 'Deed goed mee.');
    await user.click(within(screen.getByRole('group', { name: 'Aanwezigheid – Kees Bakker' })).getByRole('radio', { name: 'Niet verschenen' }));
    // An exercise ticked once counts for every member.
    await user.click(within(screen.getByRole('region', { name: 'Oefeningen' })).getAllByRole('checkbox')[1]!);

    await waitFor(
      async () => {
        expect(await sessionRecord(api, zoe.id, 1)).toMatchObject({
          attendance: 'attended',
          stressBefore: 7,
          stressAfter: 4,
          notes: 'Deed goed mee.',
          doneExercises: ['s1-slow-breathing'],
        });
        expect(await sessionRecord(api, kees.id, 1)).toMatchObject({ attendance: 'no_show', doneExercises: ['s1-slow-breathing'] });
      },
      { timeout: 3000 },
    );
    expect((await sessionRecord(api, kees.id, 1))?.stressBefore).toBeUndefined();
    await waitFor(() => expect(screen.getAllByText(/^Opgeslagen om/)).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Kees Bakker' })).toHaveAttribute('href', `#/clients/${kees.id}/programme`);
  });

  it('says when a group is not (or no longer) running', async () => {
    renderApp({ hash: '#/groups/00000000-0000-4000-8000-000000000999/1' });
    expect(await screen.findByText(/Deze groep is niet gevonden/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Terug naar Programma's" })).toHaveAttribute('href', '#/programmes');
  });
});
