import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

const clientCount = 2000;

/** Family names that sort in creation order: Client 0000 … Client 1999. */
async function largeCaseload(): Promise<FakeApi> {
  const api = new FakeApi();
  for (let n = 0; n < clientCount; n++) {
    await api.direct('clients.create', { givenName: 'Test', familyName: `Client ${String(n).padStart(4, '0')}` });
  }
  return api;
}

describe('a caseload of 2,000 clients', () => {
  it('renders only a window of rows, announces the count, and the keyboard reaches every row', { timeout: 60_000 }, async () => {
    const { user } = renderApp({ api: await largeCaseload(), hash: '#/caseload' });

    const grid = await screen.findByRole('grid', { name: 'Cliënten in je caseload' });
    expect(screen.getByRole('status')).toHaveTextContent('2000 cliënten');
    expect(grid).toHaveAttribute('aria-rowcount', String(clientCount + 1));
    const bodyRows = () => within(grid).getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(60);

    // One tab stop for the whole list.
    const first = within(grid).getByRole('row', { name: /Client 0000, Test/ });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(expect.stringMatching(/^Client 0002, Test/));

    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(clientCount + 1)));
    expect(document.activeElement).toHaveAccessibleName(expect.stringMatching(/^Client 1999, Test/));
    expect(bodyRows().length).toBeLessThan(60);

    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName(expect.stringMatching(/^Client 1998, Test/));

    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '2'));

    await user.keyboard('{PageDown}');
    const afterPage = Number(document.activeElement?.getAttribute('aria-rowindex'));
    expect(afterPage).toBeGreaterThan(2);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/clients\/[0-9a-f-]+$/));
  });
});
