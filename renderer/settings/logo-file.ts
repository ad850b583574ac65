import { bytesToBase64, readFileBytes } from '../transfer/file-bytes';

/**
 * The same limit as `maxLogoBytes` in main's preferences schema, which builds zod schemas and so
 * cannot be imported here (CSP). A test keeps the two equal.
 */
export const maxLogoBytes = 512 * 1024;

export type LogoOutcome = { ok: true; dataUrl: string } | { ok: false; reason: 'tooLarge' | 'type' | 'unreadable' };

type LogoType = 'image/png' | 'image/jpeg';

/** By the file's first bytes, not its name: a renamed .bmp must not reach a document. */
function sniff(bytes: Uint8Array): LogoType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, index) => bytes[index] === byte)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/**
 * A picked file as the data URL main stores (`data:image/png;base64,…`), or why not. Checked here
 * first so the worker hears at once; main checks again on save.
 */
export async function logoFromFile(file: Blob): Promise<LogoOutcome> {
  if (file.size > maxLogoBytes) return { ok: false, reason: 'tooLarge' };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const type = sniff(bytes);
  if (type === undefined) return { ok: false, reason: 'type' };
  return { ok: true, dataUrl: `data:${type};base64,${bytesToBase64(bytes)}` };
}
