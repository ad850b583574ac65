import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { openMeasuresTab, resultArticles, withClient } from './measures-support';

describe('filling in a questionnaire', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-03-02T12:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the De Jong Gierveld 11 items exactly as defined, as radio groups, with the source under them', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);

    expect(within(panel).getByText('Nog geen metingen. Vul bij de intake een vragenlijst in.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));

    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });
    expect(within(form).getByLabelText('Vragenlijst')).toHaveFocus();
    expect(within(form).getByLabelText('Vragenlijst')).toHaveDisplayValue('De Jong Gierveld-eenzaamheidsschaal (11 items)');
    expect(within(form).getByLabelText('Moment')).toHaveDisplayValue('Intake');
    expect(within(form).getByLabelText('Datum')).toHaveValue('2025-03-02');
    expect(
      within(within(form).getByLabelText('Moment'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Intake', 'Halverwege (week 4)', 'Einde (week 8)', 'Follow-up (3 maanden)', 'Anders']);
    expect(
      within(within(form).getByLabelText('Vragenlijst'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['De Jong Gierveld-eenzaamheidsschaal (11 items)', 'De Jong Gierveld-eenzaamheidsschaal, korte versie (6 items)', 'UCLA-eenzaamheidsschaal (3 items)']);

    expect(within(form).getByRole('heading', { name: djg.name.nl })).toBeInTheDocument();
    expect(within(form).getByText(djg.usageNote.nl)).toBeInTheDocument();

    const items = within(form).getByRole('list', { name: `Vragen van de ${djg.name.nl}` });
    const groups = within(items).getAllByRole('group');
    expect(groups).toHaveLength(11);
    groups.forEach((group, index) => {
      const item = djg.items[index]!;
      expect(group).toHaveAccessibleName(item.text.nl);
      expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['ja', 'min of meer', 'nee']);
    });
    expect(within(items).getAllByRole('listitem').map((li) => li.getAttribute('value'))).toEqual(djg.items.map((item) => String(item.number)));
    // No translation note for a scale published in Dutch.
    expect(within(form).queryByText('vertaling, niet gevalideerd')).not.toBeInTheDocument();

    // The source, exactly, after the items.
    const source = within(form).getByText(djg.source);
    expect(source.tagName).toBe('CITE');
    expect(source.parentElement).toHaveTextContent(`Bron: ${djg.source}`);
    expect(groups.at(-1)!.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('answering every item "min of meer" saves a total of 11, very severely lonely, and focuses the result', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });

    for (const item of djg.items) {
      await user.click(within(within(form).getByRole('group', { name: item.text.nl! })).getByRole('radio', { name: 'min of meer' }));
    }
    expect(within(form).getByText('11 van 11 vragen beantwoord.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Notitie (niet verplicht)'), 'Wil graag praten over de buurt.');
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));

    expect(await screen.findByText('De meting is opgeslagen. Totaal: 11 — zeer ernstig eenzaam.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Vragenlijst invullen' })).not.toBeInTheDocument();
    expect(api.callsTo('measures.record')).toEqual([
      {
        clientId: anna.id,
        scaleId: 'de-jong-gierveld-11',
        moment: 'intake',
        takenOn: '2025-03-02',
        answers: Object.fromEntries(djg.items.map((item) => [item.id, 'min-of-meer'])),
        note: 'Wil graag praten over de buurt.',
      },
    ]);

    await waitFor(() => expect(resultArticles()).toHaveLength(1));
    const [result] = resultArticles();
    const heading = within(result!).getByRole('heading', { name: '2 maart 2025 · Intake · De Jong Gierveld-eenzaamheidsschaal (11 items)' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(result).toHaveTextContent('Totaal11 — zeer ernstig eenzaam');
    expect(result).toHaveTextContent('Emotionele eenzaamheid6 (op een schaal van 0 tot 6)');
    expect(result).toHaveTextContent('Sociale eenzaamheid5 (op een schaal van 0 tot 5)');
    expect(result).toHaveTextContent('Notitie: Wil graag praten over de buurt.');
    expect(screen.getByText('Gebruik de uitkomst als gespreksonderwerp, niet als oordeel.')).toBeInTheDocument();

    // The next questionnaire suggests the next planned moment.
    await user.click(screen.getByRole('button', { name: 'Vragenlijst invullen' }));
    expect(screen.getByLabelText('Moment')).toHaveDisplayValue('Halverwege (week 4)');
  });

  it('allows an item to stay open: the total is "based on 10 of 11", the subscale with it is incomplete', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });

    for (const item of djg.items) {
      await user.click(within(within(form).getByRole('group', { name: item.text.nl! })).getByRole('radio', { name: 'min of meer' }));
    }
    // Answered by mistake: clear it again; focus stays in that question.
    const first = within(form).getByRole('group', { name: djg.items[0]!.text.nl! });
    await user.click(within(first).getByRole('button', { name: 'Wis antwoord op vraag 1' }));
    expect(within(first).getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(within(first).getByRole('radio', { name: 'ja' })).toHaveFocus();
    expect(within(form).getByText('10 van 11 vragen beantwoord.')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));
    await waitFor(() => expect(resultArticles()).toHaveLength(1));
    const [result] = resultArticles();
    expect(result).toHaveTextContent('Totaal10 — ernstig eenzaam, op basis van 10 van 11 vragen');
    expect(result).toHaveTextContent('Sociale eenzaamheidonvolledig (4 van 5 vragen beantwoord)');
    expect(api.callsTo('measures.record')[0]?.answers['daily-problems']).toBeNull();
  });

  it('moves through an item with the arrow keys, as a radio group', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const group = screen.getByRole('group', { name: djg.items[1]!.text.nl! });

    await user.click(within(group).getByRole('radio', { name: 'ja' }));
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'min of meer' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'min of meer' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'nee' })).toBeChecked();
    // Other questions are untouched.
    const third = screen.getByRole('group', { name: djg.items[2]!.text.nl! });
    expect(within(third).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it('shows the UCLA items in Dutch with the note "vertaling, niet gevalideerd" and the English original', async () => {
    const { api, anna, scale } = await withClient();
    const ucla = scale('ucla-3');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });
    await user.selectOptions(within(form).getByLabelText('Vragenlijst'), 'UCLA-eenzaamheidsschaal (3 items)');

    expect(within(form).getByText('vertaling, niet gevalideerd')).toBeInTheDocument();
    const groups = within(form).getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual(ucla.items.map((item) => item.text.nl));
    groups.forEach((group, index) => {
      expect(group).toHaveAccessibleDescription(`Origineel: ${ucla.items[index]!.text.en}`);
      expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['bijna nooit', 'soms', 'vaak']);
    });
    expect(within(form).getByText(ucla.source)).toBeInTheDocument();

    // UCLA has no official cut-off: the score stands on its own range, without band words.
    for (const group of groups) await user.click(within(group).getByRole('radio', { name: 'soms' }));
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));
    await waitFor(() => expect(resultArticles()).toHaveLength(1));
    expect(resultArticles()[0]).toHaveTextContent('Totaal6 (op een schaal van 3 tot 9)');
  });

  it('shows the published English UCLA items without a translation note in English', async () => {
    const { api, anna, scale } = await withClient({ language: 'en' });
    const ucla = scale('ucla-3');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user, 'Measures');
    await user.click(within(panel).getByRole('button', { name: 'Fill in a questionnaire' }));
    const form = screen.getByRole('form', { name: 'Fill in a questionnaire' });
    await user.selectOptions(within(form).getByLabelText('Questionnaire'), 'UCLA 3-item Loneliness Scale');

    expect(within(form).getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual(ucla.items.map((item) => item.text.en));
    expect(within(form).queryByText('vertaling, niet gevalideerd')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Moment')).toHaveDisplayValue('Intake');
    expect(within(form).getByLabelText('Date')).toHaveValue('2025-03-02');
    expect(within(form).getByRole('button', { name: 'Save measurement' })).toBeInTheDocument();
    expect(within(form).getByText(ucla.source).parentElement).toHaveTextContent(`Source: ${ucla.source}`);
  });

  it('keeps the form and shows the message when the date is refused', async () => {
    const { api, anna } = await withClient();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });
    await user.click(within(form).getAllByRole('radio', { name: 'nee' })[0]!);
    const date = within(form).getByLabelText('Datum');
    await user.clear(date);
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));

    expect(await within(form).findByText('Vul een geldige datum in.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(date).toHaveFocus());
    expect(await api.direct('measures.list', { clientId: anna.id })).toEqual([]);
  });

  it('does not save a questionnaire with no answer at all', async () => {
    const { api, anna, scale } = await withClient();
    const djg = scale('de-jong-gierveld-11');
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    const form = screen.getByRole('form', { name: 'Vragenlijst invullen' });
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('Beantwoord minstens één vraag.');
    const first = within(form).getByRole('group', { name: djg.items[0]!.text.nl! });
    expect(within(first).getByRole('radio', { name: 'ja' })).toHaveFocus();
    expect(api.callsTo('measures.record')).toEqual([]);
    await user.click(within(first).getByRole('radio', { name: 'nee' }));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cancelling returns focus to "Vragenlijst invullen"', async () => {
    const { api, anna } = await withClient();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openMeasuresTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Vragenlijst invullen' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('form', { name: 'Vragenlijst invullen' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Vragenlijst invullen' })).toHaveFocus());
  });
});
