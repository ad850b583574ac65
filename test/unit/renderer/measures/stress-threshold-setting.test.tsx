import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

describe('settings: when stress is still high', () => {
  it('shows the default 5 and saves another threshold', async () => {
    const api = new FakeApi();
    const { user } = renderApp({ api, hash: '#/settings' });

    const threshold = await screen.findByLabelText('Spanning is nog hoog vanaf');
    expect(threshold).toHaveValue(5);
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining('Gebruikelijk is 5'));

    await user.clear(threshold);
    await user.type(threshold, '7');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je instellingen zijn opgeslagen.')).toBeInTheDocument();
    expect(api.preferences.stressThreshold).toBe(7);
    expect(api.callsTo('preferences.update').at(-1)).toMatchObject({ stressThreshold: 7 });
  });

  it.each(['0', '11', ''])('refuses %j with the message from the main process, beside the field', async (typed) => {
    const api = new FakeApi({ stressThreshold: 6 });
    const { user } = renderApp({ api, hash: '#/settings' });
    const threshold = await screen.findByLabelText('Spanning is nog hoog vanaf');
    expect(threshold).toHaveValue(6);

    await user.clear(threshold);
    if (typed !== '') await user.type(threshold, typed);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const message = 'Vul een heel getal in, van 1 tot en met 10.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining(message));
    await waitFor(() => expect(threshold).toHaveFocus());
    expect(api.preferences.stressThreshold).toBe(6);
  });

  it('speaks English', async () => {
    renderApp({ api: new FakeApi({ language: 'en' }), hash: '#/settings' });
    expect(await screen.findByLabelText('Stress is still high from')).toHaveValue(5);
  });
});
