import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi } from '../render-app';
import { renderDocumentButton } from './documents-stub';

// Saturday 1 March 2025, the fake core's first day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('documents through the real core', () => {
  it('makes a progress report, downloads it and forgets it on close', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const api = new FakeApi({ workerName: 'Maria', organisationName: 'Welzijn Noord' });
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    await api.direct('programme.start', { clientId: zoe.id, templateId: 'verbind-8-weeks', firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString() });
    const { user } = renderDocumentButton({ api, request: { kind: 'progressReport', language: 'nl', clientId: zoe.id } });

    await user.click(screen.getByRole('button', { name: 'Voortgangsverslag maken' }));
    const dialog = screen.getByRole('dialog', { name: 'Voortgangsverslag maken' });
    await within(dialog).findByText(/^Klaar: .+\.pdf \(\d+ pagina/, {}, { timeout: 20_000 });

    const jobId = api.callsTo('documents.status').at(-1)?.jobId ?? '';
    const view = await api.direct('documents.status', { jobId });
    expect(view.state).toBe('done');
    if (view.state !== 'done') return;
    expect(view.fileName).toMatch(/\.pdf$/);
    expect(view.pages).toBeGreaterThanOrEqual(1);

    await user.click(within(dialog).getByRole('button', { name: 'Opslaan…' }));
    await within(dialog).findByText(/is gedownload/);
    expect(downloads).toEqual([view.fileName]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(new TextDecoder().decode((await blob?.arrayBuffer())?.slice(0, 5))).toBe('%PDF-');

    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(api.callsTo('documents.discard')).toEqual([{ jobId }]));
    await expect(api.direct('documents.status', { jobId })).rejects.toThrow(/not_found/);
  }, 30_000);
});
