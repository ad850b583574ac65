import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeId } from '../fake-api';
import { DocumentsStub, finished, renderDocumentButton } from './documents-stub';

const slow = { timeout: 3000 };

let createObjectURL: ReturnType<typeof vi.fn<(blob: Blob) => string>>;
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/document');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  clicked = [];
  // jsdom cannot navigate: note which link the download clicked instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function openDialog(user: ReturnType<typeof renderDocumentButton>['user'], label = 'Voortgangsverslag maken') {
  await user.click(screen.getByRole('button', { name: label }));
  return screen.getByRole('dialog', { name: label });
}

describe('the document dialog', () => {
  it('shows progress, then the file, saves it as a download and opens it in a new tab', async () => {
    const api = new DocumentsStub();
    api.script = [[{ state: 'running', kind: 'progressReport', done: 3, total: 12 }, finished('Voortgangsverslag Jan.pdf', 3)]];
    const opened = vi.spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window);
    const { user } = renderDocumentButton({ api });

    const dialog = await openDialog(user);
    const progress = await within(dialog).findByRole('progressbar', { name: 'Voortgang' });
    await waitFor(() => expect(progress).toHaveAttribute('value', '3'));
    expect(progress).toHaveAttribute('max', '12');
    expect(within(dialog).getByText('Deel 3 van 12 (25%)')).toBeInTheDocument();
    expect(progress).toHaveAttribute('aria-valuetext', 'Deel 3 van 12 (25%)');
    expect(within(dialog).getAllByRole('status').map((status) => status.textContent)).toContain('Bezig: 25% klaar');
    expect(api.callsTo('documents.start')).toEqual([{ request: { kind: 'progressReport', language: 'nl', clientId: fakeId(1) } }]);

    expect(await within(dialog).findByText("Klaar: Voortgangsverslag Jan.pdf (3 pagina's)", {}, slow)).toBeInTheDocument();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    const save = within(dialog).getByRole('button', { name: 'Opslaan…' });
    expect(save).toHaveFocus();

    await user.click(save);
    expect(await within(dialog).findByText('Voortgangsverslag Jan.pdf is gedownload. Je vindt het in je map Downloads.')).toBeInTheDocument();
    expect(clicked.map((link) => link.download)).toEqual(['Voortgangsverslag Jan.pdf']);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('application/pdf');
    expect(await blob?.text()).toBe('%PDF-1.7\n%test\n');
    expect(api.callsTo('documents.save')).toEqual([{ jobId: fakeId(900) }]);

    await user.click(within(dialog).getByRole('button', { name: 'Openen om te printen' }));
    expect(await within(dialog).findByText(/is geopend in een nieuw tabblad/)).toBeInTheDocument();
    expect(opened).toHaveBeenCalledWith('blob:verbind/document', '_blank');
    expect(api.callsTo('documents.open')).toEqual([{ jobId: fakeId(900) }]);

    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voortgangsverslag maken' })).toHaveFocus();
    await waitFor(() => expect(api.discarded).toEqual([fakeId(900)]));
  });

  it('leaves saving and opening to the desktop app where it can', async () => {
    const api = new DocumentsStub();
    api.saveOutcome = 'saved';
    api.openOutcome = 'opened';
    const opened = vi.spyOn(window, 'open');
    const { user } = renderDocumentButton({ api });

    const dialog = await openDialog(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Opslaan…' }, slow));
    expect(await within(dialog).findByText('Voortgangsverslag.pdf is opgeslagen.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Openen om te printen' }));
    expect(await within(dialog).findByText('Voortgangsverslag.pdf is geopend. Print het vanuit dat venster.')).toBeInTheDocument();
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(opened).not.toHaveBeenCalled();
  });

  it('says when nothing was saved', async () => {
    const api = new DocumentsStub();
    api.saveOutcome = 'cancelled';
    const { user } = renderDocumentButton({ api });
    const dialog = await openDialog(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Opslaan…' }, slow));
    expect(await within(dialog).findByText('Niet opgeslagen.')).toBeInTheDocument();
  });

  it('downloads the file when the browser blocks the new tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderDocumentButton();
    const dialog = await openDialog(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Openen om te printen' }, slow));
    expect(await within(dialog).findByText(/Je browser liet geen nieuw tabblad toe/)).toBeInTheDocument();
    expect(clicked.map((link) => link.download)).toEqual(['Voortgangsverslag.pdf']);
  });

  it('shows a failure in words and tries again with a new job', async () => {
    const api = new DocumentsStub();
    api.script = [[{ state: 'failed', kind: 'progressReport', error: { code: 'not_found', messageKey: 'errors:notFound' } }], [finished()]];
    const { user } = renderDocumentButton({ api });

    const dialog = await openDialog(user);
    const alert = await within(dialog).findByRole('alert', {}, slow);
    expect(within(dialog).getByText('Het document kon niet gemaakt worden.')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('errors:');
    expect(within(dialog).queryByRole('button', { name: 'Opslaan…' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(dialog).findByText("Klaar: Voortgangsverslag.pdf (2 pagina's)", {}, slow)).toBeInTheDocument();
    expect(api.callsTo('documents.start')).toHaveLength(2);
    await waitFor(() => expect(api.discarded).toContain(fakeId(900)));
  });

  it('closes on Escape, keeps Tab inside and stops polling', async () => {
    const api = new DocumentsStub();
    api.script = [[{ state: 'running', kind: 'progressReport', done: 0, total: 4 }]];
    const { user } = renderDocumentButton({ api });

    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('combobox', { name: 'Taal van het document' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    await waitFor(() => expect(api.callsTo('documents.status').length).toBeGreaterThan(1), slow);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voortgangsverslag maken' })).toHaveFocus();
    await waitFor(() => expect(api.discarded).toEqual([fakeId(900)]));
    const polled = api.callsTo('documents.status').length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.callsTo('documents.status')).toHaveLength(polled);
  });

  it('makes the document again in another language, forgetting the first', async () => {
    const { api, user } = renderDocumentButton();
    const dialog = await openDialog(user);
    await within(dialog).findByRole('button', { name: 'Opslaan…' }, slow);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Taal van het document' }), 'English');
    await waitFor(() => expect(api.callsTo('documents.start').at(-1)).toEqual({ request: { kind: 'progressReport', language: 'en', clientId: fakeId(1) } }));
    await waitFor(() => expect(api.discarded).toEqual([fakeId(900)]));
    expect(await within(dialog).findByRole('button', { name: 'Opslaan…' }, slow)).toBeInTheDocument();
  });

  it('offers large type for a handout', async () => {
    const { api, user } = renderDocumentButton({
      label: 'Handout sessie 2',
      request: { kind: 'handout', language: 'nl', templateId: 'verbinden-8-weken', scope: { by: 'session', session: 2 }, largeType: false },
    });
    const dialog = await openDialog(user, 'Handout sessie 2');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Grote letters' }));
    await waitFor(() =>
      expect(api.callsTo('documents.start').at(-1)).toEqual({
        request: { kind: 'handout', language: 'nl', templateId: 'verbinden-8-weken', scope: { by: 'session', session: 2 }, largeType: true },
      }),
    );
  });

  it('has no large type choice for other documents', async () => {
    const { user } = renderDocumentButton();
    const dialog = await openDialog(user);
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const { user } = renderDocumentButton({ language: 'en', label: 'Make progress report' });
    const dialog = await openDialog(user, 'Make progress report');
    expect(await within(dialog).findByText('Ready: Voortgangsverslag.pdf (2 pages)', {}, slow)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save…' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Open to print' })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Language of the document' })).toHaveValue('en');
  });
});
