import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

const builtinName = 'Verbind 8 weken: rust, relaties, verbinden';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function jsonFile(value: unknown, name = 'programma.json'): File {
  return new File([new TextEncoder().encode(JSON.stringify(value, null, 2))], name, { type: 'application/json' });
}

async function exportedDefault(api: FakeApi): Promise<Record<string, unknown> & { sessions: Array<Record<string, unknown>> }> {
  const file = await api.direct('programme.exportTemplate', { id: 'verbind-8-weeks' });
  return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as never;
}

describe('the templates screen', () => {
  it('is in the main menu between Agenda and Instellingen and lists the built-in template', async () => {
    const { user } = renderApp({ hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links.slice(links.indexOf('Agenda'), links.indexOf('Instellingen') + 1)).toEqual(['Agenda', "Programma's", 'Sociale kaart', 'Rapportages', 'Privacy', 'Instellingen']);

    await user.click(within(nav).getByRole('link', { name: "Programma's" }));
    expect(await screen.findByRole('heading', { level: 1, name: "Programma's" })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/programmes');
    const table = await screen.findByRole('table', { name: 'Sjablonen' });
    const row = within(table).getByRole('row', { name: new RegExp(builtinName) });
    expect(row).toHaveTextContent('8');
    expect(row).toHaveTextContent('Individueel of in een groep');
    expect(row).toHaveTextContent('Ingebouwd');
  });

  it('shows a built-in template read-only with all its texts and a hint to copy it', async () => {
    renderApp({ hash: '#/programmes/verbind-8-weeks' });
    expect(await screen.findByRole('heading', { level: 1, name: builtinName })).toBeInTheDocument();
    expect(screen.getByText(/Maak een kopie om het aan te passen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fasen' })).toBeInTheDocument();
    const first = screen.getByRole('region', { name: '1. Kennismaken en rustig ademen' });
    expect(within(first).getByText('Week 1 · Tot rust komen')).toBeInTheDocument();
    expect(within(first).getByRole('heading', { name: 'Gespreksvragen' })).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^\d\. / })).toHaveLength(8);
    expect(screen.queryByRole('button', { name: /bewerken$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bijeenkomst 1 omlaag' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Programma verwijderen' })).not.toBeInTheDocument();
  });

  it('copies the built-in template, then edits a text and moves a session in the copy', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/programmes/verbind-8-weeks' });
    await user.click(await screen.findByRole('button', { name: 'Kopiëren' }));
    const dialog = screen.getByRole('dialog', { name: 'Programma kopiëren' });
    expect(within(dialog).getByLabelText('Naam (Nederlands)')).toHaveValue(`${builtinName} (kopie)`);
    expect(within(dialog).getByLabelText('Naam (Engels)')).toHaveValue('Verbind 8 weeks: calm, relationships, connection (copy)');
    await user.clear(within(dialog).getByLabelText('Naam (Nederlands)'));
    await user.type(within(dialog).getByLabelText('Naam (Nederlands)'), 'Wijkteam Noord');
    await user.click(within(dialog).getByRole('button', { name: 'Kopie maken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Wijkteam Noord' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/programmes\/wijkteam-noord-[0-9a-f]{4}$/);
    const id = window.location.hash.slice('#/programmes/'.length);
    expect(screen.getByText('Eigen', { selector: '.badge' })).toBeInTheDocument();

    // Edit the aim of session 1 (both languages open; only the changed one is sent).
    const first = screen.getByRole('region', { name: '1. Kennismaken en rustig ademen' });
    await user.click(within(first).getByRole('button', { name: 'Doel bewerken' }));
    const editor = within(first).getByRole('group', { name: 'Doel bewerken' });
    expect(within(editor).getByLabelText('Nederlands')).toHaveFocus();
    await user.clear(within(editor).getByLabelText('Nederlands'));
    await user.type(within(editor).getByLabelText('Nederlands'), 'Kennismaken en samen rustig worden.');
    await user.click(within(first).getByRole('button', { name: 'Opslaan' }));
    expect(await within(first).findByText('Kennismaken en samen rustig worden.')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Doel bewerken' })).toHaveFocus();
    expect(screen.getByText('De tekst is opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('programme.editTemplate')).toEqual([
      { id, edit: { kind: 'text', path: ['sessions', 0, 'aim'], language: 'nl', value: 'Kennismaken en samen rustig worden.' } },
    ]);
    const stored = await api.direct('programme.template', { id });
    expect(stored.sessions[0]?.aim).toEqual({ nl: 'Kennismaken en samen rustig worden.', en: expect.any(String) });

    // Move session 1 down: it becomes session 2, focus follows it.
    await user.click(within(first).getByRole('button', { name: 'Bijeenkomst 1 omlaag' }));
    expect(await screen.findByRole('region', { name: '2. Kennismaken en rustig ademen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1. Lijf en zintuigen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bijeenkomst 2 omlaag' })).toHaveFocus();
    expect((await api.direct('programme.template', { id })).sessions.map((session) => session.title.nl).slice(0, 2)).toEqual([
      'Lijf en zintuigen',
      'Kennismaken en rustig ademen',
    ]);

    // Across a phase boundary the move is refused, in words, next to the session.
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst 3 omlaag' }));
    const third = screen.getByRole('region', { name: '3. Bewegen, maken en muziek' });
    expect(await within(third).findByRole('alert')).toHaveTextContent('De fasen blijven in volgorde');
  });

  it('adds a session after another one, as a copy to rewrite, in the same phase', async () => {
    const api = new FakeApi();
    const copy = await api.direct('programme.duplicateTemplate', { id: 'verbind-8-weeks', name: { nl: 'Langer', en: 'Longer' } });
    const { user } = renderApp({ api, hash: `#/programmes/${copy.id}` });

    await user.click(await screen.findByRole('button', { name: /^Na bijeenkomst 3 een bijeenkomst toevoegen/ }));
    expect(await screen.findByText('Bijeenkomst 4 is toegevoegd als kopie. Pas de teksten aan.')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^\d\. / })).toHaveLength(9);
    expect(screen.getByRole('region', { name: '4. Bewegen, maken en muziek' })).toBeInTheDocument();
    const stored = await api.direct('programme.template', { id: copy.id });
    expect(stored.sessions.map((session) => [session.number, session.week, session.phase])).toEqual([
      [1, 1, 'calm'],
      [2, 2, 'calm'],
      [3, 3, 'calm'],
      [4, 4, 'calm'],
      [5, 5, 'skills'],
      [6, 6, 'skills'],
      [7, 7, 'skills'],
      [8, 8, 'connect'],
      [9, 9, 'connect'],
    ]);
  });

  it('removes a session and deletes an own template after asking', async () => {
    const api = new FakeApi();
    const copy = await api.direct('programme.duplicateTemplate', { id: 'verbind-8-weeks', name: { nl: 'Kort', en: 'Short' } });
    const { user } = renderApp({ api, hash: `#/programmes/${copy.id}` });

    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst 8 verwijderen' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Bijeenkomst verwijderen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('De bijeenkomst is verwijderd.')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^\d\. / })).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Bijeenkomst 7 omhoog' })).toHaveFocus();
    expect((await api.direct('programme.template', { id: copy.id })).sessions).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: 'Programma verwijderen' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Programma verwijderen?' })).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByRole('heading', { level: 1, name: "Programma's" })).toBeInTheDocument();
    expect((await api.direct('programme.templates', {})).map((template) => template.id)).toEqual(['verbind-8-weeks']);
  });

  it('refuses to delete a template a client follows, in words', async () => {
    const api = new FakeApi();
    const copy = await api.direct('programme.duplicateTemplate', { id: 'verbind-8-weeks', name: { nl: 'In gebruik', en: 'In use' } });
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries' });
    await api.direct('programme.start', { clientId: zoe.id, templateId: copy.id, firstSessionAt: '2025-03-03T10:00:00+01:00' });
    const { user } = renderApp({ api, hash: `#/programmes/${copy.id}` });

    await user.click(await screen.findByRole('button', { name: 'Programma verwijderen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit programma wordt nog gebruikt door een of meer cliënten');
    expect(screen.getByRole('heading', { level: 1, name: 'In gebruik' })).toBeInTheDocument();
  });

  it('offers a template as a file download', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/template');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp({ hash: '#/programmes/verbind-8-weeks' });

    await user.click(await screen.findByRole('button', { name: 'Exporteren' }));
    expect(await screen.findByText('verbind-programma-verbind-8-weeks-v1.json is klaargezet om te bewaren.')).toBeInTheDocument();
    expect(clicked.map((link) => link.download)).toEqual(['verbind-programma-verbind-8-weeks-v1.json']);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('application/json');
    expect(JSON.parse((await blob?.text()) ?? '')).toMatchObject({ format: 'verbind-programme', id: 'verbind-8-weeks' });
  });

  it('imports an exported template file as a new own template', async () => {
    const api = new FakeApi();
    const exported = await exportedDefault(api);
    const { user } = renderApp({ api, hash: '#/programmes' });

    await user.upload(await screen.findByLabelText('Programmabestand importeren'), jsonFile({ ...exported, name: { nl: 'Van een collega', en: 'From a colleague' } }));
    expect(await screen.findByText('Geïmporteerd: Van een collega')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Sjablonen' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /Van een collega/ })).toHaveTextContent('Eigen'));
    await user.click(screen.getByRole('link', { name: 'Bekijk het geïmporteerde programma' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Van een collega' })).toBeInTheDocument();
  });

  it('refuses a bad file with the problems in words and where they are', async () => {
    const api = new FakeApi();
    const exported = await exportedDefault(api);
    const sessions = exported.sessions.map((session, index) => (index === 2 ? { ...session, questions: [] } : session));
    const { user } = renderApp({ api, hash: '#/programmes' });
    const input = await screen.findByLabelText('Programmabestand importeren');

    await user.upload(input, jsonFile({ ...exported, sessions }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand is niet geïmporteerd');
    expect(alert).toHaveTextContent('Het programma in dit bestand klopt niet.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Bijeenkomst 3 › Gespreksvragen: Geef elke bijeenkomst minstens drie gespreksvragen.',
    );

    await user.upload(input, new File(['dit is geen json'], 'notities.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Dit bestand kan niet worden gelezen.'));
    expect((await api.direct('programme.templates', {})).map((template) => template.id)).toEqual(['verbind-8-weeks']);
  });
});
