import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfFlatText, pdfFonts, pdfPageCount, pdfPageTexts } from '../../../../support/pdf-text';
import { readAuditLog, useCores } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { clientFile, contactWith, measurement, programmeRun } from './document-fixtures';
import { documentBytesOf, documentsCore, makeDocument } from './documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const agreement = (text: string, extra: { due?: string; doneAt?: string; owner?: 'worker' | 'client' } = {}) => ({
  id: randomUUID(),
  text,
  owner: extra.owner ?? 'client',
  ...(extra.due ? { due: extra.due } : {}),
  ...(extra.doneAt ? { doneAt: extra.doneAt } : {}),
});

function followedClient() {
  return clientFile({
    programmes: [programmeRun(4, [[8, 6], [7, 5], [6, 4], [5, 3]])],
    measurements: [measurement('2026-11-02', 'intake', 9), measurement('2026-11-30', 'halfway', 6)],
    contacts: [
      contactWith('2026-11-05T14:00:00.000Z', [agreement('Elke ochtend tien minuten wandelen', { due: '2026-12-15' }), agreement('Buurvrouw bellen', { doneAt: '2026-11-20T09:00:00.000Z' })], 'Geheime gespreksnotitie over de familie.'),
    ],
  });
}

describe('documents.start for a progress report', () => {
  it.each([
    [
      'nl',
      'voortgangsrapport-bakker-celik-2026-12-04.pdf',
      ['Voortgangsrapport', 'Zoë Bakker-Çelik', 'Verbind 8 weken', 'Gestart op 2 november 2026', 'Individueel', 'Relatievaardigheden', '4 van 8 bijeenkomsten bijgewoond', 'Kennismaken', 'Lijf en zintuigen', 'Aanwezig', 'Gepland', 'Spanning daalt: van 7,5 naar 5,5', 'Voor de sessie', 'Na de sessie', 'Spanning nog hoog vanaf 5', 'De Jong Gierveld-eenzaamheidsschaal (11 items)', 'ernstig eenzaam', 'Halverwege', 'Emotionele eenzaamheid', 'Elke ochtend tien minuten wandelen', 'uiterlijk 15 december 2026', 'Buurvrouw bellen', '20 november 2026', 'Volgende stappen', 'Volgende bijeenkomst: 5.', 'Om over na te denken', 'Pagina 1 van'],
    ],
    [
      'en',
      'progress-report-bakker-celik-2026-12-04.pdf',
      ['Progress report', 'Zoë Bakker-Çelik', 'Verbind 8 weeks', 'Started on 2 November 2026', 'Individual', 'Relationship skills', '4 of 8 sessions attended', 'Getting to know', 'Attended', 'Planned', 'Stress is falling: from 7.5 to 5.5', 'Before the session', 'After the session', 'De Jong Gierveld Loneliness Scale (11 items)', 'severely lonely', 'Halfway', 'Elke ochtend tien minuten wandelen', 'due 15 December 2026', 'Next steps', 'Next session: 5.', 'Page 1 of'],
    ],
  ] as const)('shows programme, sessions, stress and score charts, agreements and next steps in %s', async (language, fileName, expected) => {
    const file = followedClient();
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const made = await documentBytesOf(app, { kind: 'progressReport', language, clientId: file.client.id });
    expect(made.fileName).toBe(fileName);
    const text = await pdfFlatText(made.bytes);
    for (const phrase of expected) expect(text, phrase).toContain(phrase);
    expect(text).toMatch(/8 ?→ ?6/);
    // Notes stay in the file: neither session notes nor contact summaries reach a report.
    expect(text).not.toContain('Sessienotitie');
    expect(text).not.toContain('Geheime gespreksnotitie');
    expect(await pdfPageCount(made.bytes)).toBe(made.pages);
    expect((await pdfFonts(made.bytes)).every((font) => font.embedded && font.name.includes('DejaVuSans'))).toBe(true);
  });

  it('is a valid short PDF for a client without programme, sessions, measurements or contacts', async () => {
    const file = clientFile({ client: { givenName: 'José', familyName: 'Ñúñez' } });
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const made = await documentBytesOf(app, { kind: 'progressReport', language: 'nl', clientId: file.client.id });
    expect(made.fileName).toBe('voortgangsrapport-nunez-2026-12-04.pdf');
    const text = await pdfFlatText(made.bytes);
    for (const phrase of ['José Ñúñez volgt nog geen programma.', 'Er zijn nog geen bijeenkomsten gepland.', 'Nog geen spanningsmeting', 'Er is nog geen vragenlijst ingevuld.', 'Er zijn nog geen afspraken vastgelegd']) {
      expect(text).toContain(phrase);
    }
    expect(made.pages).toBe(1);
    expect(text).toContain('Pagina 1 van 1');
  });

  it('reports progress through a report of twenty pages or more while timers keep running, and logs the export', async () => {
    const contacts = Array.from({ length: 120 }, (_, index) =>
      contactWith(new Date(Date.UTC(2026, 0, 1 + index, 10)).toISOString(), [
        agreement(`Afspraak ${index + 1}a: samen een boodschap doen en daarna koffie drinken bij de buurvrouw`, { due: '2026-12-20', owner: 'worker' }),
        agreement(`Afspraak ${index + 1}b: opbellen`, { doneAt: '2026-02-01T10:00:00.000Z' }),
        agreement(`Afspraak ${index + 1}c: naar de bibliotheek`),
      ]),
    );
    const file = clientFile({ programmes: [programmeRun(8, [[8, 6], [7, 6], [7, 5], [6, 5], [6, 4], [5, 4], [4, 3], [4, 2]])], contacts });
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [file]);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const followed = await makeDocument(app, { kind: 'progressReport', language: 'nl', clientId: file.client.id }).finally(() => clearInterval(timer));
    if (followed.final.state !== 'done') throw new Error(JSON.stringify(followed.final));
    expect(followed.final.pages).toBeGreaterThanOrEqual(20);
    expect(followed.progress.length).toBeGreaterThanOrEqual(5);
    expect(ticks).toBeGreaterThanOrEqual(10);
    const pages = await pdfPageTexts(new Uint8Array(Buffer.from(followed.final.contentBase64, 'base64')));
    expect(pages).toHaveLength(followed.final.pages);
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
    expect(pages.join('\n')).toContain('Afspraak 120c: naar de bibliotheek');

    expect((await readAuditLog(dir)).filter((record) => record.action === 'export')).toEqual([
      expect.objectContaining({ action: 'export', entity: 'client', clientId: file.client.id, detail: 'document:progressReport' }),
    ]);
  });
});
