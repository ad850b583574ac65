import { describe, expect, it } from 'vitest';
import { drawLineChart } from '../../../../../main/services/documents/pdf/line-chart';
import { tableParts } from '../../../../../main/services/documents/pdf/pdf-table';
import { renderPdf, type DocumentPart, type PdfPlan } from '../../../../../main/services/documents/pdf/render-pdf';
import { paragraphParts } from '../../../../../main/services/documents/pdf/text-parts';
import { pdfFlatText, pdfFonts, pdfImages, pdfInfo, pdfPageTexts } from '../../../../support/pdf-text';
import { tinyPng } from './document-fixtures';

function plan(parts: DocumentPart[], overrides: Partial<PdfPlan> = {}): PdfPlan {
  return {
    title: 'Proefdocument',
    lang: 'nl-NL',
    createdAt: new Date('2026-12-04T10:00:00.000Z'),
    typeSize: 'normal',
    frame: { organisationName: 'Stichting Welzijn Oost', documentTitle: 'Proefdocument', pageLabel: (page, pages) => `Pagina ${page} van ${pages}` },
    parts,
    ...overrides,
  };
}

const dutch = 'Zoë en José betalen € 12,50 voor de „cursus” en de ‘koffie’ – café, ruïne, één, coöperatie.';

describe('the PDF layout kit', () => {
  it('embeds DejaVu Sans (regular and bold) so € , accents and curly quotes come back out of the text', async () => {
    const rendered = await renderPdf(plan([(layout) => layout.title('Titel met ë'), (layout) => layout.paragraph(dutch)]));
    const fonts = await pdfFonts(rendered.bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, unicode: true });
      expect(font.name).toMatch(/DejaVuSans/);
    }
    expect(fonts.some((font) => font.name.includes('Bold'))).toBe(true);
    expect(await pdfFlatText(rendered.bytes)).toContain(dutch);
    const info = await pdfInfo(rendered.bytes);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info.Title).toBe('Proefdocument');
  });

  it('breaks a long table over pages, repeating its header row on every page, and numbers the pages', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Rij ${index + 1}`, `Waarde ${index + 1}`, index % 7 === 0 ? 'Een langere cel die over meer dan één regel loopt, zodat de rij hoger wordt.' : 'kort']);
    const rendered = await renderPdf(plan(tableParts([{ header: 'Kolom één', share: 1 }, { header: 'Kolom twee', share: 1 }, { header: 'Toelichting', share: 3 }], rows)));
    const pages = await pdfPageTexts(rendered.bytes);
    expect(rendered.pages).toBeGreaterThanOrEqual(3);
    expect(pages).toHaveLength(rendered.pages);
    pages.forEach((text, index) => {
      expect(text).toContain('Kolom één');
      expect(text).toContain(`Pagina ${index + 1} van ${rendered.pages}`);
      expect(text).toContain('Stichting Welzijn Oost');
    });
    const all = pages.join('\n');
    for (const row of [1, 60, 120]) expect(all).toContain(`Rij ${row} `);
  });

  it('draws a line chart with its axis numbers, x labels, legend and threshold as text', async () => {
    const rendered = await renderPdf(
      plan([
        (layout) =>
          drawLineChart(layout, {
            xLabels: ['1', '2', '3', '4', '5'],
            yMin: 0,
            yMax: 10,
            yStep: 1,
            series: [
              { label: 'Voor de sessie', values: [8, 7, undefined, 5, 4], style: 'solid', marker: 'circle' },
              { label: 'Na de sessie', values: [6, 5, 5, 3, 2], style: 'dashed', marker: 'square' },
            ],
            threshold: { value: 5, label: 'Nog hoog vanaf 5' },
            formatY: String,
          }),
      ]),
    );
    const text = await pdfFlatText(rendered.bytes);
    for (const expected of ['Voor de sessie', 'Na de sessie', 'Nog hoog vanaf 5', '10', '0']) expect(text).toContain(expected);
  });

  it('splits very long text into parts that flow over several pages', async () => {
    const background = Array.from({ length: 400 }, (_, index) => `Zin ${index + 1} over de woonsituatie, met ë en €.`).join(' ');
    expect(background.length).toBeGreaterThan(15_000);
    const parts = paragraphParts(background);
    expect(parts.length).toBeGreaterThan(8);
    const rendered = await renderPdf(plan(parts));
    expect(rendered.pages).toBeGreaterThanOrEqual(3);
    const text = await pdfFlatText(rendered.bytes);
    expect(text).toContain('Zin 1 over de woonsituatie');
    expect(text).toContain('Zin 400 over de woonsituatie, met ë en €.');
  });

  it('draws the logo on every page but embeds it once; a logo that is not an image is left out', async () => {
    const twoPages: DocumentPart[] = [(layout) => layout.paragraph('Eerste pagina'), (layout) => layout.newPage(), (layout) => layout.paragraph('Tweede pagina')];
    const logo = new Uint8Array(tinyPng());
    const withLogo = await renderPdf(plan(twoPages, { frame: { ...plan([]).frame, logo } }));
    const images = await pdfImages(withLogo.bytes);
    expect(images.map((image) => image.page)).toEqual([1, 2]);
    expect(images.every((image) => image.width === 24 && image.height === 8)).toBe(true);
    expect((withLogo.bytes.length - (await renderPdf(plan(twoPages))).bytes.length) / 1000).toBeLessThan(2);

    const broken = await renderPdf(plan(twoPages, { frame: { ...plan([]).frame, logo: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) } }));
    expect(await pdfImages(broken.bytes)).toEqual([]);
    expect(await pdfFlatText(broken.bytes)).toContain('Tweede pagina');
  });

  it('reports progress part by part and keeps the event loop turning while it draws', async () => {
    const parts = paragraphParts(Array.from({ length: 300 }, (_, index) => `Alinea ${index}. ${'Tekst met ë. '.repeat(30)}`).join('\n\n'));
    const seen: Array<[number, number]> = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await renderPdf(plan(parts), (done, total) => seen.push([done, total]));
    } finally {
      clearInterval(timer);
    }
    expect(seen[0]).toEqual([0, parts.length + 1]);
    expect(seen.at(-1)).toEqual([parts.length + 1, parts.length + 1]);
    expect(seen.length).toBe(parts.length + 2);
    expect(ticks).toBeGreaterThan(5);
  });
});
