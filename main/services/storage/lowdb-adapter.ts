import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { DataFiles } from './data-files';
import { decodeCheckedDocument, decodeDocument, decodeDocumentInFull, encodeDocument, readStored } from './json-codec';
import type { Migration } from './migrations';

/** One file's entry in the record of checked contents (see checked-contents.ts). */
export interface ContentCheck {
  digest(bytes: Uint8Array): string;
  isChecked(digest: string): boolean;
  markChecked(digest: string): void;
}

/**
 * lowdb's adapter for one stored document, routed through DataFiles so every byte is written
 * durably (and, later, encrypted) and every read is migrated and checked against its schema.
 */
export class DataFileAdapter<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    private readonly files: DataFiles,
    private readonly relativePath: string,
    private readonly schema: S,
    private readonly migrations: readonly Migration[],
    private readonly currentVersion: number,
    private readonly check?: ContentCheck,
  ) {}

  async read(): Promise<z.output<S> | null> {
    const bytes = await readStored(this.files, this.relativePath);
    if (bytes === undefined) return null;
    if (!this.check) return decodeDocument(bytes, this.schema, this.migrations, this.currentVersion);
    const digest = this.check.digest(bytes);
    if (this.check.isChecked(digest)) return decodeCheckedDocument<z.output<S>>(bytes);
    const { document, asStored } = decodeDocumentInFull(bytes, this.schema, this.migrations, this.currentVersion);
    if (asStored()) this.check.markChecked(digest);
    return document;
  }

  async write(data: z.output<S>): Promise<void> {
    await this.files.write(this.relativePath, encodeDocument(data));
  }
}
