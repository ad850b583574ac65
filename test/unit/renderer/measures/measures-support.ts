import { screen, within } from '@testing-library/react';
import type { ScaleDefinition } from '../../../../main/api/api-types';
import { FakeApi } from '../render-app';

/** A client with nothing measured yet, and the scale definitions as the real core serves them. */
export async function withClient(options: ConstructorParameters<typeof FakeApi>[0] = {}) {
  const api = new FakeApi({ workerName: 'Maria', ...options });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  const scales = await api.direct('measures.scales', {});
  const scale = (id: string): ScaleDefinition => {
    const found = scales.find((definition) => definition.id === id);
    if (!found) throw new Error(`no scale ${id}`);
    return found;
  };
  return { api, anna, scale };
}

/** De Jong Gierveld 11 answers: every item the same option. */
export function allAnswers(definition: ScaleDefinition, value: string | null): Record<string, string | null> {
  return Object.fromEntries(definition.items.map((item) => [item.id, value]));
}

/**
 * De Jong Gierveld 11 answers scoring emotional 3 (of 6) and social 3 (of 5): total 6. Emotional
 * items score "ja"; social items score "nee".
 */
export function djgSix(): Record<string, string> {
  return {
    'miss-close-friend': 'ja',
    emptiness: 'ja',
    'miss-company': 'ja',
    'circle-too-limited': 'nee',
    'miss-people-around': 'nee',
    'feel-rejected': 'nee',
    'daily-problems': 'nee',
    'plenty-to-lean-on': 'nee',
    'trust-completely': 'nee',
    'enough-close': 'ja',
    'call-on-friends': 'ja',
  };
}

export async function openMeasuresTab(user: { click: (element: Element) => Promise<void> }, name = 'Metingen') {
  await user.click(await screen.findByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}

export function resultArticles(): HTMLElement[] {
  const region = screen.getByRole('region', { name: 'Uitkomsten' });
  return within(region).queryAllByRole('article');
}
