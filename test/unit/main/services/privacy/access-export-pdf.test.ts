import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfFlatText, pdfFonts, pdfPageCount } from '../../../../support/pdf-text';
import { readAuditLog, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { clientFile, contactWith, measurement, programmeRun, referral } from '../documents/document-fixtures';
import { documentBytesOf, documentsCore } from '../documents/documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

describe('documents.start for an access request', () => {
  it.each([
    [
      'nl',
      'inzageverzoek-bakker-celik-2026-12-04.pdf',
      ['Inzageverzoek – overzicht van alle gegevens', 'Zoë Bakker-Çelik', 'Kerkstraat 12', '17 mei 1948', 'Statusgeschiedenis', 'Praat over haar zus.', 'Buurvrouw bellen', 'Sessienotitie 1: alleen voor het dossier.', 'Aanwezig', 'De Jong Gierveld', 'ernstig eenzaam', 'Verwijzingen', 'Ja, gegeven', 'Mondeling gegeven', 'Wie heeft het dossier bekeken of gewijzigd', 'Bekeken: dossier', 'Gewijzigd: toestemming', 'Pagina 1 van'],
    ],
    [
      'en',
      'access-request-bakker-celik-2026-12-04.pdf',
      ['Access request – overview of all data', 'Zoë Bakker-Çelik', 'Personal details', 'Praat over haar zus.', 'Sessienotitie 1: alleen voor het dossier.', 'Yes, given', 'Viewed: file', 'Page 1 of'],
    ],
  ] as const)('holds every part of the file, notes included, and the audit records about it, in %s', async (language, fileName, expected) => {
    const file = clientFile({
      contacts: [contactWith('2026-11-05T14:00:00.000Z', [{ id: randomUUID(), text: 'Buurvrouw bellen', owner: 'client' }], 'Praat over haar zus.')],
      programmes: [programmeRun(2)],
      measurements: [measurement('2026-11-02', 'intake', 9)],
      referrals: [referral(['address'])],
    });
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [file]);
    valueOf(await app.call('clients.overview', { id: file.client.id }));
    valueOf(await app.call('privacy.recordConsent', { clientId: file.client.id, purpose: 'share_with_referrals', given: true, date: '2026-11-01', note: 'Mondeling gegeven' }));

    const made = await documentBytesOf(app, { kind: 'accessExport', language, clientId: file.client.id });
    expect(made.fileName).toBe(fileName);
    const text = await pdfFlatText(made.bytes);
    for (const phrase of expected) expect(text, phrase).toContain(phrase);
    expect(await pdfPageCount(made.bytes)).toBe(made.pages);
    expect((await pdfFonts(made.bytes)).every((font) => font.embedded)).toBe(true);
    expect((await readAuditLog(dir)).at(-1)).toMatchObject({ action: 'export', entity: 'client', clientId: file.client.id, detail: 'document:accessExport' });
  });

  it('says so for every part the file has nothing in', async () => {
    const file = clientFile();
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const text = await pdfFlatText((await documentBytesOf(app, { kind: 'accessExport', language: 'nl', clientId: file.client.id })).bytes);
    expect(text).toContain('Er is geen toestemming vastgelegd.');
    expect(text.split('Hierover is niets vastgelegd.').length - 1).toBeGreaterThanOrEqual(5);
  });
});
