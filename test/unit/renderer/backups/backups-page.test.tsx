import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiResult, CallInput, CallName, CallOutput } from '../../../../main/api/api-types';
import { FakeApi, renderApp } from '../render-app';

const anna = { givenName: 'Anna', familyName: 'de Boer', status: 'active' } as const;

async function caseloadWithBackup() {
  const api = new FakeApi();
  const client = await api.addClient(anna);
  const backup = await api.direct('backups.create', {});
  return { api, client, backup };
}

describe('the backups page', () => {
  it('explains what a backup is and where it lives, and says so when there is none yet', async () => {
    renderApp({ hash: '#/backups' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Back-ups' })).toBeInTheDocument();
    expect(screen.getByText(/versleuteld met dezelfde sleutel/)).toBeInTheDocument();
    expect(screen.getByText(/Kopieer daarom af en toe de hele gegevensmap naar een externe schijf/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Nog geen back-ups' })).toBeInTheDocument();
  });

  it('backs up now and lists the backup with its date, kind and number of clients', async () => {
    const api = new FakeApi();
    await api.addClient(anna);
    const { user } = renderApp({ api, hash: '#/backups' });
    await screen.findByRole('heading', { name: 'Nog geen back-ups' });

    await user.click(screen.getByRole('button', { name: 'Nu een back-up maken' }));

    expect(await screen.findByText(/^Back-up gemaakt: /)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Back-ups in je gegevensmap' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent(/maart 2025/);
    expect(within(row!).getByText('Zelf gemaakt')).toBeInTheDocument();
    expect(within(row!).getByText('In orde')).toBeInTheDocument();
    expect(within(row!).getAllByRole('cell')[1]).toHaveTextContent('1');
  });

  it('restores a backup only after a question that says what will happen', async () => {
    const { api } = await caseloadWithBackup();
    await api.addClient({ givenName: 'Kees', familyName: 'Later', status: 'active' });
    const { user } = renderApp({ api, hash: '#/backups' });

    await user.click(await screen.findByRole('button', { name: /^Back-up van .* terugzetten$/ }));
    let dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Verbind bewaart eerst je huidige caseload als back-up');
    expect(dialog).toHaveTextContent('Cliënten die je hebt gewist, blijven gewist.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(api.callsTo('backups.restore')).toEqual([]);

    await user.click(screen.getByRole('button', { name: /^Back-up van .* terugzetten$/ }));
    dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, terugzetten' }));

    expect(await screen.findByText(/is teruggezet\. Je vorige caseload is bewaard als back-up\.$/)).toBeInTheDocument();
    expect((await api.direct('clients.list', {})).map((client) => client.givenName)).toEqual(['Anna']);
    const table = screen.getByRole('table', { name: 'Back-ups in je gegevensmap' });
    await waitFor(() => expect(within(table).getByText('Vóór het terugzetten')).toBeInTheDocument());
  });

  it('shows a refused restore in words and changes nothing', async () => {
    const { api } = await caseloadWithBackup();
    api.failWith('backups.restore', { code: 'conflict', messageKey: 'backups:errors.damaged' });
    const { user } = renderApp({ api, hash: '#/backups' });
    await user.click(await screen.findByRole('button', { name: /^Back-up van .* terugzetten$/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ja, terugzetten' }));
    expect(await screen.findByText(/Deze back-up is beschadigd en kan niet worden teruggezet/)).toBeInTheDocument();
  });

  it('keeps the number of backups the worker chooses, and refuses one out of range in words', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/backups' });
    const field = await screen.findByRole('spinbutton', { name: 'Bewaar de laatste back-ups' });
    expect(field).toHaveValue(14);

    await user.clear(field);
    await user.type(field, '0');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Kies een aantal back-ups van 1 tot en met 90.')).toBeInTheDocument();
    expect(field).toHaveFocus();

    await user.clear(field);
    await user.type(field, '5');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeInTheDocument();
    expect(api.preferences.backupKeep).toBe(5);
  });
});

/** The core offers a backup for a file only when it set one aside at start; this stands in for that. */
class OfferingApi extends FakeApi {
  offers: CallOutput<'backups.list'>['offers'] = [];
  override async invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    const result = await super.invoke(name, input);
    if (name === 'backups.list' && result.ok) (result.value as CallOutput<'backups.list'>).offers = this.offers;
    return result;
  }
}

describe('a damaged file in the problems banner', () => {
  it('offers the newest good backup of it, restores that one file, and links to the backups page', async () => {
    const api = new OfferingApi();
    const client = await api.addClient(anna);
    const backup = await api.direct('backups.create', {});
    const file = `caseload/clients/${client.id}.json`;
    api.offers = [{ file, stamp: backup.stamp, createdAt: backup.createdAt }];
    api.status = {
      version: '0.1.0-test',
      dataDir: '/home/maria/.verbind',
      store: 'ready',
      problems: [{ file, reason: 'unreadable', movedTo: 'caseload/quarantine/x.json', at: '2025-03-01T08:00:00.000Z' }],
    };
    const { user } = renderApp({ api, hash: '#/caseload' });

    const banner = await screen.findByRole('alert', { name: '1 beschadigd bestand is apart gezet' });
    await user.click(await within(banner).findByRole('button', { name: /^Herstel uit back-up van .*2025/ }));

    expect(await within(banner).findByText(new RegExp(`${file} is hersteld uit de back-up van`))).toBeInTheDocument();
    expect(api.callsTo('backups.restoreFile')).toEqual([{ stamp: backup.stamp, path: file }]);

    await user.click(within(banner).getByRole('link', { name: 'Naar de back-ups' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Back-ups' })).toBeInTheDocument();
  });
});
