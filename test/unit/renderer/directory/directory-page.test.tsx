import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceFieldsInput } from '../../../../main/api/api-types';
import { FakeApi, renderApp } from '../render-app';

function addService(api: FakeApi, fields: Partial<ServiceFieldsInput> & { name: string }) {
  return api.direct('directory.create', { fields: { kind: 'meeting_place', format: 'group', phases: ['connect'], ...fields } });
}

async function withDirectory() {
  const api = new FakeApi({ workerName: 'Maria' });
  await addService(api, { name: 'Buurtkamer De Linde', targetGroups: 'Ouderen in de wijk', phases: ['connect', 'aftercare'] });
  await addService(api, { name: 'Huisartsenpraktijk Zuid', kind: 'gp', format: 'individual', phases: [], phone: '020 1234567' });
  await addService(api, { name: 'Maatjesproject Samen', kind: 'buddy_service', format: 'individual', phases: ['skills', 'connect'] });
  return api;
}

/** The entries as the list shows them, in order. */
function entryNames(): string[] {
  const list = screen.queryByRole('list', { name: 'Organisaties' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 3 }).textContent ?? '');
}

function entry(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

/** A CSV as Dutch Excel saves it: UTF-8 with BOM, semicolons, CRLF. */
function excelCsv(lines: string[], name = 'sociale-kaart.csv'): File {
  return new File([new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)], name, { type: 'text/csv' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the service directory (sociale kaart)', () => {
  it('is in the main menu and starts with a clear empty state', async () => {
    const { user } = renderApp({ hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('link', { name: 'Sociale kaart' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/services');
    expect(await screen.findByRole('heading', { name: 'Je sociale kaart is nog leeg' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Sociale kaart' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Sociale kaart – Verbind');
  });

  it('adds a service with every field; a problem from the main process shows at its field', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/services' });
    await user.click(await screen.findByRole('button', { name: 'Organisatie toevoegen' }));

    const form = screen.getByRole('form', { name: 'Organisatie toevoegen' });
    expect(within(form).getByLabelText('Naam')).toHaveFocus();
    await user.keyboard('Buurtkamer De Linde');
    await user.selectOptions(within(form).getByLabelText('Soort'), 'Activiteit of ontmoetingsplek');
    await user.selectOptions(within(form).getByLabelText('Vorm'), 'In een groep');
    await user.click(within(form).getByRole('checkbox', { name: 'Verbinden en onderhouden' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Nazorg' }));
    await user.type(within(form).getByLabelText('Contactpersoon'), 'Joke Smit');
    await user.type(within(form).getByLabelText('Telefoon'), '020 7654321');
    await user.type(within(form).getByLabelText('E-mail'), 'joke@');
    await user.type(within(form).getByLabelText('Website'), 'https://delinde.nl');
    await user.type(within(form).getByLabelText('Adres'), 'Lindeplein 1, Amsterdam');
    await user.type(within(form).getByLabelText('Openingstijden'), 'Dinsdag 10.00–12.00 uur');
    await user.type(within(form).getByLabelText('Voor wie'), 'Ouderen in de wijk');
    await user.type(within(form).getByLabelText('Notities'), 'Koffie is gratis.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const email = within(form).getByLabelText('E-mail');
    expect(await within(form).findByText('Dit e-mailadres klopt niet. Een goed adres ziet eruit als naam@voorbeeld.nl.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(email).toHaveFocus());
    expect(await api.direct('directory.list', {})).toEqual([]);

    await user.type(email, 'delinde.nl');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Buurtkamer De Linde staat nu in je sociale kaart.')).toBeInTheDocument();
    expect(api.callsTo('directory.create').at(-1)).toEqual({
      fields: {
        name: 'Buurtkamer De Linde',
        kind: 'meeting_place',
        format: 'group',
        phases: ['connect', 'aftercare'],
        contactPerson: 'Joke Smit',
        phone: '020 7654321',
        email: 'joke@delinde.nl',
        website: 'https://delinde.nl',
        address: 'Lindeplein 1, Amsterdam',
        openingHours: 'Dinsdag 10.00–12.00 uur',
        targetGroups: 'Ouderen in de wijk',
        notes: 'Koffie is gratis.',
      },
    });
    const linde = await screen.findByRole('article', { name: 'Buurtkamer De Linde' });
    expect(within(linde).getByText('Activiteit of ontmoetingsplek · In een groep · Past bij: Verbinden en onderhouden, Nazorg')).toBeInTheDocument();
    expect(within(linde).getByText('joke@delinde.nl')).toBeInTheDocument();
    expect(within(linde).getByText('Dinsdag 10.00–12.00 uur')).toBeInTheDocument();
    expect(within(linde).getByText('Ouderen in de wijk')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Organisatie toevoegen' })).toHaveFocus());
  }, 20_000);

  it('asks for the name, kind and format before saving', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/services' });
    await user.click(await screen.findByRole('button', { name: 'Organisatie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Organisatie toevoegen' });
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(within(form).getByText('Vul de naam in.')).toBeInTheDocument();
    expect(within(form).getByText('Kies wat voor soort organisatie het is.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Naam')).toHaveFocus();
    expect(api.callsTo('directory.create')).toEqual([]);
  });

  it('changes a service in place and deletes one after a question that names it', async () => {
    const api = await withDirectory();
    const { user } = renderApp({ api, hash: '#/services' });
    await waitFor(() => expect(entryNames()).toEqual(['Buurtkamer De Linde', 'Huisartsenpraktijk Zuid', 'Maatjesproject Samen']));

    await user.click(within(entry('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Bewerken' }));
    const form = screen.getByRole('form', { name: 'Huisartsenpraktijk Zuid wijzigen' });
    await user.clear(within(form).getByLabelText('Telefoon'));
    await user.type(within(form).getByLabelText('Telefoon'), '020 9999999');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijziging in Huisartsenpraktijk Zuid is opgeslagen.')).toBeInTheDocument();
    expect(await within(entry('Huisartsenpraktijk Zuid')).findByText('020 9999999')).toBeInTheDocument();
    await waitFor(() => expect(within(entry('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Bewerken' })).toHaveFocus());

    await user.click(within(entry('Maatjesproject Samen')).getByRole('button', { name: 'Verwijderen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Maatjesproject Samen verwijderen?' });
    expect(within(dialog).getByText(/Verwijzingen die er al naartoe zijn gepland, houden hun gegevens/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Niet verwijderen' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(entryNames()).toContain('Maatjesproject Samen');

    await user.click(within(entry('Maatjesproject Samen')).getByRole('button', { name: 'Verwijderen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('De organisatie is verwijderd uit je sociale kaart.')).toBeInTheDocument();
    await waitFor(() => expect(entryNames()).toEqual(['Buurtkamer De Linde', 'Huisartsenpraktijk Zuid']));
    expect((await api.direct('directory.list', {})).map((service) => service.name)).toEqual(['Buurtkamer De Linde', 'Huisartsenpraktijk Zuid']);
  }, 20_000);

  it('searches as you type and filters by kind and phase, with an empty result said in words', async () => {
    const api = await withDirectory();
    const { user } = renderApp({ api, hash: '#/services' });
    await waitFor(() => expect(entryNames()).toHaveLength(3));
    expect(screen.getByText('3 organisaties')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Zoeken'), 'ouderen');
    await waitFor(() => expect(entryNames()).toEqual(['Buurtkamer De Linde']));
    expect(api.callsTo('directory.list').at(-1)).toEqual({ query: 'ouderen' });

    await user.clear(screen.getByLabelText('Zoeken'));
    await user.selectOptions(screen.getByLabelText('Past bij fase'), 'Verbinden en onderhouden');
    await waitFor(() => expect(entryNames()).toEqual(['Buurtkamer De Linde', 'Maatjesproject Samen']));
    await user.selectOptions(screen.getByLabelText('Soort'), 'Maatje of bezoekdienst');
    await waitFor(() => expect(entryNames()).toEqual(['Maatjesproject Samen']));
    expect(api.callsTo('directory.list').at(-1)).toEqual({ kind: 'buddy_service', phase: 'connect' });

    await user.selectOptions(screen.getByLabelText('Past bij fase'), 'Ontspannen');
    expect(await screen.findByText('Geen organisaties gevonden. Zoek op iets anders of wis de filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(entryNames()).toHaveLength(3));
  }, 20_000);

  it('previews a CSV import (new, already there, wrong with reasons) and adds the new rows in one go', async () => {
    const api = await withDirectory();
    const { user } = renderApp({ api, hash: '#/services' });
    await waitFor(() => expect(entryNames()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'CSV importeren' }));
    const section = screen.getByRole('region', { name: 'Sociale kaart importeren' });
    expect(within(section).getByText('Kies een bestand of sleep het hierheen. Hoogstens 5 MB.')).toBeInTheDocument();

    await user.upload(
      within(section).getByLabelText('CSV-bestand'),
      excelCsv([
        'Naam;Soort;Vorm;Past bij fase;Telefoon;E-mail',
        'Wijkteam Oost;Sociaal wijkteam;Individueel;;020 1111111;',
        'Buurtkamer De Linde;Activiteit of ontmoetingsplek;In een groep;Verbinden en onderhouden;;',
        'Vriendschapscursus;Cursus;In een groep;Relatievaardigheden;;cursus@',
        'Zwemclub;Sport;In een groep;;;',
      ]),
    );

    expect(await within(section).findByText('1 nieuw, 1 al in je sociale kaart, 2 met fouten')).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Rijen uit het bestand' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('2NieuwWijkteam OostSociaal wijkteam');
    expect(rows[1]).toHaveTextContent('Staat er al');
    expect(rows[1]).toHaveTextContent('Staat al in je sociale kaart als Buurtkamer De Linde. Wordt overgeslagen.');
    expect(rows[2]).toHaveTextContent('Fout');
    expect(rows[2]).toHaveTextContent('E-mail: Dit e-mailadres klopt niet.');
    expect(rows[3]).toHaveTextContent('Soort: Deze soort kent Verbind niet.');
    expect(api.callsTo('directory.commitImport')).toEqual([]);

    await user.click(within(section).getByRole('button', { name: '1 nieuwe organisatie toevoegen' }));
    expect(await within(section).findByText('1 organisatie toegevoegd. 1 stond er al in. 2 rijen met fouten zijn overgeslagen.')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Import klaar' })).toHaveFocus();
    await waitFor(() => expect(entryNames()).toContain('Wijkteam Oost'));
    expect(entryNames()).toHaveLength(4);
  }, 20_000);

  it('says what went wrong when the import is refused, and nothing is added', async () => {
    const api = (await withDirectory()).failWith('directory.commitImport', { code: 'store_unavailable', messageKey: 'errors:storeUnavailable' });
    const { user } = renderApp({ api, hash: '#/services' });
    await user.click(await screen.findByRole('button', { name: 'CSV importeren' }));
    const section = screen.getByRole('region', { name: 'Sociale kaart importeren' });
    await user.upload(within(section).getByLabelText('CSV-bestand'), excelCsv(['Naam;Soort;Vorm', 'Wijkteam Oost;Sociaal wijkteam;Individueel']));
    await user.click(await within(section).findByRole('button', { name: '1 nieuwe organisatie toevoegen' }));

    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Er is niets toegevoegd.');
    expect((await api.direct('directory.list', {})).map((service) => service.name)).not.toContain('Wijkteam Oost');
  });

  it('exports the directory as a CSV download in the UI language', async () => {
    const api = await withDirectory();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/directory');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp({ api, hash: '#/services' });
    await waitFor(() => expect(entryNames()).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));

    expect(await screen.findByText(/^3 organisaties geëxporteerd naar verbind-sociale-kaart/)).toBeInTheDocument();
    expect(api.callsTo('directory.exportCsv')).toEqual([{ language: 'nl' }]);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/\.csv$/);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toContain('Maatjesproject Samen');
  });
});
