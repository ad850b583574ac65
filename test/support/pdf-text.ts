import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Reads PDFs the way a reader's software does, with poppler-utils (pdftotext, pdfinfo, pdffonts,
 * pdfimages): what text a viewer extracts, how many pages, which fonts are embedded, which images.
 * A file poppler refuses makes these throw, so every helper also checks the PDF is valid.
 */
const run = promisify(execFile);

async function withFile<T>(bytes: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    await fsp.writeFile(file, bytes);
    return await use(file);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

const tool = async (name: string, args: string[]) => (await run(name, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;

/** The text as `pdftotext -layout` extracts it (UTF-8), pages separated by form feeds. */
export function pdfText(bytes: Uint8Array, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return withFile(bytes, (file) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-']));
}

/** The extracted text per page. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const text = await pdfText(bytes);
  return text.split('\f').slice(0, -1);
}

/** Text with runs of white space (line breaks, layout columns) made single spaces, to search phrases. */
export async function pdfFlatText(bytes: Uint8Array): Promise<string> {
  return (await pdfText(bytes)).replace(/\s+/g, ' ');
}

/** `pdfinfo` as key → value (Pages, Page size, Title, …). */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  const output = await withFile(bytes, (file) => tool('pdfinfo', [file]));
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return Number((await pdfInfo(bytes)).Pages);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** Every font the pages use, from `pdffonts`. */
export async function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const output = await withFile(bytes, (file) => tool('pdffonts', [file]));
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (`pdftotext -bbox`): the height of a word is its type size, roughly. */
export async function pdfWords(bytes: Uint8Array): Promise<PdfWord[]> {
  const html = await withFile(bytes, (file) => tool('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) {
      words.push({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5]! });
    }
  }
  return words;
}

/**
 * How many separate horizontal lines longer than `minShare` of the page width a page shows when
 * rendered (`pdftoppm`, greyscale, 72 dpi): ruled writing lines, table rules, the frame's lines.
 */
export async function horizontalRules(bytes: Uint8Array, page: number, minShare = 0.6): Promise<number> {
  const pgm = await withFile(bytes, async (file) => {
    const { stdout } = await promisify(execFile)('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', '-gray', file], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
  // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let rules = 0;
  let previousWasRule = false;
  for (let y = 0; y < height; y++) {
    let longest = 0;
    let run = 0;
    for (let x = 0; x < width; x++) {
      run = (pixels[y * width + x] ?? 255) < 230 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    const isRule = longest >= width * minShare;
    if (isRule && !previousWasRule) rules++;
    previousWasRule = isRule;
  }
  return rules;
}

/** The images drawn, from `pdfimages -list`: page and pixel size of each. */
export async function pdfImages(bytes: Uint8Array): Promise<Array<{ page: number; width: number; height: number }>> {
  const output = await withFile(bytes, (file) => tool('pdfimages', ['-list', file]));
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/))
    .map((columns) => ({ page: Number(columns[0]), width: Number(columns[3]), height: Number(columns[4]) }));
}
