import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DataFiles } from './data-files';
import { encodeDocument } from './json-codec';

/**
 * Which exact contents of which client files have already passed the schema check, so opening the
 * caseload parses those files without checking them again (the check cost more than the parse).
 *
 * A file is known by the SHA-256 of its decrypted bytes. An entry is only made after a file was
 * checked in full, needed no migration, and the check changed nothing in it; any change to the
 * bytes (an edit, damage, a restored copy) gives another digest, and that file is checked in full
 * again. The record itself is derived data: kept sealed like every other file, and when it is
 * missing, damaged or written for another schema it is started afresh, costing one slower open.
 */
export interface CheckedContents {
  /** The digest a file's bytes are known by. */
  digest(bytes: Uint8Array): string;
  isChecked(id: string, digest: string): boolean;
  markChecked(id: string, digest: string): void;
  /** Drops entries of clients no longer in the caseload (an erased client leaves nothing behind). */
  keepOnly(ids: ReadonlySet<string>): void;
  /** Writes the record when it changed since it was read or last saved. */
  save(): Promise<void>;
}

export const checkedContentsFile = 'caseload/checked-contents.json';

const recordSchema = z.strictObject({
  schema: z.string(),
  digests: z.record(z.string(), z.string()),
});

const fingerprints = new WeakMap<z.ZodType, string>();

/** Ties the record to the exact shape the checks enforced: a changed schema makes every entry void. */
export function schemaFingerprint(schema: z.ZodType): string {
  let fingerprint = fingerprints.get(schema);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }))).digest('base64');
    fingerprints.set(schema, fingerprint);
  }
  return fingerprint;
}

async function readRecord(files: DataFiles, fingerprint: string): Promise<Map<string, string>> {
  try {
    const bytes = await files.read(checkedContentsFile);
    if (bytes === undefined) return new Map();
    const parsed = recordSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    if (!parsed.success || parsed.data.schema !== fingerprint) return new Map();
    return new Map(Object.entries(parsed.data.digests));
  } catch {
    // Undecryptable or not JSON: only speed is lost, so it is not set aside or reported.
    return new Map();
  }
}

export async function openCheckedContents(files: DataFiles, schema: z.ZodType): Promise<CheckedContents> {
  const fingerprint = schemaFingerprint(schema);
  const digests = await readRecord(files, fingerprint);
  let changed = false;
  return {
    digest: (bytes) => createHash('sha256').update(bytes).digest('base64'),
    isChecked: (id, digest) => digests.get(id) === digest,
    markChecked(id, digest) {
      if (digests.get(id) === digest) return;
      digests.set(id, digest);
      changed = true;
    },
    keepOnly(ids) {
      for (const id of digests.keys()) {
        if (ids.has(id)) continue;
        digests.delete(id);
        changed = true;
      }
    },
    async save() {
      if (!changed) return;
      changed = false;
      try {
        await files.write(checkedContentsFile, encodeDocument({ schema: fingerprint, digests: Object.fromEntries(digests) }));
      } catch (error) {
        changed = true;
        throw error;
      }
    },
  };
}
