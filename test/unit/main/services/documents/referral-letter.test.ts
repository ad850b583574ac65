import { describe, expect, it } from 'vitest';
import { createMainTranslator } from '../../../../../main/i18n/main-i18n';
import { renderPdf } from '../../../../../main/services/documents/pdf/render-pdf';
import { buildReferralLetter } from '../../../../../main/services/documents/referral-letter-builder';
import type { ReferralLetterModel } from '../../../../../main/services/documents/referral-letter-model';
import type { Language } from '../../../../../main/services/preferences/preferences-schema';
import { pdfFlatText, pdfFonts, pdfPageCount, pdfPageTexts } from '../../../../support/pdf-text';
import { errorOf, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { basicsFor, clientFile, measurement, organisationName, programmeRun, referral } from './document-fixtures';
import { documentBytesOf, documentsCore, makeDocument } from './documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

function letterModel(language: Language): ReferralLetterModel {
  return {
    ...basicsFor(language),
    sender: { name: 'Sanne Visser', role: 'Sociaal werker', phone: '06 9876 5432', email: 'sanne@welzijnoost.nl' },
    receiver: { name: 'Buurtkamer De Linde', kind: 'Ontmoetingsplek', contactPerson: 'Femke de Boer', address: 'Lindelaan 4, 3512 AB Utrecht' },
    client: { name: 'Zoë Bakker-Çelik', dateOfBirth: '17 mei 1948' },
    reason: 'Mevrouw wil graag weer onder de mensen komen.',
    question: 'Kunt u mevrouw een plek bieden bij de koffieochtend?',
    background: 'Woont alleen sinds 2024.',
    scores: [{ scale: 'De Jong Gierveld (11)', takenOn: '2 november 2026', result: '7 (op een schaal van 0 tot 11) — matig eenzaam' }],
    consent: { on: language === 'nl' ? '27 november 2026' : '27 November 2026', shared: ['Naam', 'Geboortedatum'] },
  };
}

describe('the referral letter (builder)', () => {
  it.each([
    ['nl', ['Verwijsbrief', 'Van', 'Aan', 'Betreft', 'Reden van de verwijzing', 'Vraag aan Buurtkamer De Linde', 'Toestemming', 'binnen twee weken', 'Met vriendelijke groet,', 'Handtekening', 'Pagina 1 van ', '4 december 2026', 'heeft op 27 november 2026 toestemming gegeven']],
    ['en', ['Referral letter', 'From', 'To', 'Regarding', 'Reason for referral', 'Question to Buurtkamer De Linde', 'Consent', 'within two weeks', 'Kind regards,', 'Signature', 'Page 1 of ', '4 December 2026', 'On 27 November 2026, Zoë Bakker-Çelik agreed to share']],
  ] as const)('holds the envelope, the core, consent, follow-up and signature in %s', async (language, expected) => {
    const t = await createMainTranslator(language);
    const rendered = await renderPdf(buildReferralLetter(letterModel(language), t));
    const text = await pdfFlatText(rendered.bytes);
    for (const phrase of expected) expect(text).toContain(phrase);
    for (const phrase of ['Sanne Visser', 'Femke de Boer', 'Zoë Bakker-Çelik', 'Woont alleen sinds 2024.', '7 (op een schaal van 0 tot 11) — matig eenzaam', organisationName, '06 9876 5432']) {
      expect(text).toContain(phrase);
    }
    // Envelope first, then the core, then background and scores, then consent and follow-up.
    const order = [letterModel(language).client.name, 'Mevrouw wil graag', 'Kunt u mevrouw', 'Woont alleen', 'matig eenzaam', letterModel(language).consent.on];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect((await pdfFonts(rendered.bytes)).every((font) => font.embedded)).toBe(true);
  });

  it('flows 20,000 characters of background over several valid pages, numbered throughout', async () => {
    const sentence = 'Mevrouw vertelt over haar jeugd in Zeeland, de verhuizing naar Utrecht en het café van haar ouders. ';
    const background = [sentence.repeat(100), sentence.repeat(100)].join('\n\n').slice(0, 20_000);
    const t = await createMainTranslator('nl');
    const rendered = await renderPdf(buildReferralLetter({ ...letterModel('nl'), background }, t));
    expect(rendered.pages).toBeGreaterThanOrEqual(5);
    expect(await pdfPageCount(rendered.bytes)).toBe(rendered.pages);
    const text = await pdfFlatText(rendered.bytes);
    expect(text).toContain(`Pagina ${rendered.pages} van ${rendered.pages}`);
    // Without the page frames between them, every sentence of the background is there, in one piece.
    const body = (await pdfPageTexts(rendered.bytes))
      .map((page) => page.split('\n').filter((line) => !/Stichting Welzijn Oost|^\s*Verwijsbrief\s*$|Pagina \d+ van \d+/.test(line)).join('\n'))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(body.split('het café van haar ouders').length).toBe(background.split('het café van haar ouders').length);
    expect(text).toContain('Met vriendelijke groet,');
  });
});

describe('documents.start for a referral letter', () => {
  const everything = ['dateOfBirth', 'address', 'phone', 'background', 'measurements', 'programme'] as const;
  const sampleFile = (share: Parameters<typeof referral>[0]) => {
    const letter = referral(share);
    const file = clientFile({
      referrals: [letter],
      programmes: [programmeRun(3, [[7, 5], [6, 4], [6, 3]])],
      measurements: [measurement('2026-11-02', 'intake', 8)],
    });
    return { file, letter };
  };

  it('leaves out everything the client did not agree to share: only the name, reason and question remain', async () => {
    const { file, letter } = sampleFile([]);
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const { bytes, fileName } = await documentBytesOf(app, { kind: 'referralLetter', language: 'nl', clientId: file.client.id, referralId: letter.id });
    const text = await pdfFlatText(bytes);
    expect(fileName).toBe('verwijsbrief-bakker-celik-2026-12-04.pdf');
    expect(text).toContain('Zoë Bakker-Çelik');
    expect(text).toContain(letter.reason);
    expect(text).toContain(letter.question);
    for (const secret of ['Kerkstraat 12', '06 1234 5678', '17 mei 1948', '1948', 'wandelgroep', 'De Jong Gierveld', 'eenzaam', 'Tot rust komen', 'Bijeenkomsten', 'telefonisch bellen', 'Sessienotitie']) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).toContain('27 november 2026');
  });

  it('prints each shared item, and scores only when asked for and shared', async () => {
    const { file, letter } = sampleFile([...everything]);
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const request = { kind: 'referralLetter', language: 'nl', clientId: file.client.id, referralId: letter.id } as const;
    const text = await pdfFlatText((await documentBytesOf(app, request)).bytes);
    for (const shown of ['Kerkstraat 12', '06 1234 5678', '17 mei 1948', 'wandelgroep', 'De Jong Gierveld', 'matig eenzaam', 'Relatievaardigheden', '3 van 8 bijgewoond', '2 november 2026']) {
      expect(text, shown).toContain(shown);
    }
    // Consent notes and session notes are for the file, not for the receiver.
    expect(text).not.toContain('telefonisch bellen');
    expect(text).not.toContain('Sessienotitie');

    const withoutScores = await pdfFlatText((await documentBytesOf(app, { ...request, includeScores: false })).bytes);
    expect(withoutScores).not.toContain('De Jong Gierveld');
    expect(withoutScores).toContain('Kerkstraat 12');
  });

  it('is written in English when asked, dates included, with an English file name', async () => {
    const { file, letter } = sampleFile(['dateOfBirth']);
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const { bytes, fileName } = await documentBytesOf(app, { kind: 'referralLetter', language: 'en', clientId: file.client.id, referralId: letter.id });
    const text = await pdfFlatText(bytes);
    expect(fileName).toBe('referral-letter-bakker-celik-2026-12-04.pdf');
    for (const phrase of ['Referral letter', '17 May 1948', '4 December 2026', 'Page 1 of ', 'within two weeks']) expect(text).toContain(phrase);
  });

  it('gives an accented name an ASCII file name and keeps a 3,000-character background readable over pages', async () => {
    const long = Array.from({ length: 60 }, (_, index) => `Regel ${index + 1}: geprobeerd, € 5 per keer, “te druk”.`).join(' ').slice(0, 3000);
    const letter = referral(['background'], { background: long });
    const file = clientFile({ client: { givenName: 'José', familyName: 'Ñúñez' }, referrals: [letter] });
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const { bytes, fileName, pages } = await documentBytesOf(app, { kind: 'referralLetter', language: 'nl', clientId: file.client.id, referralId: letter.id });
    expect(fileName).toBe('verwijsbrief-nunez-2026-12-04.pdf');
    expect(await pdfPageCount(bytes)).toBe(pages);
    const text = await pdfFlatText(bytes);
    expect(text).toContain('José Ñúñez');
    expect(text).toContain('Regel 1: geprobeerd, € 5 per keer, “te druk”.');
    expect(text).toContain(`Pagina 1 van ${pages}`);
  });

  it('fails with a translated reason for an unknown referral or client', async () => {
    const { file } = sampleFile([]);
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const unknownReferral = await makeDocument(app, { kind: 'referralLetter', language: 'nl', clientId: file.client.id, referralId: crypto.randomUUID() });
    expect(unknownReferral.final).toEqual({ state: 'failed', kind: 'referralLetter', error: { code: 'not_found', messageKey: 'documents:errors.referralNotFound' } });
    const unknownClient = await makeDocument(app, { kind: 'referralLetter', language: 'nl', clientId: crypto.randomUUID(), referralId: crypto.randomUUID() });
    expect(unknownClient.final).toMatchObject({ state: 'failed', error: { code: 'not_found', messageKey: 'errors:clientNotFound' } });
    expect(errorOf(await app.call('documents.start', { request: { kind: 'referralLetter', language: 'de', clientId: file.client.id } })).code).toBe('invalid_input');
    expect(valueOf(await app.call('documents.discard', { jobId: unknownClient.jobId }))).toEqual({ discarded: true });
  });
});
