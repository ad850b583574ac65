import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../render-app';
import { renderApp } from '../render-app';
import { allAnswers, djgSix, openMeasuresTab, resultArticles, withClient } from './measures-support';

async function record(api: FakeApi, clientId: string, moment: 'intake' | 'halfway' | 'end', takenOn: string, answers: Record<string, string | null>) {
  return api.direct('measures.record', { clientId, scaleId: 'de-jong-gierveld-11', moment, takenOn, answers });
}

function chart(name: RegExp | string): HTMLElement {
  return screen.getByRole('img', { name });
}

const markers = (svg: Element, series: string) => [...svg.querySelectorAll(`[data-series="${series}"][data-marker]`)];
const cellTexts = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
const lines = (svg: Element, series: string) => [...svg.querySelectorAll(`path[data-line="${series}"]`)];

describe('results and their course over time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-04-01T12:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists results newest first with the total and subscales in words', async () => {
    const { api, anna, scale } = await withClient();
    await record(api, anna.id, 'intake', '2025-03-02', allAnswers(scale('de-jong-gierveld-11'), 'min-of-meer'));
    await record(api, anna.id, 'halfway', '2025-03-30', djgSix());
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openMeasuresTab(user);

    await waitFor(() => expect(resultArticles()).toHaveLength(2));
    const [newest, oldest] = resultArticles();
    expect(within(newest!).getByRole('heading')).toHaveTextContent('30 maart 2025 · Halverwege (week 4) · De Jong Gierveld-eenzaamheidsschaal (11 items)');
    expect(newest).toHaveTextContent('Totaal6 — matig eenzaam');
    expect(newest).toHaveTextContent('Emotionele eenzaamheid3 (op een schaal van 0 tot 6)');
    expect(newest).toHaveTextContent('Sociale eenzaamheid3 (op een schaal van 0 tot 5)');
    expect(within(oldest!).getByRole('heading')).toHaveTextContent('2 maart 2025 · Intake');
    expect(oldest).toHaveTextContent('Totaal11 — zeer ernstig eenzaam');
    expect(screen.getByText('Gebruik de uitkomst als gespreksonderwerp, niet als oordeel.')).toBeInTheDocument();
  });

  it('charts the total and both subscales with two points each, readable without colour, and as a table', async () => {
    const { api, anna, scale } = await withClient();
    await record(api, anna.id, 'intake', '2025-03-02', allAnswers(scale('de-jong-gierveld-11'), 'min-of-meer'));
    await record(api, anna.id, 'halfway', '2025-03-30', djgSix());
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);

    const region = await within(panel).findByRole('region', { name: 'Verloop' });
    const svg = await within(region).findByRole('img', {
      name: 'Totaal van 11 naar 6 tussen 2 maart en 30 maart; Emotioneel van 6 naar 3; Sociaal van 5 naar 3',
    });
    expect(within(region).getByRole('heading', { name: 'De Jong Gierveld-eenzaamheidsschaal (11 items): uitkomsten door de tijd' })).toBeInTheDocument();

    // Two points per line, one line each.
    for (const series of ['total', 'emotional', 'social']) {
      expect(markers(svg, series)).toHaveLength(2);
      expect(lines(svg, series)).toHaveLength(1);
    }
    // Distinct marker shapes and dash patterns, not only colours.
    expect(markers(svg, 'total').map((m) => [m.tagName, m.getAttribute('data-marker')])).toEqual([
      ['circle', 'circle'],
      ['circle', 'circle'],
    ]);
    expect(markers(svg, 'emotional').map((m) => m.getAttribute('data-marker'))).toEqual(['square', 'square']);
    expect(markers(svg, 'social').map((m) => m.getAttribute('data-marker'))).toEqual(['triangle', 'triangle']);
    const dashes = ['total', 'emotional', 'social'].map((series) => lines(svg, series)[0]!.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual([null, '8 4', '2 4']);
    const paths = ['emotional', 'social'].map((series) => markers(svg, series)[0]!.getAttribute('d'));
    expect(new Set(paths).size).toBe(2);
    // Labels at the lines' ends, ticks with values and dates in Dutch.
    expect([...svg.querySelectorAll('[data-end-label]')].map((label) => label.textContent)).toEqual(['Totaal 6', 'Emotioneel 3', 'Sociaal 3']);
    expect([...svg.querySelectorAll('.chart-tick')].map((tick) => tick.textContent)).toEqual(
      expect.arrayContaining(['0', '5', '11', '2 mrt 2025', '30 mrt']),
    );
    // A legend in words.
    const legend = within(region).getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Totaal (doorgetrokken lijn, rondjes)',
      'Emotioneel (streepjeslijn, vierkantjes)',
      'Sociaal (stippellijn, driehoekjes)',
    ]);
    expect(svg.outerHTML).not.toContain('style=');

    await user.click(within(region).getAllByRole('button', { name: 'Toon als tabel' })[0]!);
    const table = within(region).getByRole('table', { name: 'De Jong Gierveld-eenzaamheidsschaal (11 items): uitkomsten door de tijd' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Datum', 'Moment', 'Totaal', 'Emotioneel', 'Sociaal']);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => cellTexts(row));
    expect(rows).toEqual([
      ['2 maart 2025', 'Intake', '11 — zeer ernstig eenzaam', '6', '5'],
      ['30 maart 2025', 'Halverwege (week 4)', '6 — matig eenzaam', '3', '3'],
    ]);
    expect(within(region).queryByRole('img', { name: /^Totaal/ })).not.toBeInTheDocument();
    const back = within(region).getByRole('button', { name: 'Toon als grafiek' });
    expect(back).toHaveFocus();
    await user.click(back);
    expect(chart(/^Totaal van 11 naar 6/)).toBeInTheDocument();
  });

  it('shows an incomplete score as a gap in the line, with a note, and a partial total as an open marker', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    await record(api, anna.id, 'intake', '2025-03-02', allAnswers(djg, 'min-of-meer'));
    await record(api, anna.id, 'halfway', '2025-03-09', { ...allAnswers(djg, 'min-of-meer'), emptiness: null });
    await record(api, anna.id, 'end', '2025-03-16', { ...allAnswers(djg, 'ja'), emptiness: null, 'miss-company': null });
    await record(api, anna.id, 'end', '2025-03-30', djgSix());
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);

    const svg = await within(panel).findByRole('img', { name: /^Totaal van 11 naar 6 tussen 2 maart en 30 maart/ });
    // Total: 11, 10 (based on 10 of 11, open marker), gap, 6.
    expect(markers(svg, 'total')).toHaveLength(3);
    expect(markers(svg, 'total').map((m) => m.getAttribute('data-hollow'))).toEqual([null, 'true', null]);
    expect(lines(svg, 'total')).toHaveLength(1);
    // Emotional: 6, gap, gap, 3: no line joins across the gaps.
    expect(markers(svg, 'emotional')).toHaveLength(2);
    expect(lines(svg, 'emotional')).toHaveLength(0);
    const region = within(panel).getByRole('region', { name: 'Verloop' });
    expect(region).toHaveTextContent('9 maart 2025: Emotioneel onvolledig, daar loopt de lijn niet door.');
    expect(region).toHaveTextContent('9 maart 2025: open symbool, het totaal is gebaseerd op 10 van 11 vragen.');
    expect(region).toHaveTextContent('16 maart 2025: Totaal en Emotioneel onvolledig, daar loopt de lijn niet door.');

    await user.click(within(region).getAllByRole('button', { name: 'Toon als tabel' })[0]!);
    const rows = within(within(region).getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Halverwege (week 4)',
      '10 — ernstig eenzaam (op basis van 10 van 11 vragen)',
      'onvolledig',
      '5',
    ]);
    expect(within(rows[2]!).getAllByRole('cell')[1]).toHaveTextContent(/^onvolledig$/);
  });

  it('charts the session stress check-ins on their own 0–10 axis with the "still high" line from Settings', async () => {
    const { api, anna } = await withClient({ stressThreshold: 6 });
    const [template] = await api.direct('programme.templates', {});
    const run = await api.direct('programme.start', { clientId: anna.id, templateId: template!.id, firstSessionAt: '2025-03-03T10:00:00+01:00' });
    for (const [session, before, after] of [
      [1, 8, 7],
      [2, 7, 5],
    ] as const) {
      await api.direct('programme.saveSession', {
        clientId: anna.id,
        runId: run.id,
        session,
        fields: { attendance: 'attended', stressBefore: before, stressAfter: after },
      });
    }
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);

    const svg = await within(panel).findByRole('img', {
      name: 'Voor de sessie van 8 naar 7 tussen 3 maart en 10 maart; Na de sessie van 7 naar 5; nog hoog vanaf 6',
    });
    expect(markers(svg, 'before').map((m) => m.getAttribute('data-marker'))).toEqual(['circle', 'circle']);
    expect(markers(svg, 'after').map((m) => m.getAttribute('data-marker'))).toEqual(['square', 'square']);
    expect(svg.querySelector('[data-reference]')).toHaveAttribute('data-reference', '6');
    expect([...svg.querySelectorAll('.chart-tick')].map((tick) => tick.textContent)).toEqual(expect.arrayContaining(['0', '10']));
    expect(within(panel).getByText('De grafiek verschijnt na de eerste meting.')).toBeInTheDocument();

    const figure = svg.closest('figure')!;
    await user.click(within(figure).getByRole('button', { name: 'Toon als tabel' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => cellTexts(row))).toEqual([
      ['3 maart 2025', 'Sessie 1', '8', '7'],
      ['10 maart 2025', 'Sessie 2', '7', '5'],
    ]);
  });

  it('asks before deleting a result; cancelling keeps it', async () => {
    const { api, anna, scale } = await withClient();
    await record(api, anna.id, 'intake', '2025-03-02', allAnswers(scale('de-jong-gierveld-11'), 'min-of-meer'));
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    await openMeasuresTab(user);
    await waitFor(() => expect(resultArticles()).toHaveLength(1));

    await user.click(within(resultArticles()[0]!).getByRole('button', { name: 'Verwijderen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Meting verwijderen?' });
    expect(dialog).toHaveAccessibleDescription(
      'De meting van 2 maart 2025 (Intake, De Jong Gierveld-eenzaamheidsschaal (11 items)) wordt verwijderd, met alle antwoorden. Dit kun je niet ongedaan maken.',
    );
    expect(within(dialog).getByRole('button', { name: 'Niet verwijderen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Niet verwijderen' }));
    expect(api.callsTo('measures.delete')).toEqual([]);
    expect(resultArticles()).toHaveLength(1);

    await user.click(within(resultArticles()[0]!).getByRole('button', { name: 'Verwijderen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('De meting is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(resultArticles()).toHaveLength(0));
    expect(screen.getByText('Nog geen metingen. Vul bij de intake een vragenlijst in.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Uitkomsten' })).toHaveFocus();
    expect(await api.direct('measures.list', { clientId: anna.id })).toEqual([]);
  });

  it('shows the latest result per scale on the overview, and "Nog geen metingen" before any', async () => {
    const { api, anna, scale } = await withClient();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const card = await screen.findByRole('region', { name: 'Laatste meting' });
    expect(await within(card).findByText('Nog geen metingen')).toBeInTheDocument();

    await record(api, anna.id, 'intake', '2025-03-02', allAnswers(scale('de-jong-gierveld-11'), 'min-of-meer'));
    await record(api, anna.id, 'halfway', '2025-03-30', djgSix());
    await api.direct('measures.record', {
      clientId: anna.id,
      scaleId: 'ucla-3',
      moment: 'intake',
      takenOn: '2025-03-02',
      answers: allAnswers(scale('ucla-3'), 'often'),
    });
    // Any change on the file reloads the overview; here: a result deleted in the Metingen tab.
    const panel = await openMeasuresTab(user);
    await waitFor(() => expect(resultArticles()).toHaveLength(3));
    const ucla = resultArticles().find((article) => article.textContent?.includes('UCLA'))!;
    void panel;
    await user.click(within(ucla).getByRole('button', { name: 'Verwijderen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
    await user.click(screen.getByRole('tab', { name: 'Overzicht' }));

    await waitFor(() => expect(within(card).getAllByRole('listitem')).toHaveLength(1));
    expect(within(card).getByRole('listitem')).toHaveTextContent('De Jong Gierveld-eenzaamheidsschaal (11 items)6 — matig eenzaam op 30 maart 2025');
  });
});
