import { screen, within } from '@testing-library/react';
import type { ReferralFieldsInput, ServiceFieldsInput } from '../../../../main/api/api-types';
import { FakeApi } from '../render-app';

/** Saturday 1 March 2025 at noon: the fake core's first day, so "today" agrees on both sides. */
export const today = '2025-03-01';
export const noon = new Date(2025, 2, 1, 12, 0);

export function addService(api: FakeApi, fields: Partial<ServiceFieldsInput> & { name: string }) {
  return api.direct('directory.create', { fields: { kind: 'meeting_place', format: 'group', phases: ['connect'], ...fields } });
}

/** Anna with a small directory: her GP (one to one, no phases) and a meeting place for the connect phase. */
export async function annaWithDirectory() {
  const api = new FakeApi({ workerName: 'Maria' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  const gp = await addService(api, { name: 'Huisartsenpraktijk Zuid', kind: 'gp', format: 'individual', phases: [], phone: '020 1234567' });
  const linde = await addService(api, { name: 'Buurtkamer De Linde', targetGroups: 'Ouderen in de wijk', phases: ['connect', 'aftercare'] });
  return { api, anna, gp, linde };
}

/**
 * Anna as the phase warning is meant for: the 8-week programme has just started (the calm phase)
 * and her De Jong Gierveld score is very severe (every item answered "min of meer").
 */
export async function severelyLonelyInCalmPhase() {
  const scene = await annaWithDirectory();
  const { api, anna } = scene;
  await api.direct('programme.start', { clientId: anna.id, templateId: 'verbind-8-weeks', firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString() });
  const scales = await api.direct('measures.scales', {});
  const djg = scales.find((scale) => scale.id === 'de-jong-gierveld-11');
  if (!djg) throw new Error('no De Jong Gierveld scale');
  const answers = Object.fromEntries(djg.items.map((item) => [item.id, 'min-of-meer']));
  await api.direct('measures.record', { clientId: anna.id, scaleId: djg.id, moment: 'intake', takenOn: today, answers });
  return scene;
}

export function referralFields(serviceId: string, fields: Partial<ReferralFieldsInput> = {}): ReferralFieldsInput {
  return {
    destination: { source: 'directory', serviceId },
    reason: 'Anna slaapt slecht en piekert veel.',
    question: 'Wilt u Anna zien voor een gesprek?',
    consentOn: today,
    plannedOn: today,
    ...fields,
  };
}

export async function openReferralsTab(user: { click: (element: Element) => Promise<void> }) {
  await user.click(await screen.findByRole('tab', { name: 'Verwijzingen' }));
  return screen.getByRole('tabpanel', { name: 'Verwijzingen' });
}

/** One referral in the tab, found by its destination (its heading). */
export function referral(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

/** The buttons a referral offers, by name, in order. */
export function actions(article: HTMLElement): string[] {
  return within(article)
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
}
