import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { DataFiles } from './data-files';
import { decodeDocument, encodeDocument, readStored } from './json-codec';
import type { Migration } from './migrations';

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
  ) {}

  async read(): Promise<z.output<S> | null> {
    const bytes = await readStored(this.files, this.relativePath);
    if (bytes === undefined) return null;
    return decodeDocument(bytes, this.schema, this.migrations, this.currentVersion);
  }

  async write(data: z.output<S>): Promise<void> {
    await this.files.write(this.relativePath, encodeDocument(data));
  }
}
