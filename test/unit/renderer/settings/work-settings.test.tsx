import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

describe('settings: your name and the attention threshold', () => {
  it('shows the saved values and saves new ones, with a confirmation', async () => {
    const api = new FakeApi({ workerName: 'Maria', attentionWeeks: 4 });
    const { user } = renderApp({ api, hash: '#/settings' });

    const name = await screen.findByLabelText('Jouw naam');
    const weeks = screen.getByLabelText('Aandacht na weken zonder contact');
    expect(name).toHaveValue('Maria');
    expect(weeks).toHaveValue(4);
    expect(name).toHaveAccessibleDescription('Staat bij de contacten die je vastlegt en in het logboek van wijzigingen.');

    await user.clear(name);
    await user.type(name, '  Maria Jansen ');
    await user.clear(weeks);
    await user.type(weeks, '6');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je instellingen zijn opgeslagen.')).toBeInTheDocument();
    expect(api.preferences).toMatchObject({ workerName: 'Maria Jansen', attentionWeeks: 6 });
    expect(name).toHaveValue('Maria Jansen');

    await user.type(name, 'x');
    expect(screen.queryByText('Je instellingen zijn opgeslagen.')).not.toBeInTheDocument();
  });

  it.each(['0', '53', ''])('refuses %j weeks with the message from the main process, beside the field', async (typed) => {
    const api = new FakeApi({ attentionWeeks: 4 });
    const { user } = renderApp({ api, hash: '#/settings' });
    const weeks = await screen.findByLabelText('Aandacht na weken zonder contact');

    await user.clear(weeks);
    if (typed !== '') await user.type(weeks, typed);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const message = 'Vul een heel aantal weken in, van 1 tot en met 52.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(weeks).toHaveAccessibleDescription(expect.stringContaining(message));
    await waitFor(() => expect(weeks).toHaveFocus());
    expect(screen.queryByText('Je instellingen zijn opgeslagen.')).not.toBeInTheDocument();
    expect(api.preferences.attentionWeeks).toBe(4);
  });

  it('refuses a name longer than 100 characters', async () => {
    const { user } = renderApp({ hash: '#/settings' });
    const name = await screen.findByLabelText('Jouw naam');

    await user.click(name);
    await user.paste('a'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Deze tekst is te lang. Gebruik hoogstens 100 tekens.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('speaks English', async () => {
    renderApp({ api: new FakeApi({ language: 'en' }), hash: '#/settings' });

    expect(await screen.findByLabelText('Your name')).toBeInTheDocument();
    expect(screen.getByLabelText('Attention after weeks without contact')).toHaveValue(4);
    expect(screen.getByRole('heading', { level: 2, name: 'You and your caseload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });
});
