import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maxLogoBytes as mainMaxLogoBytes } from '../../../../main/services/preferences/preferences-schema';
import { maxLogoBytes } from '../../../../renderer/settings/logo-file';
import { FakeApi, renderApp } from '../render-app';

const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(pngHeader);
  return new File([bytes], 'logo.png', { type: 'image/png' });
};

/** The section once the stored preferences have filled its form. */
async function organisationSection(name = 'Organisatie en afzender', save = 'Organisatiegegevens opslaan') {
  const section = await screen.findByRole('region', { name });
  await within(section).findByRole('button', { name: save });
  return section;
}

describe('settings: organisation and sender', () => {
  it('saves the organisation and the worker as sender', async () => {
    const { api, user } = renderApp({ hash: '#/settings' });
    const section = await organisationSection();

    const typeInto = async (label: string, text: string) => user.type(within(section).getByLabelText(label), text);
    await typeInto('Naam van de organisatie', 'Welzijn Noord');
    await typeInto('Adres van de organisatie', 'Dorpsstraat 1{Enter}1234 AB Ergens');
    await typeInto('Telefoonnummer van de organisatie', '020 123 45 67');
    await typeInto('E-mailadres van de organisatie', 'info@welzijnnoord.nl');
    await typeInto('Jouw functie', 'maatschappelijk werker');
    await typeInto('Jouw telefoonnummer', '06 12345678');
    await typeInto('Jouw e-mailadres', 'maria@welzijnnoord.nl');
    await user.click(within(section).getByRole('button', { name: 'Organisatiegegevens opslaan' }));

    expect(await within(section).findByText('De gegevens van je organisatie zijn opgeslagen.')).toBeInTheDocument();
    expect(api.preferences).toMatchObject({
      organisationName: 'Welzijn Noord',
      organisationAddress: 'Dorpsstraat 1\n1234 AB Ergens',
      organisationPhone: '020 123 45 67',
      organisationEmail: 'info@welzijnnoord.nl',
      workerRole: 'maatschappelijk werker',
      workerPhone: '06 12345678',
      workerEmail: 'maria@welzijnnoord.nl',
    });
    expect(within(section).getByLabelText('Jouw functie')).toHaveAccessibleDescription(expect.stringContaining('Staat onder je naam in brieven.'));
  });

  it('shows a picked logo, saves it as a data URL and removes it again', async () => {
    const { api, user } = renderApp({ hash: '#/settings' });
    const section = await organisationSection();
    expect(within(section).getByText('Nog geen logo gekozen.')).toBeInTheDocument();

    await user.upload(within(section).getByLabelText('Logo kiezen…'), png());
    const preview = await within(section).findByRole('img', { name: 'Voorbeeld van het logo' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(within(section).getByText(/Nieuw logo gekozen/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Organisatiegegevens opslaan' }));
    await within(section).findByText('De gegevens van je organisatie zijn opgeslagen.');
    expect(api.preferences.organisationLogo).toBe(preview.getAttribute('src'));
    expect(within(section).queryByText(/Nieuw logo gekozen/)).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Logo weghalen' }));
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(section).getByText('Het logo wordt weggehaald als je opslaat.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Organisatiegegevens opslaan' }));
    await waitFor(() => expect(api.preferences.organisationLogo).toBe(''));
  });

  it('refuses a logo over 512 KB before sending anything', async () => {
    const { api, user } = renderApp({ hash: '#/settings' });
    const section = await organisationSection();
    const input = within(section).getByLabelText('Logo kiezen…');

    await user.upload(input, png(maxLogoBytes + 1));

    const message = 'Dit logo is te groot. Kies een bestand van hoogstens 512 kB.';
    expect(await within(section).findByText(message)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(api.callsTo('preferences.update').filter((input) => 'organisationLogo' in input)).toEqual([]);
  });

  it('refuses a file that is not a PNG or JPEG, whatever its name says', async () => {
    const { user } = renderApp({ hash: '#/settings' });
    const section = await organisationSection();

    const gif = new File([new TextEncoder().encode('GIF89a…')], 'logo.png', { type: 'image/png' });
    await user.upload(within(section).getByLabelText('Logo kiezen…'), gif);

    expect(await within(section).findByText('Dit bestand is geen PNG- of JPEG-afbeelding. Kies een logo als .png of .jpg.')).toBeInTheDocument();
  });

  it("shows main's refusal of the logo beside it", async () => {
    const api = new FakeApi().failWith('preferences.update', {
      code: 'invalid_input',
      messageKey: 'errors:invalidInput',
      issues: [{ path: ['organisationLogo'], messageKey: 'settings:validation.logoTooLarge' }],
    });
    const { user } = renderApp({ api, hash: '#/settings' });
    const section = await organisationSection();

    await user.click(within(section).getByRole('button', { name: 'Organisatiegegevens opslaan' }));

    expect(await within(section).findByText('Dit logo is te groot. Kies een bestand van hoogstens 512 kB.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByLabelText('Logo kiezen…')).toHaveFocus());
  });

  it('names the limit of a text main found too long', async () => {
    const api = new FakeApi().failWith('preferences.update', {
      code: 'invalid_input',
      messageKey: 'errors:invalidInput',
      issues: [{ path: ['organisationAddress'], messageKey: 'settings:validation.tooLong' }],
    });
    const { user } = renderApp({ api, hash: '#/settings' });
    const section = await organisationSection();

    await user.click(within(section).getByRole('button', { name: 'Organisatiegegevens opslaan' }));

    expect(await within(section).findByText('Deze tekst is te lang. Gebruik hoogstens 300 tekens.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Adres van de organisatie')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the same logo limit as the main process', () => {
    expect(maxLogoBytes).toBe(mainMaxLogoBytes);
  });

  it('speaks English', async () => {
    renderApp({ api: new FakeApi({ language: 'en', organisationName: 'Welzijn Noord' }), hash: '#/settings' });
    const section = await organisationSection('Organisation and sender', 'Save organisation details');
    expect(within(section).getByLabelText('Name of the organisation')).toHaveValue('Welzijn Noord');
    expect(within(section).getByRole('button', { name: 'Save organisation details' })).toBeInTheDocument();
  });
});

describe('settings: following up referrals', () => {
  it('saves after how many days a referral without an answer stands out', async () => {
    const api = new FakeApi({ referralFollowUpDays: 14 });
    const { user } = renderApp({ api, hash: '#/settings' });
    const days = await screen.findByLabelText('Verwijzing nabellen na dagen zonder antwoord');
    expect(days).toHaveValue(14);

    await user.clear(days);
    await user.type(days, '21');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je instellingen zijn opgeslagen.')).toBeInTheDocument();
    expect(api.preferences.referralFollowUpDays).toBe(21);
  });

  it.each(['0', '91', ''])('refuses %j days with the message from the main process', async (typed) => {
    const api = new FakeApi({ referralFollowUpDays: 14 });
    const { user } = renderApp({ api, hash: '#/settings' });
    const days = await screen.findByLabelText('Verwijzing nabellen na dagen zonder antwoord');

    await user.clear(days);
    if (typed !== '') await user.type(days, typed);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const message = 'Vul een heel aantal dagen in, van 1 tot en met 90.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveAccessibleDescription(expect.stringContaining(message));
    await waitFor(() => expect(days).toHaveFocus());
    expect(api.preferences.referralFollowUpDays).toBe(14);
  });
});
