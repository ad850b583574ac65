import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { DocumentsStub } from './documents-stub';

// Saturday 1 March 2025, the fake core's first day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const templateId = 'verbind-8-weeks';

async function withProgramme() {
  const api = new DocumentsStub({ workerName: 'Maria' });
  const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
  const run = await api.direct('programme.start', { clientId: zoe.id, templateId, firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString() });
  return { api, zoe, run };
}

describe('where documents are made', () => {
  it('offers the progress report on the overview', async () => {
    const { api, zoe } = await withProgramme();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}` });

    const card = await screen.findByRole('region', { name: 'Documenten' });
    await user.click(within(card).getByRole('button', { name: 'Voortgangsverslag maken' }));

    expect(screen.getByRole('dialog', { name: 'Voortgangsverslag maken' })).toBeInTheDocument();
    expect(api.callsTo('documents.start')).toEqual([{ request: { kind: 'progressReport', language: 'nl', clientId: zoe.id } }]);
  });

  it("offers a phase's handouts of the client's template version on the Programma tab", async () => {
    const { api, zoe, run } = await withProgramme();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme` });

    const card = await screen.findByRole('region', { name: 'Documenten' });
    expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Hand-outs fase Tot rust komen',
      'Hand-outs fase Relatievaardigheden',
      'Hand-outs fase Verbinden en volhouden',
      'Voortgangsverslag maken',
    ]);
    await user.click(within(card).getByRole('button', { name: 'Hand-outs fase Relatievaardigheden' }));

    const dialog = screen.getByRole('dialog', { name: 'Hand-outs fase Relatievaardigheden' });
    expect(within(dialog).getByRole('checkbox', { name: 'Grote letters' })).not.toBeChecked();
    expect(api.callsTo('documents.start')).toEqual([
      {
        request: { kind: 'handout', language: 'nl', templateId, templateVersion: run.templateVersion, scope: { by: 'phase', phase: 'skills' }, largeType: false },
      },
    ]);
  });

  it("offers the session's handout on the session page", async () => {
    const { api, zoe, run } = await withProgramme();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/3` });

    await user.click(await screen.findByRole('button', { name: 'Hand-out bijeenkomst 3' }));

    expect(screen.getByRole('dialog', { name: 'Hand-out bijeenkomst 3' })).toBeInTheDocument();
    expect(api.callsTo('documents.start')).toEqual([
      { request: { kind: 'handout', language: 'nl', templateId, templateVersion: run.templateVersion, scope: { by: 'session', session: 3 }, largeType: false } },
    ]);
  });

  it('prints blank handouts from a template', async () => {
    const api = new DocumentsStub();
    const { user } = renderApp({ api, hash: `#/programmes/${templateId}` });

    const card = await screen.findByRole('region', { name: 'Hand-outs printen' });
    expect(within(card).getByRole('button', { name: 'Hand-outs fase Tot rust komen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hand-out bijeenkomst 8' }));

    expect(api.callsTo('documents.start')).toEqual([
      { request: { kind: 'handout', language: 'nl', templateId, templateVersion: 1, scope: { by: 'session', session: 8 }, largeType: false } },
    ]);
  });
});
