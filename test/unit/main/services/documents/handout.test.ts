import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import { horizontalRules, pdfFlatText, pdfPageTexts, pdfWords } from '../../../../support/pdf-text';
import { useCores } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { documentBytesOf, documentsCore, makeDocument } from './documents-core';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const session3 = defaultTemplate.sessions[2]!;
const handout = (overrides: Record<string, unknown> = {}) => ({
  kind: 'handout' as const,
  language: 'nl' as const,
  templateId: defaultTemplate.id,
  scope: { by: 'session' as const, session: 3 },
  ...overrides,
});

/** The heights of the words of a phrase where it occurs: near enough the type size in points. */
async function heightsOf(bytes: Uint8Array, words: readonly string[]): Promise<number[]> {
  return (await pdfWords(bytes)).filter((word) => words.includes(word.text)).map((word) => word.yMax - word.yMin);
}

describe('documents.start for a handout', () => {
  it('gives one session in plain language: aim, exercises, homework, questions, without the worker notes', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { bytes, fileName } = await documentBytesOf(app, handout());
    expect(fileName).toBe('handout-sessie-3-2026-12-04.pdf');
    const text = await pdfFlatText(bytes);
    const expected = [
      'Bijeenkomst 3: Bewegen, maken en muziek',
      'Waar gaat het over?',
      session3.aim.nl,
      'Oefeningen',
      ...session3.exercises.map((exercise) => exercise.title.nl),
      'ongeveer 10 minuten',
      'Om thuis te doen',
      session3.homework.nl,
      'Om over na te denken',
      `1. ${session3.questions[0]!.nl}`,
      'Mijn aantekeningen',
      'Hand-out',
      'gemaakt op 4 december 2026',
      'Pagina 1 van',
    ];
    for (const phrase of expected) expect(text, phrase).toContain(phrase);
    expect(text).not.toContain(session3.workerNote.nl.slice(0, 40));
    expect(text).not.toContain(session3.groupNote!.nl.slice(0, 40));
  });

  it('leaves ruled lines to write on after the homework, each question and under "my notes"', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { bytes, pages } = await documentBytesOf(app, handout());
    let rules = 0;
    for (let page = 1; page <= pages; page++) rules += await horizontalRules(bytes, page);
    // 4 after the homework, 3 after each of the questions, 6 for notes; plus header and footer lines per page.
    const writingLines = 4 + 3 * session3.questions.length + 6;
    expect(rules).toBeGreaterThanOrEqual(writingLines + 2 * pages);
  });

  it('is written in English with an English file name', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { bytes, fileName } = await documentBytesOf(app, handout({ language: 'en' }));
    expect(fileName).toBe('handout-session-3-2026-12-04.pdf');
    const text = await pdfFlatText(bytes);
    for (const phrase of [`Session 3: ${session3.title.en}`, session3.aim.en, session3.homework.en, 'To think about', 'My notes', 'made on 4 December 2026', 'Page 1 of']) {
      expect(text, phrase).toContain(phrase);
    }
    expect(text).not.toContain(session3.aim.nl);
  });

  it('gives every session of a phase, each starting on a new page, named after the phase', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { bytes, fileName } = await documentBytesOf(app, handout({ scope: { by: 'phase', phase: 'calm' } }));
    expect(fileName).toBe('handout-fase-tot-rust-komen-2026-12-04.pdf');
    const pages = await pdfPageTexts(bytes);
    const calm = defaultTemplate.sessions.filter((session) => session.phase === 'calm');
    expect(calm.length).toBeGreaterThan(1);
    const firstPages = calm.map((session) => pages.findIndex((page) => page.includes(`Bijeenkomst ${session.number}: ${session.title.nl}`)));
    expect(firstPages.every((index) => index >= 0)).toBe(true);
    expect(new Set(firstPages).size).toBe(calm.length);
    expect(pages[0]).toContain('Fase: Tot rust komen');
  });

  it('uses large type when asked: body text about 17 pt instead of 10.5 pt, so more pages', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const normal = await documentBytesOf(app, handout());
    const large = await documentBytesOf(app, handout({ largeType: true }));
    expect(large.fileName).toBe('handout-sessie-3-grote-letters-2026-12-04.pdf');
    // Words of the homework paragraph: body text in both documents.
    const words = ['rustmoment.', 'daarnaast', 'vond.'];
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const normalHeight = median(await heightsOf(normal.bytes, words));
    const largeHeight = median(await heightsOf(large.bytes, words));
    expect(normalHeight).toBeGreaterThan(8);
    expect(largeHeight / normalHeight).toBeGreaterThan(1.4);
    expect(large.pages).toBeGreaterThan(normal.pages);
    expect(await pdfFlatText(large.bytes)).toContain(session3.homework.nl);
  });

  it('gives the aftercare check-ins as a phase handout, and fails clearly for a session or template that does not exist', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const aftercare = await documentBytesOf(app, handout({ scope: { by: 'phase', phase: 'aftercare' } }));
    expect(await pdfFlatText(aftercare.bytes)).toContain('Nazorg: 2 weken na de laatste bijeenkomst');

    const missingSession = await makeDocument(app, handout({ scope: { by: 'session', session: 40 } }));
    expect(missingSession.final).toEqual({ state: 'failed', kind: 'handout', error: { code: 'not_found', messageKey: 'documents:errors.sessionNotFound' } });
    const missingTemplate = await makeDocument(app, handout({ templateId: 'bestaat-niet' }));
    expect(missingTemplate.final).toMatchObject({ state: 'failed', error: { code: 'not_found', messageKey: 'programme:templates.notFound' } });
  });
});
