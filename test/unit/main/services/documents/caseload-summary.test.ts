import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfFlatText, pdfFonts, pdfText } from '../../../../support/pdf-text';
import { readAuditLog, useCores } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { clientFile, contactWith, measurement, programmeRun, referral } from './document-fixtures';
import { documentBytesOf, documentsCore, makeDocument } from './documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

function caseload() {
  const zoe = clientFile({
    programmes: [programmeRun(3)],
    contacts: [
      contactWith('2026-11-10T10:00:00.000Z', [{ id: randomUUID(), text: 'Geheime afspraak over de dochter', owner: 'client' }], 'Notitie: Zoë vertelde over haar dochter.'),
      { ...contactWith('2026-10-01T10:00:00.000Z', []), type: 'phone' },
    ],
    referrals: [referral(['address'], { status: 'sent', plannedOn: '2026-11-15' })],
    measurements: [measurement('2026-09-01', 'intake', 9), measurement('2026-11-20', 'end', 5)],
  });
  const jose = clientFile({
    client: { givenName: 'José', familyName: 'Ñúñez', dateOfBirth: '2004-02-29', ageGroup: 'young_person', status: 'intake' },
    contacts: [{ ...contactWith('2026-11-30T22:30:00.000Z', [], 'Notitie over José.'), type: 'office' }],
    referrals: [referral([], { plannedOn: '2026-10-15', reason: 'Reden die alleen in de brief hoort.' })],
    measurements: [measurement('2026-09-02', 'intake', 7), measurement('2026-11-21', 'end', 6)],
  });
  const anna = clientFile({ client: { givenName: 'Anna', familyName: 'de Vries', ageGroup: undefined, dateOfBirth: undefined, status: 'closed' } });
  return [zoe, jose, anna];
}

const namesAndNotes = [
  'Zoë', 'Bakker', 'Çelik', 'José', 'Ñúñez', 'Anna', 'Vries', '1948', '2004', '17 mei', '29 februari', 'Kerkstraat',
  'Notitie', 'Geheime afspraak', 'Reden die alleen', 'Buurtkamer', 'Mevrouw',
];

describe('documents.start for a caseload summary', () => {
  it('counts clients, contacts and referrals in the period, and the average score change, in Dutch', async () => {
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, caseload());
    const { bytes, fileName } = await documentBytesOf(app, { kind: 'caseloadSummary', language: 'nl', from: '2026-11-01', to: '2026-11-30' });
    expect(fileName).toBe('caseloadoverzicht-2026-12-04.pdf');
    const text = await pdfFlatText(bytes);
    for (const phrase of [
      'Caseloadoverzicht',
      '1 november 2026 tot en met 30 november 2026',
      '3 cliënten in de caseload',
      'Actief 1 33%',
      'Intake 1 33%',
      'Afgesloten 1 33%',
      'Oudere 1 33%',
      'Jongere 1 33%',
      'Niet ingevuld 1 33%',
      'Relatievaardigheden 1 33%',
      'Geen lopend programma 2 67%',
      // The contact at 23:30 Amsterdam time on 30 November is in the period (22:30 UTC).
      '3 contacten in totaal, waarvan 2 in de periode.',
      'Huisbezoek 1 1',
      'Telefonisch 1 0',
      'Op kantoor 1 1',
      '1 verwijzing gepland in de periode',
      'Verstuurd 1 100%',
      'Geanonimiseerd',
      'Pagina 1 van',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    // De Jong Gierveld 11, intake → end: from 9 and 7 (mean 8) to 5 and 6 (mean 5,5).
    expect(await pdfText(bytes)).toMatch(/\b2\s+8\s+5,5\s+-2,5\b/);
    expect((await pdfFonts(bytes)).every((font) => font.embedded)).toBe(true);
    expect((await readAuditLog(dir)).filter((record) => record.action === 'export')).toEqual([
      expect.objectContaining({ entity: 'caseload', detail: 'document:caseloadSummary' }),
    ]);
  });

  it('holds no names, dates of birth, addresses or notes', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir(), caseload());
    for (const language of ['nl', 'en'] as const) {
      const text = await pdfFlatText((await documentBytesOf(app, { kind: 'caseloadSummary', language })).bytes);
      for (const secret of namesAndNotes) expect(text, `${language}: ${secret}`).not.toContain(secret);
    }
  });

  it('is written in English, covering everything when no period is given', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir(), caseload());
    const { bytes, fileName } = await documentBytesOf(app, { kind: 'caseloadSummary', language: 'en' });
    expect(fileName).toBe('caseload-summary-2026-12-04.pdf');
    const text = await pdfFlatText(bytes);
    for (const phrase of ['Caseload summary', 'Everything up to and including 4 December 2026', '3 clients in the caseload', 'Active 1 33%', '3 contacts in all, 3 of them in the period.', 'Home visit 1 1', '2 referrals planned in the period', 'Page 1 of']) {
      expect(text, phrase).toContain(phrase);
    }
    expect(await pdfText(bytes)).toMatch(/\b2\s+8\s+5\.5\s+-2\.5\b/);
  });

  it('is valid for an empty caseload, and refuses a period that ends before it starts', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const text = await pdfFlatText((await documentBytesOf(app, { kind: 'caseloadSummary', language: 'nl' })).bytes);
    expect(text).toContain('0 cliënten in de caseload');
    expect(text).toContain('Pagina 1 van');
    const reversed = await makeDocument(app, { kind: 'caseloadSummary', language: 'nl', from: '2026-12-01', to: '2026-11-01' });
    expect(reversed.final).toEqual({
      state: 'failed',
      kind: 'caseloadSummary',
      error: { code: 'invalid_input', messageKey: 'documents:validation.periodReversed' },
    });
  });
});
