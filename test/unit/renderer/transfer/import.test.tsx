import * as fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/csv/caseload-50-with-3-bad.csv');

/** A CSV as Dutch Excel saves it: UTF-8 with BOM, semicolons, CRLF. */
function excelCsv(lines: string[]): File {
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  return new File([new TextEncoder().encode(text)], 'caseload.csv', { type: 'text/csv' });
}

const smallFile = () =>
  excelCsv([
    'Voornaam;Achternaam;Geboortedatum;Telefoon;Opmerking',
    'Anna;de Boer;03-05-1950;06-12345678;belt graag',
    'Kees;Bakker;31-02-1961;;',
    'Zoë;Jansen;;020 1234567;',
  ]);

async function choose(user: ReturnType<typeof renderApp>['user'], file: File) {
  await user.upload(await screen.findByLabelText('CSV-bestand'), file);
}

describe('CSV import', () => {
  it('is reached from the caseload', async () => {
    const { user } = renderApp({ hash: '#/caseload' });
    await user.click(await screen.findByRole('link', { name: 'Importeren' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload importeren' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/import');
    expect(screen.getByLabelText('CSV-bestand')).toHaveAttribute('accept', '.csv,text/csv');
  });

  it('previews how the file was read, the column mapping, counts and each row’s errors in words', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, smallFile());

    expect(await screen.findByText('2 geldig, 1 met fouten')).toBeInTheDocument();
    const detected = screen.getByRole('region', { name: 'Zo is het bestand gelezen' });
    expect(within(detected).getByText('UTF-8 met BOM')).toBeInTheDocument();
    expect(within(detected).getByText('puntkomma (;)')).toBeInTheDocument();

    const mapping = screen.getByRole('region', { name: 'Kolommen koppelen' });
    expect(within(mapping).getByLabelText('Voornaam')).toHaveDisplayValue('Kolom 1: Voornaam');
    expect(within(mapping).getByLabelText('Geboortedatum')).toHaveDisplayValue('Kolom 3: Geboortedatum');
    expect(within(mapping).getByLabelText('Woonplaats')).toHaveDisplayValue('Niet importeren');
    expect(within(mapping).getByRole('listitem')).toHaveTextContent('Kolom 5: Opmerking');

    const rows = screen.getByRole('grid', { name: 'Rijen uit het bestand' });
    expect(rows).toHaveAttribute('aria-rowcount', '4');
    const kees = within(rows).getByRole('row', { name: /Kees/ });
    expect(within(kees).getByText('Geboortedatum: Deze datum bestaat niet.')).toBeInTheDocument();
    expect(within(kees).getByText('1 fout')).toBeInTheDocument();
    expect(within(kees).getByText('31-02-1961').closest('[role="gridcell"]')).toHaveClass('cell-invalid');
    expect(within(within(rows).getByRole('row', { name: /Anna/ })).getByText('Geldig')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: '2 cliënten importeren' })).toBeEnabled();
    expect(await api.direct('clients.list', {})).toEqual([]);
  });

  it('previews again when the worker changes the mapping, moving a column that was taken', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, smallFile());
    await screen.findByText('2 geldig, 1 met fouten');

    await user.selectOptions(screen.getByLabelText('Geboortedatum'), 'Niet importeren');
    expect(await screen.findByText('3 geldig, 0 met fouten')).toBeInTheDocument();
    expect(api.callsTo('transfer.previewImport').at(-1)?.mapping).not.toHaveProperty('dateOfBirth');
    expect(screen.getByRole('button', { name: '3 cliënten importeren' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Woonplaats'), 'Kolom 4: Telefoon');
    await waitFor(() => expect(api.callsTo('transfer.previewImport').at(-1)?.mapping).toMatchObject({ town: 3 }));
    expect(api.callsTo('transfer.previewImport').at(-1)?.mapping).not.toHaveProperty('phone');
    expect(screen.getByLabelText('Telefoon')).toHaveDisplayValue('Niet importeren');
    expect(screen.getByText('Kolom 4 hoort nu bij ‘Woonplaats’ en niet meer bij ‘Telefoon’.')).toBeInTheDocument();
  });

  it('imports only the valid rows on confirmation and says how many', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, smallFile());

    await user.click(await screen.findByRole('button', { name: '2 cliënten importeren' }));

    expect(await screen.findByRole('heading', { name: 'Import klaar' })).toHaveFocus();
    expect(screen.getByText('2 cliënten zijn geïmporteerd. 1 rij met fouten is overgeslagen.')).toBeInTheDocument();
    const names = (await api.direct('clients.list', {})).map((client) => `${client.givenName} ${client.familyName}`);
    expect(names).toEqual(['Anna de Boer', 'Zoë Jansen']);

    await user.click(screen.getByRole('link', { name: 'Naar de caseload' }));
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
  });

  it('imports 47 of the 50 clients in a file with 3 bad rows', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, new File([fs.readFileSync(fixture)], 'caseload.csv', { type: 'text/csv' }));

    expect(await screen.findByText('47 geldig, 3 met fouten')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Alleen rijen met fouten tonen' }));
    expect(screen.getByRole('grid', { name: 'Rijen uit het bestand' })).toHaveAttribute('aria-rowcount', '4');

    await user.click(screen.getByRole('button', { name: '47 cliënten importeren' }));
    expect(await screen.findByText('47 cliënten zijn geïmporteerd. 3 rijen met fouten zijn overgeslagen.')).toBeInTheDocument();
    expect(await api.direct('clients.list', {})).toHaveLength(47);
  });

  it('says nothing was imported when the import fails, and nothing was', async () => {
    const api = new FakeApi().failWith('transfer.commitImport', { code: 'store_unavailable', messageKey: 'errors:storeUnavailable' });
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, smallFile());

    await user.click(await screen.findByRole('button', { name: '2 cliënten importeren' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Niet geïmporteerd' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Je caseload kon niet worden geopend. Je gegevens zijn bewaard.');
    expect(alert).toHaveTextContent('Er is niets geïmporteerd: je caseload is niet veranderd.');
    expect(await api.direct('clients.list', {})).toEqual([]);
    expect(screen.getByRole('button', { name: '2 cliënten importeren' })).toBeEnabled();
  });

  it('refuses a file over 20 MB before sending it', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/import' });
    await choose(user, new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.csv', { type: 'text/csv' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit bestand is groter dan 20 MB. Splits het in kleinere bestanden.');
    expect(api.callsTo('transfer.previewImport')).toEqual([]);
  });

  it('explains a file that is not text', async () => {
    const { user } = renderApp({ hash: '#/import' });
    await choose(user, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01])], 'clients.csv', { type: 'text/csv' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit is geen tekstbestand.');
    expect(screen.queryByRole('button', { name: /importeren$/ })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const { user } = renderApp({ api: new FakeApi({ language: 'en' }), hash: '#/import' });
    await user.upload(await screen.findByLabelText('CSV file'), smallFile());

    expect(await screen.findByText('2 valid, 1 with errors')).toBeInTheDocument();
    expect(screen.getByText('Date of birth: This date does not exist.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 clients' })).toBeInTheDocument();
  });
});
