import { isUtf8 } from 'node:buffer';
import type { z } from 'zod';
import { EnvelopeError } from '../crypto/file-envelope';
import type { DataFiles } from './data-files';
import { sameJson } from './json-equal';
import { migrateDocument, MigrationInputError, NewerVersionError, type Migration } from './migrations';

export type DecodeFailure = 'not_json' | 'invalid_schema' | 'newer_version' | 'unreadable';

export class DecodeError extends Error {
  constructor(readonly reason: DecodeFailure, options?: { cause?: unknown }) {
    super(`Stored document is unusable: ${reason}`, options);
    this.name = 'DecodeError';
  }
}

const encoder = new TextEncoder();

/**
 * A stored file's bytes for decoding: one that cannot be decrypted (damaged, or not sealed in an
 * encrypted folder) is as unusable as one that is not JSON, so it is set aside like one.
 */
export async function readStored(files: DataFiles, relative: string): Promise<Uint8Array | undefined> {
  try {
    return await files.read(relative);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new DecodeError('unreadable', { cause: error });
    throw error;
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    // isUtf8 + toString is Node's fast path; a fatal TextDecoder took a fifth of opening a caseload.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!isUtf8(text)) throw new Error('The file is not UTF-8');
    const json = text.toString('utf8');
    // TextDecoder dropped a byte-order mark (a file saved by a Windows editor); so does this.
    return JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    throw new DecodeError('not_json', { cause: error });
  }
}

/**
 * A checked document; `asStored()` (a walk of the whole document, so only asked when needed) tells
 * whether it is exactly what the file holds: no migration was needed and the check changed nothing
 * (no default filled in, no text trimmed).
 */
export interface CheckedDocument<T> {
  document: T;
  asStored(): boolean;
}

/** Bytes → migrated, schema-checked document, with whether the check left it as stored. */
export function decodeDocumentInFull<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  migrations: readonly Migration[],
  currentVersion: number,
): CheckedDocument<z.output<S>> {
  return checkDocument(parseJson(bytes), schema, migrations, currentVersion);
}

/** An already parsed value → migrated, schema-checked document (a journal record holds one). */
export function checkDocument<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  migrations: readonly Migration[],
  currentVersion: number,
): CheckedDocument<z.output<S>> {
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateDocument(raw, migrations, currentVersion);
  } catch (error) {
    if (error instanceof NewerVersionError) throw new DecodeError('newer_version', { cause: error });
    if (error instanceof MigrationInputError) throw new DecodeError('invalid_schema', { cause: error });
    throw error;
  }
  const parsed = schema.safeParse(migrated);
  if (!parsed.success) throw new DecodeError('invalid_schema', { cause: parsed.error });
  return { document: parsed.data, asStored: () => migrated === raw && sameJson(parsed.data, raw) };
}

/** Bytes → migrated, schema-checked document; throws a DecodeError saying which check failed. */
export function decodeDocument<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  migrations: readonly Migration[],
  currentVersion: number,
): z.output<S> {
  return decodeDocumentInFull(bytes, schema, migrations, currentVersion).document;
}

/**
 * Bytes already known to hold a checked document as stored (see checked-contents.ts): parsed,
 * not checked again.
 */
export function decodeCheckedDocument<T>(bytes: Uint8Array): T {
  return parseJson(bytes) as T;
}

/**
 * Compact, not indented: files are encrypted, so nobody reads them by hand, and every edit rewrites
 * the whole client file — indentation made a long contact log a quarter bigger to seal and sync.
 */
export function encodeDocument(document: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(document)}\n`);
}
