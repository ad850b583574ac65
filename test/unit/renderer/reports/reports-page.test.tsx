import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentsStub } from '../documents/documents-stub';
import { djgSix } from '../measures/measures-support';
import { renderApp } from '../render-app';

const scaleId = 'de-jong-gierveld-11';
/** Scores 0: every emotional item answered "nee", every social item "ja". */
const emotionalItems = ['miss-close-friend', 'emptiness', 'miss-company', 'circle-too-limited', 'miss-people-around', 'feel-rejected'];
const djgZero = (): Record<string, string> =>
  Object.fromEntries(Object.keys(djgSix()).map((item) => [item, emotionalItems.includes(item) ? 'nee' : 'ja']));

/** Anna 6 → 0, Bob 6 → 6, Carla only measured at intake. */
async function seededCaseload() {
  const api = new DocumentsStub({ workerName: 'Maria' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active', ageGroup: 'older_adult' });
  const bob = await api.addClient({ givenName: 'Bob', familyName: 'Smit', status: 'active', ageGroup: 'adult' });
  const carla = await api.addClient({ givenName: 'Carla', familyName: 'Visser', status: 'intake' });
  const record = (clientId: string, moment: 'intake' | 'end', answers: Record<string, string>, takenOn: string) =>
    api.direct('measures.record', { clientId, scaleId, moment, takenOn, answers });
  await record(anna.id, 'intake', djgSix(), '2025-01-06');
  await record(anna.id, 'end', djgZero(), '2025-02-28');
  await record(bob.id, 'intake', djgSix(), '2025-01-07');
  await record(bob.id, 'end', djgSix(), '2025-02-27');
  await record(carla.id, 'intake', djgSix(), '2025-02-10');
  return api;
}

describe('the reports page', () => {
  it('is in the menu', async () => {
    const { user } = renderApp({ hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('link', { name: 'Rapportages' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapportages' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/reports');
  });

  it('counts the caseload by status and age group, without names', async () => {
    renderApp({ api: await seededCaseload(), hash: '#/reports' });
    const section = await screen.findByRole('region', { name: 'Je caseload nu' });

    expect(await within(section).findByText('3 cliënten in totaal')).toBeInTheDocument();
    const byStatus = within(section).getByRole('table', { name: 'Per status' });
    expect(within(byStatus).getByRole('row', { name: 'Actief 2' })).toBeInTheDocument();
    expect(within(byStatus).getByRole('row', { name: 'Intake 1' })).toBeInTheDocument();
    expect(within(byStatus).getByRole('row', { name: 'Afgesloten 0' })).toBeInTheDocument();
    const byAge = within(section).getByRole('table', { name: 'Per leeftijdsgroep' });
    expect(within(byAge).getByRole('row', { name: 'Oudere 1' })).toBeInTheDocument();
    expect(within(byAge).getByRole('row', { name: 'Niet ingevuld 1' })).toBeInTheDocument();
    expect(screen.queryByText(/Anna|Bob|Carla/)).not.toBeInTheDocument();
  });

  it("shows the caseload's average change between the chosen moments", async () => {
    const api = await seededCaseload();
    const { user } = renderApp({ api, hash: '#/reports' });
    const section = await screen.findByRole('region', { name: 'Verandering in scores' });

    const scale = await within(section).findByRole('combobox', { name: 'Vragenlijst' });
    await user.selectOptions(scale, within(scale).getByRole('option', { name: /De Jong Gierveld.*11/ }));
    expect(within(section).getByRole('combobox', { name: 'Van moment' })).toHaveValue('intake');
    expect(within(section).getByRole('combobox', { name: 'Naar moment' })).toHaveValue('end');

    const table = await within(section).findByRole('table');
    const total = within(table).getByRole('row', { name: /^Totaalscore/ });
    expect(within(total).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['6,0', '3,0', expect.stringMatching(/^[-−]3,0$/), '2']);
    expect(within(table).getByRole('columnheader', { name: 'Gemiddeld bij Intake' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Emotionele eenzaamheid/ })).toBeInTheDocument();
    expect(within(section).getByText('Gebaseerd op 2 cliënten.')).toBeInTheDocument();
    expect(within(section).getByText(/1 cliënt met deze vragenlijst telt niet mee/)).toBeInTheDocument();
    expect(api.callsTo('measures.caseloadChange').at(-1)).toEqual({ scaleId, from: 'intake', to: 'end' });

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Naar moment' }), 'Halverwege (week 4)');
    expect(await within(section).findByText('Nog geen cliënten met een meting op beide momenten.')).toBeInTheDocument();

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Naar moment' }), 'Intake');
    expect(within(section).getByText('Kies twee verschillende momenten.')).toBeInTheDocument();
  });

  it('makes the caseload summary PDF for the chosen period', async () => {
    const api = await seededCaseload();
    const { user } = renderApp({ api, hash: '#/reports' });
    const section = await screen.findByRole('region', { name: 'Overzicht als PDF' });

    await user.type(within(section).getByLabelText('Van'), '2025-01-01');
    await user.type(within(section).getByLabelText('Tot en met'), '2025-03-31');
    await user.click(within(section).getByRole('button', { name: 'Caseloadoverzicht maken (PDF)' }));

    const dialog = screen.getByRole('dialog', { name: 'Caseloadoverzicht maken (PDF)' });
    await within(dialog).findByRole('button', { name: 'Opslaan…' }, { timeout: 3000 });
    expect(api.callsTo('documents.start')).toEqual([{ request: { kind: 'caseloadSummary', language: 'nl', from: '2025-01-01', to: '2025-03-31' } }]);
  });

  it('refuses a period that ends before it starts', async () => {
    const { user } = renderApp({ api: await seededCaseload(), hash: '#/reports' });
    const section = await screen.findByRole('region', { name: 'Overzicht als PDF' });

    await user.type(within(section).getByLabelText('Van'), '2025-03-01');
    await user.type(within(section).getByLabelText('Tot en met'), '2025-02-01');

    expect(within(section).getByText('De einddatum ligt vóór de begindatum. Kies een einddatum op of na 1 maart 2025.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Tot en met')).toHaveAttribute('aria-invalid', 'true');
    expect(within(section).getByRole('button', { name: 'Caseloadoverzicht maken (PDF)' })).toBeDisabled();
  });

  it('says so when there is no caseload yet', async () => {
    renderApp({ hash: '#/reports' });
    const section = await screen.findByRole('region', { name: 'Je caseload nu' });
    expect(await within(section).findByText('Er staan nog geen cliënten in Verbind.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Nog geen cliënten met een meting op beide momenten.')).toBeInTheDocument());
  });

  it('speaks English', async () => {
    renderApp({ api: new DocumentsStub({ language: 'en' }), hash: '#/reports' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make caseload summary (PDF)' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Questionnaire' })).toBeInTheDocument();
  });
});
